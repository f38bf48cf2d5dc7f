"""SERVQUAL: service-quality gaps between expectations (E) and perceptions (P).

Sources: Parasuraman, Zeithaml & Berry (1988), *SERVQUAL: a multiple-item scale*, J. Retailing
64(1), and (1991), *Refinement and reassessment of the SERVQUAL scale*, J. Retailing 67(4):
22 items in five dimensions, gap = P − E per item, dimension score = mean item gap, unweighted
score = mean of the five dimension scores, weighted score from a 100-point allocation of
importance. Cronin & Taylor (1992) for SERVPERF (perceptions only). Parasuraman, Zeithaml &
Berry (1994) for the zone of tolerance (adequacy gap P − adequate, superiority gap P − desired).
Martilla & James (1977) for importance-performance analysis.

Data: one row per respondent; expectations and perceptions as two tables with the same item
columns (``T1`` … ``E5`` for the standard instrument), values 1-7.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from cxlab import content, i18n
from cxlab.errors import DataError
from cxlab.validate import (
    CORRECTIONS,
    adjust_p,
    check_option,
    check_range,
    reject,
    require_columns,
    require_groups,
)

SCALE = (1, 7)

i18n.register({
    "error.sq_allocation": {
        "zh": "重要性分配应合计 100 分（允许误差 {tolerance}）；不符合的受访者：{rows}（合计 {sums}）。",
        "en": "Importance allocations must sum to 100 (tolerance {tolerance}); respondents that do "
              "not: {rows} (sums {sums}).",
    },
    "error.sq_one_item": {"zh": "维度 “{dimension}” 只有 1 个题项，无法计算 Cronbach α（至少需要 2 个）。",
                          "en": "Dimension '{dimension}' has one item; Cronbach's alpha needs at least two."},
    "error.sq_mismatch": {"zh": "期望和感知的题项不一致：只在一边出现的有 {items}。",
                          "en": "Expectation and perception items differ: {items} appear on one side only."},
    "sq.overall": {"zh": "总体", "en": "Overall"},
    "sq.gap": {"zh": "差距（感知 − 期望）", "en": "Gap (perception − expectation)"},
    "sq.gap_title": {"zh": "各维度的服务质量差距（95% 置信区间）",
                     "en": "Service-quality gap by dimension (95% CI)"},
    "sq.below": {"zh": "低于可接受", "en": "below adequate"},
    "sq.within": {"zh": "容忍区间内", "en": "within the zone"},
    "sq.above": {"zh": "超出理想", "en": "above desired"},
    "sq.zot_title": {"zh": "容忍区间：可接受 — 理想（● 为感知）",
                     "en": "Zone of tolerance: adequate to desired (● perception)"},
    "sq.score": {"zh": "评分（1–7）", "en": "Rating (1–7)"},
    "ipa.keep": {"zh": "继续保持", "en": "Keep up the good work"},
    "ipa.concentrate": {"zh": "重点改进", "en": "Concentrate here"},
    "ipa.low": {"zh": "低优先", "en": "Low priority"},
    "ipa.overkill": {"zh": "可能过度投入", "en": "Possible overkill"},
    "ipa.importance": {"zh": "重要性", "en": "Importance"},
    "ipa.performance": {"zh": "表现（感知）", "en": "Performance (perception)"},
    "ipa.title": {"zh": "重要性–表现分析（IPA）", "en": "Importance–performance analysis (IPA)"},
})


class AllocationError(DataError):
    key = "error.sq_allocation"


class OneItemError(DataError):
    key = "error.sq_one_item"


class ItemMismatchError(DataError):
    key = "error.sq_mismatch"



def _content() -> dict:
    return content.load("servqual")


def dimension_names(lang: str | None = None) -> dict[str, str]:
    """Dimension keys → names (有形性 … / Tangibles …) in the active language."""
    return content.labels("servqual", "dimensions", lang)


def instrument(lang: str | None = None, variant: str = "1991") -> pd.DataFrame:
    """The items: ``item``, ``dimension``, ``dimension_name`` and ``wording`` (zh or en).

    ``variant="1991"``: the 22 SERVQUAL items; ``"internal"``: 15 items for shared internal
    services (IT, HR, finance…) rated by the departments they serve. Pass any such table (or
    an item → dimension mapping) as ``dimensions=`` to the analysis functions.
    """
    check_option("variant", variant, ["1991", "internal"])
    lang = lang or i18n.get_language()
    names = dimension_names(lang)
    items = _content()["items" if variant == "1991" else "internal"]
    return pd.DataFrame([{"item": i["item"], "dimension": i["dimension"],
                          "dimension_name": names[i["dimension"]], "wording": i[lang]}
                         for i in items])


def _dimensions(items, dimensions) -> dict[str, str]:
    """item → dimension, from ``dimensions`` (mapping or instrument table) or the standard one."""
    if dimensions is None:
        mapping = dict(zip(instrument()["item"], instrument()["dimension"], strict=True))
    elif isinstance(dimensions, pd.DataFrame):
        mapping = dict(zip(dimensions["item"], dimensions["dimension"], strict=True))
    else:
        mapping = dict(dimensions)
    require_columns(pd.DataFrame(columns=list(items)), list(mapping),
                    what=i18n.Text(zh="回答表", en="The answers"))
    return mapping


def _ratings(table: pd.DataFrame, items, reverse, scale) -> pd.DataFrame:
    low, high = scale
    out = {}
    for item in items:
        check_range(table[item], low, high, integer=True)
        out[item] = table[item].astype(float)
        if item in (reverse or ()):
            out[item] = low + high - out[item]  # reverse-coded items, stated explicitly
    return pd.DataFrame(out, index=table.index)


def _paired(expectations, perceptions, dimensions, reverse, scale):
    """item → dimension map and the validated (reverse-coded) E and P ratings."""
    mapping = _dimensions(expectations.columns, dimensions)
    items = list(mapping)
    only = sorted(set(items) - set(perceptions.columns))
    if only:
        raise ItemMismatchError(items=", ".join(only))
    return (mapping, _ratings(expectations, items, reverse, scale),
            _ratings(perceptions, items, reverse, scale))


def gaps(expectations: pd.DataFrame, perceptions: pd.DataFrame, dimensions=None,
         reverse=None, scale=SCALE) -> pd.DataFrame:
    """Per respondent and item, P − E (after reverse-coding the items listed in ``reverse``)."""
    _, e, p = _paired(expectations, perceptions, dimensions, reverse, scale)
    return p - e


def by_dimension(item_table: pd.DataFrame, dimensions=None) -> pd.DataFrame:
    """Per respondent, the mean of each dimension's items (for E, P or gaps alike)."""
    mapping = _dimensions(item_table.columns, dimensions)
    groups = pd.Series(mapping)
    return pd.DataFrame({d: item_table[list(groups[groups == d].index)].mean(axis=1)
                         for d in dict.fromkeys(groups)})


