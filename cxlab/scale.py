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
from cxlab.deprecation import options
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
    """A DuckDB connection with ``source`` as a view.

    Parameters
    ----------
    source : str, Path or DataFrame, optional
        A Parquet or CSV path (read where it lies, never loaded into pandas) or a DataFrame;
        ``None`` for an empty connection.
    name : str
        The view's name (the queries read ``answers``).

    Returns
    -------
    duckdb.DuckDBPyConnection

    Raises
    ------
    ImportError
        When DuckDB (the ``cxlab[scale]`` extra) is not installed.

    Examples
    --------
    >>> from cxlab import datasets, scale
    >>> survey = datasets.load_dataset("cx_monthly").rename(columns={"recommend": "score"})
    >>> con = scale.connect(survey)
    >>> con.execute("SELECT COUNT(*) FROM answers").fetchone()
    (5341,)
    """
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


@options(positional=("by",))
def nps_sql(*, by=(), period: str | None = None, date: str = "date", score: str = "score") -> str:
    """The NPS counts query, plain SQL that also runs in Spark SQL.

    Parameters
    ----------
    by : sequence of str
        Grouping columns of ``answers`` (keyword-only; by position deprecated).
    period : {"month", "quarter", "year"}, optional
        Also group by this period of ``date``.
    date : str
        The date column.
    score : str
        The 0–10 score column.

    Returns
    -------
    str
        A query giving one row per group with ``promoters``, ``passives``, ``detractors`` and
        ``invalid`` (scores that are not whole numbers 0–10).

    Examples
    --------
    >>> from cxlab import scale
    >>> print(scale.nps_sql(by=["channel"]).splitlines()[-2])
    GROUP BY channel
    """
    keys = [*by, *([f"DATE_TRUNC('{period}', {date})"] if period else [])]  # a group's periods together
    names = [*by, *(["period"] if period else [])]
    select = "".join(f"{k} AS {n}, " if k != n else f"{k}, " for k, n in zip(keys, names, strict=True))
    group = f"GROUP BY {', '.join(keys)}\nORDER BY {', '.join(keys)}" if keys else ""
    return NPS_SQL.format(keys=select, score=score, group=group)


@options(positional=("by",))
def nps_counts(con, *, by=(), period: str | None = None, date: str = "date", score: str = "score"):
    """Promoter, passive and detractor counts per group, counted where the data lie.

    Parameters
    ----------
    con : duckdb.DuckDBPyConnection
        A connection with the view ``answers`` (:func:`connect`).
    by : str or sequence of str
        Grouping columns (keyword-only; by position deprecated).
    period : {"month", "quarter", "year"}, optional
        Also group by this period of ``date`` (index level ``period``).
    date : str
        The date column.
    score : str
        The 0–10 score column; missing scores are not counted.

    Returns
    -------
    DataFrame
        Indexed by the ``by`` columns and ``period`` (a group's periods together, as
        :func:`cxlab.metrics.by_period`; no index when ungrouped), with columns
        ``promoters`` (9–10), ``passives`` (7–8) and ``detractors`` (0–6).

    Raises
    ------
    cxlab.errors.InvalidValueError
        For a score that is not a whole number 0–10, naming the column and how many rows hold
        one (never a silent drop).

    Examples
    --------
    >>> from cxlab import datasets, scale
    >>> survey = datasets.load_dataset("cx_monthly").rename(columns={"recommend": "score"})
    >>> con = scale.connect(survey)
    >>> scale.nps_counts(con, by="channel")
             promoters  passives  detractors
    channel
    app            428       255         366
    online         830       534         768
    phone          351       196         268
    store          559       322         464
    """
    by = [by] if isinstance(by, str) else list(by)
    counts = con.execute(nps_sql(by=by, period=period, date=date, score=score)).df()
    bad = int(counts["invalid"].sum())
    if bad:
        raise InvalidValueError(column=score, count=bad, rows=i18n.Text(
            zh=i18n.t("scale.rows", "zh", count=bad), en=i18n.t("scale.rows", "en", count=bad)),
            values="…", expected=i18n.Text(zh=i18n.t("scale.nps_scores", "zh"),
                                             en=i18n.t("scale.nps_scores", "en")))
    counts = counts.drop(columns="invalid")
    keys = [*by, *(["period"] if period else [])]
    return counts.set_index(keys) if keys else counts


