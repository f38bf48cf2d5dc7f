"""Counts at any scale: one SQL ``GROUP BY`` in an embedded engine, then the same analysis.

An NPS programme's answers (millions of rows in Parquet or CSV) or a Kano study's answer
pairs need not be loaded into pandas: NPS needs only the promoter, passive and detractor
counts per group, and Kano only the category counts per feature. DuckDB (the optional
``cxlab[scale]`` extra) computes them where the data lie, and
:func:`cxlab.metrics.nps_from_counts` / :func:`cxlab.kano.analyze_counts` give the same
estimates, intervals and rules as the in-memory functions.

The queries read a table (or view) named ``answers`` and, for Kano, the evaluation table
``evaluation`` (``functional``, ``dysfunctional``, ``category``) as a join, in plain SQL
(``CASE``, ``date_trunc``, ``GROUP BY``) that runs unchanged in Spark SQL once the same two
names are registered there (``spark.read.parquet(…).createOrReplaceTempView("answers")``).
"""

from __future__ import annotations

from pathlib import Path

from cxlab import i18n
from cxlab.errors import InvalidValueError

NPS_SQL = """SELECT {keys}
       CAST(SUM(CASE WHEN {score} >= 9 THEN 1 ELSE 0 END) AS BIGINT) AS promoters,
       CAST(SUM(CASE WHEN {score} >= 7 AND {score} < 9 THEN 1 ELSE 0 END) AS BIGINT) AS passives,
       CAST(SUM(CASE WHEN {score} >= 0 AND {score} < 7 THEN 1 ELSE 0 END) AS BIGINT) AS detractors,
       SUM(CASE WHEN {score} < 0 OR {score} > 10 OR {score} <> FLOOR({score}) THEN 1 ELSE 0 END)
           AS invalid
FROM answers
WHERE {score} IS NOT NULL
{group}"""

KANO_SQL = """SELECT a.feature,
       CASE WHEN a.functional IS NULL OR a.dysfunctional IS NULL THEN 'missing'
            ELSE COALESCE(e.category, 'invalid') END AS category,
       COUNT(*) AS n
FROM answers AS a
LEFT JOIN evaluation AS e
       ON a.functional = e.functional AND a.dysfunctional = e.dysfunctional
GROUP BY 1, 2"""

def connect(source=None, *, name: str = "answers"):
    """A DuckDB connection with ``source`` as the view ``name``: a Parquet or CSV path (read
    where it lies, never loaded into pandas) or a DataFrame."""
    try:
        import duckdb
    except ImportError as err:
        raise ImportError('pip install "cxlab[scale]"  # DuckDB') from err

    con = duckdb.connect()
    if source is None:
        return con
    if isinstance(source, str | Path):
        reader = "read_parquet" if str(source).lower().endswith(".parquet") else "read_csv_auto"
        path = str(source).replace("'", "''")
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {reader}('{path}')")
    else:
        con.register(name, source)
    return con


def nps_sql(by=(), *, period: str | None = None, date: str = "date", score: str = "score") -> str:
    """The NPS counts query: one row per value of the ``by`` columns (and per ``period`` of
    ``date``: ``"month"``, ``"quarter"``, ``"year"``) with ``promoters``, ``passives``,
    ``detractors`` and ``invalid`` (scores that are not whole numbers 0–10)."""
    keys = [*([f"DATE_TRUNC('{period}', {date})"] if period else []), *by]
    names = [*(["period"] if period else []), *by]
    select = "".join(f"{k} AS {n}, " if k != n else f"{k}, " for k, n in zip(keys, names, strict=True))
    group = f"GROUP BY {', '.join(keys)}\nORDER BY {', '.join(keys)}" if keys else ""
    return NPS_SQL.format(keys=select, score=score, group=group)


def nps_counts(con, by=(), *, period: str | None = None, date: str = "date", score: str = "score"):
    """Promoter, passive and detractor counts per group from the view ``answers`` of ``con``
    (:func:`connect`). A score that is not a whole number 0–10 is an error naming the column
    and how many rows hold one, never a silent drop."""
    by = [by] if isinstance(by, str) else list(by)
    counts = con.execute(nps_sql(by, period=period, date=date, score=score)).df()
    bad = int(counts["invalid"].sum())
    if bad:
        raise InvalidValueError(column=score, count=bad, rows=i18n.Text(
            zh=i18n.t("scale.rows", "zh", count=bad), en=i18n.t("scale.rows", "en", count=bad)),
            values="…", expected=i18n.Text(zh=i18n.t("scale.nps_scores", "zh"),
                                             en=i18n.t("scale.nps_scores", "en")))
    counts = counts.drop(columns="invalid")
    keys = [*(["period"] if period else []), *by]
    return counts.set_index(keys) if keys else counts


def nps_table(counts, *, method: str = "adjusted_wald", level: float = 0.95):
    """:func:`cxlab.metrics.nps_from_counts` on each row of a counts table (one row per group,
    not per answer): ``n``, ``value``, ``ci_low``, ``ci_high`` beside the counts."""
    from cxlab.metrics import nps_from_counts

    results = [nps_from_counts(int(p), int(s), int(d), method=method, level=level)
               for p, s, d in counts[["promoters", "passives", "detractors"]].to_numpy()]
    return counts.assign(n=[r.n for r in results], value=[r.value for r in results],
                         ci_low=[r.ci_low for r in results], ci_high=[r.ci_high for r in results])


def evaluation(table="berger"):
    """The Kano evaluation table as rows (``functional``, ``dysfunctional``, ``category``),
    the relation :data:`KANO_SQL` joins on."""
    from cxlab import kano

    grid = kano.evaluation_table(table)
    return grid.stack().rename("category").reset_index().astype(
        {"functional": "int64", "dysfunctional": "int64"})


def kano_counts(con, *, table="berger"):
    """Category counts per feature (columns A, O, M, I, R, Q, and ``missing``: pairs with an
    unanswered question) from the view ``answers`` (``feature``, ``functional``,
    ``dysfunctional``, answer codes 1–5) of ``con``, classified in SQL by joining the
    evaluation table. A code outside 1–5 is an error, never dropped. Feed the result to
    :func:`cxlab.kano.analyze_counts`."""
    from cxlab.kano import CATEGORIES

    con.register("evaluation", evaluation(table))
    long = con.execute(KANO_SQL).df()
    counts = long.pivot_table(index="feature", columns="category", values="n", aggfunc="sum",
                              fill_value=0, observed=True)
    bad = int(counts["invalid"].sum()) if "invalid" in counts else 0
    if bad:
        raise InvalidValueError(column="functional / dysfunctional", count=bad, rows=i18n.Text(
            zh=i18n.t("scale.rows", "zh", count=bad), en=i18n.t("scale.rows", "en", count=bad)),
            values="…", expected=i18n.Text(zh=i18n.t("scale.kano_codes", "zh"),
                                             en=i18n.t("scale.kano_codes", "en")))
    counts = counts.reindex(columns=[*CATEGORIES, "missing"], fill_value=0).astype("int64")
    counts.columns.name = None
    return counts