def summarize(expectations: pd.DataFrame, perceptions: pd.DataFrame, dimensions=None,
              reverse=None, level: float = 0.95, correction: str | None = None,
              scale=SCALE) -> pd.DataFrame:
    """Per dimension and overall: mean E, mean P, mean gap with its confidence interval and a
    paired t test of P against E on each respondent's dimension scores (scipy ``ttest_rel``).

    ``correction`` ("holm", "bonferroni", "fdr_bh") adds ``p_adjusted`` over the dimensions
    (statsmodels ``multipletests``). Overall = the unweighted mean of the dimension scores.
    Respondents missing any rating of a dimension are refused by the range check, not dropped.
    """
    from scipy import stats

    mapping, e_items, p_items = _paired(expectations, perceptions, dimensions, reverse, scale)
    e, p = by_dimension(e_items, mapping), by_dimension(p_items, mapping)
    e["overall"], p["overall"] = e.mean(axis=1), p.mean(axis=1)
    rows = []
    for dim in e.columns:
        test = stats.ttest_rel(p[dim], e[dim])
        ci = test.confidence_interval(confidence_level=level)
        rows.append({"dimension": dim, "expectation": e[dim].mean(), "perception": p[dim].mean(),
                     "gap": (p[dim] - e[dim]).mean(), "ci_low": ci.low, "ci_high": ci.high,
                     "t": test.statistic, "p_value": test.pvalue, "n": len(e)})
    table = pd.DataFrame(rows)
    if correction:
        dims = table["dimension"] != "overall"
        table.loc[dims, "p_adjusted"] = adjust_p(table.loc[dims, "p_value"], correction)
    names = {**dimension_names(), "overall": i18n.t("sq.overall")}
    table["dimension_name"] = table["dimension"].map(names).fillna(table["dimension"])
    return table