def nps_table(counts, *, method: str = "adjusted_wald", level: float = 0.95):
    """NPS with its interval for each row of a counts table (one row per group, not per answer).

    Parameters
    ----------
    counts : DataFrame
        ``promoters``, ``passives`` and ``detractors`` columns (:func:`nps_counts`).
    method : str
        The interval method of :func:`cxlab.metrics.nps_from_counts` (default the adjusted
        Wald interval).
    level : float
        The interval level.

    Returns
    -------
    DataFrame
        ``counts`` with ``n`` (answers), ``value`` (NPS in points), ``ci_low`` and ``ci_high``
        added.

    References
    ----------
    .. [1] See :func:`cxlab.metrics.nps_from_counts` for the interval methods and their sources.

    Examples
    --------
    >>> from cxlab import datasets, scale
    >>> survey = datasets.load_dataset("cx_monthly").rename(columns={"recommend": "score"})
    >>> con = scale.connect(survey)
    >>> scale.nps_table(scale.nps_counts(con, by="channel"))[["n", "value", "ci_low", "ci_high"]].round(1)
                n  value  ci_low  ci_high
    channel
    app      1049    5.9     0.7     11.1
    online   2132    2.9    -0.8      6.6
    phone     815   10.2     4.2     16.1
    store    1345    7.1     2.4     11.7
    """
    from cxlab.metrics import nps_from_counts

    results = [nps_from_counts(int(p), int(s), int(d), method=method, level=level)
               for p, s, d in counts[["promoters", "passives", "detractors"]].to_numpy()]
    return counts.assign(n=[r.n for r in results], value=[r.value for r in results],
                         ci_low=[r.ci_low for r in results], ci_high=[r.ci_high for r in results])


def evaluation(table="berger"):
    """The Kano evaluation table as rows, the relation :data:`KANO_SQL` joins on.

    Parameters
    ----------
    table : str or DataFrame
        A table name of :func:`cxlab.kano.evaluation_table` (``"berger"`` …) or a 5 × 5 table.

    Returns
    -------
    DataFrame
        25 rows: ``functional`` and ``dysfunctional`` (answer codes 1–5) and ``category``.

    Examples
    --------
    >>> from cxlab import scale
    >>> scale.evaluation().head(2)
       functional  dysfunctional category
    0           1              1        Q
    1           1              2        A
    """
    from cxlab import kano

    grid = kano.evaluation_table(table)
    return grid.stack().rename("category").reset_index().astype(
        {"functional": "int64", "dysfunctional": "int64"})


def kano_counts(con, *, table="berger"):
    """Kano category counts per feature, classified in SQL by joining the evaluation table.

    Parameters
    ----------
    con : duckdb.DuckDBPyConnection
        A connection with the view ``answers`` (``feature``, ``functional``,
        ``dysfunctional``: answer codes 1–5).
    table : str or DataFrame
        The evaluation table (:func:`evaluation`).

    Returns
    -------
    DataFrame
        Indexed by ``feature``, with the counts of A, O, M, I, R, Q and ``missing`` (pairs with
        an unanswered question); feed it to :func:`cxlab.kano.analyze_counts`.

    Raises
    ------
    cxlab.errors.InvalidValueError
        For a code outside 1–5 (never dropped).

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import scale
    >>> pairs = pd.DataFrame({"feature": ["AR", "AR", "AR"], "functional": [1, 1, 2],
    ...                       "dysfunctional": [5, 4, 5]})
    >>> scale.kano_counts(scale.connect(pairs))
             A  O  M  I  R  Q  missing
    feature
    AR       1  1  1  0  0  0        0
    """
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
