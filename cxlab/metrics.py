"""Customer-experience metrics with honest uncertainty: NPS, CSAT, CES, complaint handling.

GB/T 42509 defines the net promoter score (3.7) and customer effort (3.8) and asks for
measurement indicators, data collection, analysis and evaluation (7.3.3-7.3.6).

Sources: Reichheld (2003) for the NPS groups (promoters 9-10, passives 7-8, detractors 0-6);
the multinomial variance of a difference of two shares, Var(p − d) = [(p + d) − (p − d)²] / n;
Rocks (2016), *Interval estimation for the net promoter score*, The American Statistician
70(4), for the adjusted Wald interval (add 3 to n and 3/4 to promoters and to detractors);
Wilson (1927) for proportion intervals (via statsmodels); Dixon et al. (2010) for the
original 1-5 customer effort score, and the CES 2.0 seven-point agreement item.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from cxlab import i18n
from cxlab.errors import DataError
from cxlab.validate import check_option, reject

NPS_METHODS = ("adjusted_wald", "wald", "bootstrap")
GROUPS = ("promoter", "passive", "detractor")

i18n.register({
    "metrics.scale": {"zh": "{low} 到 {high} 之间的整数（可带“分”字）",
                      "en": "whole numbers from {low} to {high}"},
    "error.metrics_empty": {"zh": "{what}没有任何有效回答，无法计算。",
                            "en": "{what} has no valid answers to compute from."},
})


class EmptyGroupError(DataError):
    """A metric asked of a group with no answers."""

    key = "error.metrics_empty"


def _z(level: float) -> float:
    from scipy.stats import norm

    return float(norm.ppf(0.5 + level / 2))


def scores(values, low: int, high: int, name: str = "score") -> pd.Series:
    """Whole-number scores in [low, high] from numbers or text ("9", "９", "9分", " 9 ").

    Missing answers stay missing. Anything else raises :class:`cxlab.InvalidValueError`
    naming the column, rows and values.
    """
    s = values if isinstance(values, pd.Series) else pd.Series(values, name=name)
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        numbers = s.astype(float)
    else:
        def read(v):
            if v is None or (isinstance(v, float) and np.isnan(v)):
                return np.nan
            text = unicodedata.normalize("NFKC", str(v)).strip().removesuffix("分").strip()
            try:
                return float(text) if text else np.nan
            except ValueError:
                return -np.inf  # marked invalid below
        uniques = pd.unique(s)
        numbers = s.map({v: read(v) for v in uniques if not pd.isna(v)}).astype(float)
    bad = s.notna() & ~(numbers.between(low, high) & (numbers % 1 == 0))
    reject(s.rename(s.name or name), bad, i18n.Text(zh=i18n.t("metrics.scale", "zh", low=low, high=high),
                                                   en=i18n.t("metrics.scale", "en", low=low, high=high)))
    return numbers


# -------------------------------------------------------------------------------------- NPS

@dataclass(frozen=True)
class NPS:
    """An NPS estimate on the −100..100 scale; ``se`` is the standard error its interval uses."""

    value: float
    se: float
    ci_low: float
    ci_high: float
    n: int
    promoters: int
    passives: int
    detractors: int
    method: str
    level: float

    @property
    def table(self) -> pd.DataFrame:
        return pd.DataFrame([self.__dict__])


def nps_groups(values) -> pd.Series:
    """"promoter" (9-10), "passive" (7-8) or "detractor" (0-6) for each 0-10 score."""
    s = scores(values, 0, 10, "recommend")
    return pd.Series(np.select([s >= 9, s >= 7, s >= 0], GROUPS, default=None), index=s.index,
                     name="group").where(s.notna())


def nps_from_counts(promoters: int, passives: int, detractors: int,
                    method: str = "adjusted_wald", level: float = 0.95,
                    reps: int = 4000, seed: int = 0) -> NPS:
    """NPS with a confidence interval from the three group counts.

    - ``"wald"``: value ± z·se, se = 100·√([(p + d) − (p − d)²] / n).
    - ``"adjusted_wald"`` (default; Rocks 2016): the same on n + 3 answers with 3/4 added to
      promoters and to detractors, centred on the adjusted estimate.
    - ``"bootstrap"``: percentiles of NPS over ``reps`` multinomial resamples of the counts.

    The interval is clipped to [−100, 100]; ``value`` is always the plain NPS.
    """
    check_option("method", method, NPS_METHODS)
    counts = np.array([promoters, passives, detractors], dtype=float)
    if (counts < 0).any() or (counts % 1 != 0).any():
        raise ValueError("counts must be non-negative whole numbers")
    n = counts.sum()
    if n == 0:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    p, d = counts[0] / n, counts[2] / n
    value = 100 * (p - d)
    z = _z(level)
    if method == "bootstrap":
        draws = np.random.default_rng(seed).multinomial(int(n), counts / n, size=reps)
        sample = 100 * (draws[:, 0] - draws[:, 2]) / n
        low, high = np.percentile(sample, [50 * (1 - level), 50 * (1 + level)])
        se = float(sample.std(ddof=1))
    else:
        if method == "adjusted_wald":
            n_adj = n + 3
            p_adj, d_adj = (counts[0] + 0.75) / n_adj, (counts[2] + 0.75) / n_adj
        else:
            n_adj, p_adj, d_adj = n, p, d
        centre = 100 * (p_adj - d_adj)
        se = 100 * float(np.sqrt(((p_adj + d_adj) - (p_adj - d_adj) ** 2) / n_adj))
        low, high = centre - z * se, centre + z * se
    return NPS(float(value), float(se), float(max(low, -100)), float(min(high, 100)), int(n),
               int(counts[0]), int(counts[1]), int(counts[2]), method, level)


def nps(values, method: str = "adjusted_wald", level: float = 0.95, **kwargs) -> NPS:
    """NPS from raw 0-10 scores (missing answers excluded); see :func:`nps_from_counts`."""
    s = scores(values, 0, 10, "recommend").to_numpy()
    per_score = np.bincount(s[~np.isnan(s)].astype(np.int64), minlength=11)
    counts = (per_score[9:].sum(), per_score[7:9].sum(), per_score[:7].sum())
    return nps_from_counts(*map(int, counts), method=method, level=level, **kwargs)


@dataclass(frozen=True)
class Comparison:
    """A difference a − b with its standard error, z test and confidence interval."""

    diff: float
    se: float
    z: float
    p_value: float
    ci_low: float
    ci_high: float
    level: float
    extra: dict = field(default_factory=dict, repr=False)


def _as_nps(x) -> NPS:
    return x if isinstance(x, NPS) else nps(x, method="wald")


def compare_nps(a, b, level: float = 0.95) -> Comparison:
    """NPS(a) − NPS(b) for independent samples: se = √(se_a² + se_b²) with each Wald se
    including the multinomial covariance term; two-sided z test; sign kept (a − b)."""
    from scipy.stats import norm

    ra, rb = _as_nps(a), _as_nps(b)
    wa, wb = (nps_from_counts(r.promoters, r.passives, r.detractors, "wald") for r in (ra, rb))
    diff = wa.value - wb.value
    se = float(np.hypot(wa.se, wb.se))
    z = diff / se if se > 0 else 0.0
    half = _z(level) * se
    return Comparison(diff, se, z, float(2 * norm.sf(abs(z))), max(diff - half, -200.0),
                      min(diff + half, 200.0), level)


def nps_sample_size(margin: float, promoters: float = 0.5, detractors: float = 0.5,
                    level: float = 0.95) -> int:
    """Answers needed for a ± ``margin`` point interval, given the expected shares
    (the default 0.5 / 0.5 is the worst case): n = z²·[(p + d) − (p − d)²] / (margin/100)²."""
    var = (promoters + detractors) - (promoters - detractors) ** 2
    return int(np.ceil(_z(level) ** 2 * var / (margin / 100) ** 2))


# ------------------------------------------------------------------------------- CSAT, CES

@dataclass(frozen=True)
class Share:
    """A proportion with its confidence interval (``value`` in 0..1)."""

    value: float
    ci_low: float
    ci_high: float
    count: int
    n: int
    method: str
    label: str = ""


@dataclass(frozen=True)
class Mean:
    """A mean with its t confidence interval."""

    value: float
    ci_low: float
    ci_high: float
    sd: float
    n: int
    label: str = ""


def csat_from_counts(satisfied: int, n: int, method: str = "wilson", level: float = 0.95,
                     label: str = "") -> Share:
    """Share satisfied with a confidence interval from statsmodels (Wilson 1927 by default)."""
    from statsmodels.stats.proportion import proportion_confint

    if n <= 0:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    low, high = proportion_confint(satisfied, n, alpha=1 - level, method=method)
    return Share(satisfied / n, float(low), float(high), int(satisfied), int(n), method, label)


def csat(values, scale: int = 5, top: int = 2, method: str = "wilson", level: float = 0.95) -> Share:
    """Top-``top``-box share on a 1-``scale`` satisfaction item (missing answers excluded)."""
    s = scores(values, 1, scale, "csat").dropna()
    label = i18n.t("metrics.topbox", top=top, scale=scale)
    return csat_from_counts(int((s > scale - top).sum()), len(s), method, level, label)


def mean_score(values, low: int, high: int, level: float = 0.95, label: str = "") -> Mean:
    """Mean of a rating with a t interval (statsmodels DescrStatsW)."""
    from statsmodels.stats.weightstats import DescrStatsW

    s = scores(values, low, high).dropna()
    if s.empty:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    stats = DescrStatsW(s.to_numpy())
    ci = stats.tconfint_mean(alpha=1 - level) if len(s) > 1 else (np.nan, np.nan)
    sd = float(s.std(ddof=1)) if len(s) > 1 else np.nan
    return Mean(float(stats.mean), float(ci[0]), float(ci[1]), sd, len(s), label)


CES_VARIANTS = {"ces2": (1, 7), "ces1": (1, 5)}


def ces(values, variant: str = "ces2", level: float = 0.95) -> dict:
    """Customer effort: the mean with a t interval and the share at the low-effort end.

    ``variant="ces2"``: 1-7 agreement that the company made it easy (higher = less effort;
    low-effort share = 5-7). ``variant="ces1"``: Dixon et al. (2010), 1-5 effort the customer
    had to make (lower = less effort; low-effort share = 1-2). The variant is in every label.
    """
    check_option("variant", variant, list(CES_VARIANTS))
    low, high = CES_VARIANTS[variant]
    s = scores(values, low, high, "ces").dropna()
    easy = (s >= 5) if variant == "ces2" else (s <= 2)
    label = i18n.t(f"metrics.{variant}")
    return {"mean": mean_score(s, low, high, level, label),
            "low_effort": csat_from_counts(int(easy.sum()), len(s), level=level, label=label)}


def compare_shares(a: Share, b: Share, level: float = 0.95) -> Comparison:
    """Share a − share b (independent samples): statsmodels' score test and Newcombe's
    interval for the difference (``test_proportions_2indep``, ``confint_proportions_2indep``)."""
    from statsmodels.stats.proportion import confint_proportions_2indep, test_proportions_2indep

    test = test_proportions_2indep(a.count, a.n, b.count, b.n, method="score")
    low, high = confint_proportions_2indep(a.count, a.n, b.count, b.n, method="newcomb",
                                           alpha=1 - level)
    diff = a.value - b.value
    se = np.sqrt(a.value * (1 - a.value) / a.n + b.value * (1 - b.value) / b.n)
    return Comparison(diff, float(se), float(test.statistic), float(test.pvalue), float(low),
                      float(high), level)


i18n.register({
    "metrics.topbox": {"zh": "前 {top} 项满意率（1–{scale} 分量表）",
                       "en": "top-{top}-box share (1–{scale} scale)"},
    "metrics.ces2": {"zh": "CES 2.0（1–7 同意度，越高越省力）",
                     "en": "CES 2.0 (1–7 agreement, higher = less effort)"},
    "metrics.mean_label": {"zh": "满意度均值，1–5 分——与满意率是不同的统计量",
                           "en": "mean satisfaction, 1–5: a different statistic from the share"},
    "metrics.ces1": {"zh": "CES 原始版（1–5 费力程度，越低越省力）",
                     "en": "original CES (1–5 effort, lower = less effort)"},
})


# ----------------------------------------------------------------- over time, by segment

METRICS = ("nps", "csat", "ces2")


def _estimate(group: pd.DataFrame, metric: str, column: str, level: float):
    if metric == "nps":
        r = nps(group[column], level=level)
        return r.value, r.ci_low, r.ci_high, r.n, r
    if metric == "csat":
        r = csat(group[column], level=level)
    else:
        r = ces(group[column], level=level)["low_effort"]
    return 100 * r.value, 100 * r.ci_low, 100 * r.ci_high, r.n, r


def by_period(data: pd.DataFrame, metric: str = "nps", column: str | None = None,
              date: str = "date", period: str = "M", by: str | None = None,
              level: float = 0.95) -> pd.DataFrame:
    """A tidy table of a metric per period (``"M"`` month, ``"Q"`` quarter) and group.

    Columns: period (text such as "2026-04" or "2026Q2"), start (its first day), [by], n,
    value, ci_low, ci_high (NPS in points; CSAT and CES 2.0 low-effort
    shares in percent), change (vs the previous period of the same group), change_p and
    ``real_change`` (the change is significant at 1 − level: compare_nps / compare_shares).
    """
    check_option("metric", metric, METRICS)
    column = column or {"nps": "recommend", "csat": "csat", "ces2": "ces"}[metric]
    periods = pd.to_datetime(data[date]).dt.to_period(period)
    keys = [periods.rename("period")] + ([data[by]] if by else [])
    rows, results = [], []
    for key, group in data.groupby(keys, sort=True, observed=True):
        key = key if isinstance(key, tuple) else (key,)
        value, low, high, n, result = _estimate(group, metric, column, level)
        rows.append({"period": str(key[0]), "start": key[0].to_timestamp(),
                     **({by: key[1]} if by else {}), "n": n, "value": value,
                     "ci_low": low, "ci_high": high})
        results.append(result)
    table = pd.DataFrame(rows)
    table["change"], table["change_p"] = np.nan, np.nan
    previous = {}
    for k, row in table.iterrows():  # one row per period and group, not per respondent
        group_key = row[by] if by else None
        if group_key in previous:
            j = previous[group_key]
            test = compare_nps(results[k], results[j], level) if metric == "nps" else \
                compare_shares(results[k], results[j], level)
            table.loc[k, ["change", "change_p"]] = [row["value"] - table.loc[j, "value"], test.p_value]
        previous[group_key] = k
    table["real_change"] = table["change_p"] < 1 - level
    return table


i18n.register({
    "metrics.period": {"zh": "时期", "en": "Period"},
    "metrics.nps_axis": {"zh": "净推荐值（NPS）", "en": "Net promoter score (NPS)"},
    "metrics.csat_axis": {"zh": "满意率（%）", "en": "Share satisfied (%)"},
    "metrics.ces2_axis": {"zh": "省力比例（%，CES 2.0 5–7 分）", "en": "Low-effort share (%, CES 2.0 5–7)"},
    "metrics.trend_title": {"zh": "{metric} 走势（阴影为 95% 置信区间，○ 圈出显著变化）",
                            "en": "{metric} over time (band: 95% interval; ○ significant change)"},
})


def plot_trend(table: pd.DataFrame, metric: str = "nps", by: str | None = None, labels=None, ax=None):
    """Lines with confidence bands from :func:`by_period`; significant changes marked."""
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(9, 4.5))[1]
    groups = [(None, table)] if by is None else list(table.groupby(by, sort=False))
    for name, part in groups:
        x = part["start"]
        label = (labels or {}).get(name, name) if name is not None else None
        line, = ax.plot(x, part["value"], marker="o", ms=3, label=label)
        ax.fill_between(x, part["ci_low"], part["ci_high"], color=line.get_color(), alpha=0.15)
        real = part["real_change"].to_numpy()
        ax.scatter(x[real], part["value"][real], s=70, facecolor="none", edgecolor=line.get_color(),
                   linewidth=2, zorder=3)
    axis = i18n.t(f"metrics.{metric}_axis")
    ax.set(xlabel=i18n.t("metrics.period"), ylabel=axis,
           title=i18n.t("metrics.trend_title", metric=axis))
    if by is not None:
        ax.legend(frameon=False, ncols=min(4, len(groups)))
    return ax


# ------------------------------------------------------------------------ complaint handling

def tickets(log: pd.DataFrame, respond_within: str = "24h", resolve_within: str = "72h",
            by: list[str] | str | None = None, level: float = 0.95) -> pd.DataFrame:
    """Complaint-handling performance (7.2.5) from a ticket log with ``created``,
    ``first_response`` and ``resolved`` timestamps.

    Per group: tickets, median hours to first response and to resolution, and the shares
    answered within ``respond_within`` and resolved within ``resolve_within`` with Wilson
    intervals. A ticket still open, or not yet answered, counts as not within the target.
    Timestamps before ``created`` are refused (named by row).
    """
    from cxlab.validate import require_columns

    require_columns(log, ["created", "first_response", "resolved"])
    times = {c: pd.to_datetime(log[c]) for c in ("created", "first_response", "resolved")}
    for c in ("first_response", "resolved"):
        reject(log[c], times[c] < times["created"],
               i18n.Text(zh="不早于 created 的时间", en="a time no earlier than created"))
    frame = log.assign(
        response_h=(times["first_response"] - times["created"]).dt.total_seconds() / 3600,
        resolution_h=(times["resolved"] - times["created"]).dt.total_seconds() / 3600)
    frame["answered_in_time"] = frame["response_h"] <= pd.Timedelta(respond_within) / pd.Timedelta("1h")
    frame["resolved_in_time"] = frame["resolution_h"] <= pd.Timedelta(resolve_within) / pd.Timedelta("1h")
    keys = [by] if isinstance(by, str) else list(by or [])
    groups = frame.groupby(keys, sort=True) if keys else [((), frame)]
    rows = []
    for key, g in groups:
        answered = csat_from_counts(int(g["answered_in_time"].sum()), len(g), level=level)
        solved = csat_from_counts(int(g["resolved_in_time"].sum()), len(g), level=level)
        rows.append({**dict(zip(keys, key if isinstance(key, tuple) else (key,), strict=False)),
                     "tickets": len(g), "open": int(g["resolved"].isna().sum()),
                     "median_response_h": g["response_h"].median(),
                     "median_resolution_h": g["resolution_h"].median(),
                     "answered_in_time": answered.value, "answered_low": answered.ci_low,
                     "answered_high": answered.ci_high, "resolved_in_time": solved.value,
                     "resolved_low": solved.ci_low, "resolved_high": solved.ci_high})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------- segments and drivers

def by_group(data: pd.DataFrame, metric: str = "nps", by: str = "channel",
             column: str | None = None, level: float = 0.95) -> pd.DataFrame:
    """One row per value of ``by``: n, value, ci_low, ci_high (as in :func:`by_period`)."""
    check_option("metric", metric, METRICS)
    column = column or {"nps": "recommend", "csat": "csat", "ces2": "ces"}[metric]
    rows = []
    for key, group in data.groupby(by, sort=True):
        value, low, high, n, _ = _estimate(group, metric, column, level)
        rows.append({by: key, "n": n, "value": value, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def plot_groups(table: pd.DataFrame, metric: str = "nps", by: str = "channel", labels=None, ax=None):
    """Point estimates with confidence intervals per group, from :func:`by_group`."""
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(7, 0.5 * len(table) + 1.5))[1]
    names = [(labels or {}).get(k, k) for k in table[by]]
    y = np.arange(len(table))
    ax.errorbar(table["value"], y, xerr=[table["value"] - table["ci_low"], table["ci_high"] - table["value"]],
                fmt="o", capsize=4)
    ax.set_yticks(y, names)
    ax.set(xlabel=i18n.t(f"metrics.{metric}_axis"))
    return ax


def drivers(data: pd.DataFrame, outcome: str = "recommend", attributes=None,
            level: float = 0.95) -> pd.DataFrame:
    """Which ratings move an outcome: correlations and a standardised OLS (statsmodels).

    Returns per attribute: ``correlation`` (Pearson, with the outcome), ``beta`` (standardised
    coefficient from one regression on all attributes, HC3 robust standard errors) with its
    interval and p value, and ``vif`` (variance inflation: above about 5, the attributes overlap
    too much to separate their effects). Observational data: association, not cause.
    Rows with a missing value in any of these columns are left out and counted in ``n``.
    """
    import statsmodels.api as sm
    from statsmodels.stats.outliers_influence import variance_inflation_factor

    from cxlab.validate import require_columns

    attributes = list(attributes or [c for c in data.columns if str(c).startswith("rating_")])
    require_columns(data, [outcome, *attributes])
    frame = data[[outcome, *attributes]].apply(pd.to_numeric, errors="coerce").dropna()
    z = (frame - frame.mean()) / frame.std(ddof=1)
    x = sm.add_constant(z[attributes])
    fit = sm.OLS(z[outcome], x).fit(cov_type="HC3")
    ci = fit.conf_int(alpha=1 - level)
    vif = [variance_inflation_factor(x.to_numpy(), i) for i in range(1, x.shape[1])]
    return pd.DataFrame({
        "correlation": frame[attributes].corrwith(frame[outcome]),
        "beta": fit.params[attributes], "ci_low": ci.loc[attributes, 0],
        "ci_high": ci.loc[attributes, 1], "p_value": fit.pvalues[attributes], "vif": vif,
        "n": len(frame), "r_squared": fit.rsquared,
    }).rename_axis("attribute").sort_values("beta", ascending=False)


i18n.register({
    "poll.recommend": {"zh": "您有多大可能向亲友推荐我们？（0 = 完全不可能，10 = 极有可能）",
                       "en": "How likely are you to recommend us to a friend? "
                             "(0 = not at all, 10 = extremely)"},
    "poll.csat": {"zh": "您对这次服务的总体满意度如何？（1 = 非常不满意，5 = 非常满意）",
                  "en": "How satisfied are you with this service overall? "
                        "(1 = very dissatisfied, 5 = very satisfied)"},
    "poll.ces": {"zh": "“这家公司让我办事很容易。”您的同意程度？（1 = 非常不同意，7 = 非常同意）",
                 "en": "'The company made it easy for me.' How much do you agree? "
                       "(1 = strongly disagree, 7 = strongly agree)"},
})


def poll(language: str | None = None) -> pd.DataFrame:
    """The three-question NPS / CSAT / CES 2.0 poll for :class:`cxlab.widgets.QuestionnaireForm`;
    answers land in the columns ``recommend``, ``csat`` and ``ces`` that :func:`by_period` reads."""
    rows = [("recommend", 0, 10), ("csat", 1, 5), ("ces", 1, 7)]
    return pd.DataFrame([{"question_id": q, "question": i18n.t(f"poll.{q}", language), "low": lo,
                          "high": hi} for q, lo, hi in rows])