def servperf(perceptions: pd.DataFrame, dimensions=None, level: float = 0.95) -> pd.DataFrame:
    """SERVPERF (Cronin & Taylor 1992): perceptions only, mean per dimension with a t interval."""
    from scipy import stats

    mapping = _dimensions(perceptions.columns, dimensions)
    p = by_dimension(_ratings(perceptions, list(mapping), None, SCALE), mapping)
    p["overall"] = p.mean(axis=1)
    rows = []
    for dim in p.columns:
        low, high = stats.t.interval(level, len(p) - 1, loc=p[dim].mean(), scale=stats.sem(p[dim]))
        rows.append({"dimension": dim, "perception": p[dim].mean(), "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows)


def overall_score(dimension_gaps, weights=None, tolerance: float = 0.5) -> float:
    """The unweighted SERVQUAL score (mean of the dimension gaps), or with ``weights`` (a
    100-point allocation keyed by dimension) the weighted score Σ gap × weight / 100.
    Allocations that do not sum to 100 ± ``tolerance`` are refused, never rescaled."""
    gaps_ = pd.Series(dimension_gaps, dtype=float)
    if weights is None:
        return float(gaps_.mean())
    w = pd.Series(weights, dtype=float).reindex(gaps_.index)
    reject(w.rename("weights"), w.isna(),
           i18n.Text(zh="每个维度都要有权重", en="a weight for every dimension"))
    if abs(w.sum() - 100) > tolerance:
        raise AllocationError(tolerance=tolerance, rows="-", sums=f"{w.sum():g}")
    return float((gaps_ * w).sum() / 100)


def weighted_scores(dimension_gaps: pd.DataFrame, allocation: pd.DataFrame,
                    tolerance: float = 0.5) -> pd.Series:
    """Per respondent, Σ dimension gap × allocated points / 100. Respondents whose points do not
    sum to 100 ± ``tolerance`` are named in the error, not rescaled."""
    require_columns(allocation, list(dimension_gaps.columns))
    points = allocation[list(dimension_gaps.columns)].astype(float)
    sums = points.sum(axis=1)
    off = (sums - 100).abs() > tolerance
    if off.any():
        raise AllocationError(tolerance=tolerance, rows=", ".join(map(str, sums.index[off][:5])),
                              sums=", ".join(f"{s:g}" for s in sums[off][:5]))
    return (dimension_gaps * points).sum(axis=1) / 100


def reliability(table: pd.DataFrame, dimensions=None, level: float = 0.95) -> pd.DataFrame:
    """Cronbach's alpha with its confidence interval per dimension (pingouin.cronbach_alpha)."""
    import pingouin as pg

    mapping = _dimensions(table.columns, dimensions)
    groups = pd.Series(mapping)
    rows = []
    for dim in dict.fromkeys(groups):
        items = list(groups[groups == dim].index)
        if len(items) < 2:
            raise OneItemError(dimension=dim)
        alpha, ci = pg.cronbach_alpha(data=table[items], ci=level)
        rows.append({"dimension": dim, "items": len(items), "alpha": alpha, "ci_low": ci[0],
                     "ci_high": ci[1]})
    return pd.DataFrame(rows)


def zone_of_tolerance(adequate: pd.DataFrame, desired: pd.DataFrame,
                      perceived: pd.DataFrame) -> pd.DataFrame:
    """Per dimension: mean adequate, desired and perceived ratings; adequacy gap (P − adequate),
    superiority gap (P − desired), zone width (desired − adequate) and where P falls."""
    for frame in (adequate, desired, perceived):
        for col in frame.columns:
            check_range(frame[col], *SCALE)
    a, d, p = adequate.mean(), desired.mean(), perceived.mean()
    table = pd.DataFrame({"adequate": a, "desired": d, "perceived": p, "adequacy_gap": p - a,
                          "superiority_gap": p - d, "width": d - a})
    table["position"] = np.select([table["perceived"] < table["adequate"],
                                   table["perceived"] > table["desired"]],
                                  [i18n.t("sq.below"), i18n.t("sq.above")], i18n.t("sq.within"))
    return table.rename_axis("dimension")


def ipa(importance: pd.Series, performance: pd.Series, centre: str = "mean",
        scale=SCALE) -> pd.DataFrame:
    """Importance-performance analysis (Martilla & James 1977) with crosshairs at the data
    means (``centre="mean"``) or the scale midpoint (``"midpoint"``); quadrants named."""
    check_option("centre", centre, ["mean", "midpoint"])
    table = pd.DataFrame({"importance": importance, "performance": performance}).dropna()
    if centre == "mean":
        ci, cp = table["importance"].mean(), table["performance"].mean()
    else:
        ci = cp = (scale[0] + scale[1]) / 2
    high_i, high_p = table["importance"] >= ci, table["performance"] >= cp
    table["quadrant"] = np.select([high_i & high_p, high_i & ~high_p, ~high_i & ~high_p],
                                  ["keep", "concentrate", "low"], "overkill")
    table["quadrant_name"] = table["quadrant"].map(lambda q: i18n.t(f"ipa.{q}"))
    table.attrs["crosshairs"] = (cp, ci)
    return table


def derived_importance(perceptions: pd.DataFrame, overall: pd.Series) -> pd.Series:
    """Importance derived as each item's correlation with an overall quality rating."""
    return perceptions.apply(lambda col: col.corr(overall))


# ------------------------------------------------------------------------------------ plots

def plot_gaps(summary: pd.DataFrame, ax=None):
    """Gap per dimension with its confidence interval (from :func:`summarize`)."""
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(7, 4))[1]
    y = np.arange(len(summary))
    gap, low, high = summary["gap"], summary["ci_low"], summary["ci_high"]
    colours = np.where(high < 0, "#c23b3b", np.where(low > 0, "#3a9d5d", "#9a9a9a"))
    ax.barh(y, gap, color=colours, alpha=0.8)
    ax.errorbar(gap, y, xerr=[gap - low, high - gap], fmt="none", ecolor="0.3", capsize=4)
    ax.axvline(0, color="0.3", lw=1)
    ax.set_yticks(y, summary["dimension_name"])
    ax.invert_yaxis()
    ax.set(xlabel=i18n.t("sq.gap"), title=i18n.t("sq.gap_title"))
    return ax


def plot_zone(zone: pd.DataFrame, labels=None, ax=None):
    """Zone-of-tolerance chart: a bar from adequate to desired, the perception as a dot."""
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(7, 4))[1]
    y = np.arange(len(zone))
    ax.barh(y, zone["width"], left=zone["adequate"], color="#1f5f8b", alpha=0.25, height=0.5)
    colours = np.where(zone["perceived"] < zone["adequate"], "#c23b3b", "#1f5f8b")
    ax.scatter(zone["perceived"], y, color=colours, s=60, zorder=3)
    names = labels or dimension_names()
    ax.set_yticks(y, [names.get(d, d) for d in zone.index])
    ax.invert_yaxis()
    ax.set(xlim=(1, 7), xlabel=i18n.t("sq.score"), title=i18n.t("sq.zot_title"))
    return ax


def plot_ipa(table: pd.DataFrame, labels=None, ax=None):
    """The IPA grid with item labels and the four quadrants named."""
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    ax = ax or plt.subplots(figsize=(7, 6))[1]
    cp, ci = table.attrs.get("crosshairs", (table["performance"].mean(), table["importance"].mean()))
    ax.scatter(table["performance"], table["importance"], color="#1f5f8b", zorder=3)
    ax.axvline(cp, color="0.5", ls="--", lw=1)
    ax.axhline(ci, color="0.5", ls="--", lw=1)
    for (x, y, ha, va), q in zip([(0.02, 0.98, "left", "top"), (0.98, 0.98, "right", "top"),
                                  (0.02, 0.02, "left", "bottom"), (0.98, 0.02, "right", "bottom")],
                                 ["concentrate", "keep", "low", "overkill"], strict=True):
        ax.text(x, y, i18n.t(f"ipa.{q}"), transform=ax.transAxes, ha=ha, va=va, color="0.4")
    texts = [ax.text(x, y, str((labels or {}).get(i, i)), fontsize=9)
             for i, x, y in zip(table.index, table["performance"], table["importance"], strict=True)]
    ax.set(xlabel=i18n.t("ipa.performance"), ylabel=i18n.t("ipa.importance"), title=i18n.t("ipa.title"))
    adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "0.6", "lw": 0.5})
    return ax


# ----------------------------------------------------------- structure, groups (research)

def efa(table: pd.DataFrame, n_factors: int = 5, rotation: str = "varimax") -> pd.DataFrame:
    """Exploratory factor analysis (statsmodels ``Factor``, principal axis, rotated): loadings
    per item, the communality, and the factor each item loads on most."""
    from statsmodels.multivariate.factor import Factor

    fit = Factor(table.to_numpy(dtype=float), n_factor=n_factors, method="pa").fit()
    fit.rotate(rotation)
    loadings = pd.DataFrame(fit.loadings, index=table.columns,
                            columns=[f"F{k + 1}" for k in range(n_factors)])
    loadings["communality"] = (loadings ** 2).sum(axis=1)
    loadings["factor"] = loadings.drop(columns="communality").abs().idxmax(axis=1)
    return loadings


def cfa(table: pd.DataFrame, dimensions=None):
    """Confirmatory factor analysis of the five-dimension model with semopy (optional extra:
    ``pip install -e ".[research]"``). Returns semopy's fit statistics (CFI, RMSEA, …)."""
    try:
        import semopy
    except ImportError as err:
        raise ImportError("cfa needs semopy: pip install -e '.[research]'") from err
    mapping = _dimensions(table.columns, dimensions)
    groups = pd.Series(mapping)
    spec = "\n".join(f"{d} =~ " + " + ".join(groups[groups == d].index) for d in dict.fromkeys(groups))
    model = semopy.Model(spec)
    model.fit(table[list(mapping)])
    return semopy.calc_stats(model).T


def compare_groups(scores: pd.DataFrame, groups: pd.Series, correction: str | None = None) -> pd.DataFrame:
    """Do branches (departments, segments) differ on each dimension score? Two groups: Welch's
    t test with Hedges' g; more: Welch's ANOVA with partial eta squared (pingouin).

    ``correction`` ("holm", "bonferroni", "fdr_bh") adds ``p_adjusted`` over the dimensions, as
    in :func:`summarize`: testing five dimensions makes one raw p < 0.05 easy to get by chance.
    """
    import pingouin as pg

    if correction:
        check_option("correction", correction, CORRECTIONS)
    reject(groups, groups.isna(), i18n.Text(zh="每位受访者都要有分组", en="a group for every respondent"))
    require_groups(groups)
    frame = scores.assign(_group=groups.to_numpy())
    levels = sorted(frame["_group"].unique())
    rows = []
    for dim in scores.columns:
        if len(levels) == 2:
            a, b = (frame.loc[frame["_group"] == g, dim] for g in levels)
            res = pg.ttest(a, b, correction=True)
            rows.append({"dimension": dim, "test": "Welch t", "statistic": res["T"].iloc[0],
                         "p_value": res["p_val"].iloc[0], "effect": "hedges g",
                         "effect_size": pg.compute_effsize(a, b, eftype="hedges")})
        else:
            res = pg.welch_anova(data=frame, dv=dim, between="_group")
            rows.append({"dimension": dim, "test": "Welch ANOVA", "statistic": res["F"].iloc[0],
                         "p_value": res["p_unc"].iloc[0], "effect": "partial eta²",
                         "effect_size": res["np2"].iloc[0]})
        rows[-1].update({f"mean_{g}": frame.loc[frame["_group"] == g, dim].mean() for g in levels})
    table = pd.DataFrame(rows)
    if correction:
        adjusted = adjust_p(table["p_value"], correction)
        table.insert(table.columns.get_loc("p_value") + 1, "p_adjusted", adjusted)
    return table


def plot_items(expectations: pd.DataFrame, perceptions: pd.DataFrame, labels=None, ax=None):
    """Mean expectation and perception per item, joined by a line (a dumbbell chart)."""
    import matplotlib.pyplot as plt

    e, p = expectations.mean(), perceptions[expectations.columns].mean()
    ax = ax or plt.subplots(figsize=(7, 0.3 * len(e) + 1.5))[1]
    y = np.arange(len(e))
    ax.hlines(y, p, e, color="0.7")
    ax.scatter(e, y, color="#1f5f8b", label=i18n.t("sq.expectation"), zorder=3)
    ax.scatter(p, y, color="#e07b39", label=i18n.t("sq.perception"), zorder=3)
    ax.set_yticks(y, [str((labels or {}).get(i, i)) for i in e.index])
    ax.invert_yaxis()
    ax.set(xlabel=i18n.t("sq.score"))
    ax.legend(frameon=False, loc="lower left")
    return ax


i18n.register({"sq.expectation": {"zh": "期望", "en": "Expectation"},
               "sq.perception": {"zh": "感知", "en": "Perception"}})


i18n.register({
    "sq.q_expect": {"zh": "一家卓越的服务提供者应当：{wording}（1 = 非常不同意，7 = 非常同意）",
                    "en": "An excellent provider would: {wording} "
                          "(1 = strongly disagree, 7 = strongly agree)"},
    "sq.q_perceive": {"zh": "这家服务提供者：{wording}（1 = 非常不同意，7 = 非常同意）",
                      "en": "This provider: {wording} (1 = strongly disagree, 7 = strongly agree)"},
})


def questionnaire(items=None, variant: str = "1991", language: str | None = None) -> pd.DataFrame:
    """Expectation and perception questions (1-7) for :class:`cxlab.widgets.QuestionnaireForm`;
    answers land in ``E_<item>`` and ``P_<item>`` columns like the bundled data. ``items``
    picks a subset (e.g. one item per dimension for a short class exercise)."""
    table = instrument(language, variant)
    if items is not None:
        table = table.set_index("item").loc[list(items)].reset_index()
    rows = []
    for prefix, key in (("E", "sq.q_expect"), ("P", "sq.q_perceive")):
        rows += [{"question_id": f"{prefix}_{r.item}", "low": 1, "high": 7,
                  "question": i18n.t(key, language, wording=r.wording)} for r in table.itertuples()]
    return pd.DataFrame(rows)
