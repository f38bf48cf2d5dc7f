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

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from cxlab import content, i18n
from cxlab.deprecation import options
from cxlab.deprecation import warn as _deprecated
from cxlab.errors import DataError, OptionError
from cxlab.results import Result
from cxlab.validate import (
    CORRECTIONS,
    adjust_p,
    check_option,
    check_range,
    reject,
    require_columns,
    require_groups,
    warn,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SCALE = (1, 7)
SCALE_9 = (1, 9)  # Parasuraman, Zeithaml & Berry (1994): 9-point three-column format


class AllocationError(DataError):
    key = "error.sq_allocation"


class OneItemError(DataError):
    key = "error.sq_one_item"


class ItemMismatchError(DataError):
    key = "error.sq_mismatch"


class ZoneColumnsError(DataError):
    """Adequate, desired and perceived tables whose columns differ."""

    key = "error.sq_zone_columns"


class IpaCentreError(OptionError):
    """A scale-midpoint crosshair asked for importance that has no scale."""

    key = "error.sq_ipa_midpoint"


class NegativePointsError(DataError):
    """Importance allocations with negative points."""

    key = "error.sq_points"


def _content() -> dict:
    return content.load("servqual")


@options(positional=("lang",), renamed={"lang": "language"})
def dimension_names(*, language: str | None = None) -> dict[str, str]:
    """Dimension keys → names (有形性 … / Tangibles …).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    dict
        ``{"tangibles": …, "reliability": …, "responsiveness": …, "assurance": …, "empathy": …}``.

    Examples
    --------
    >>> from cxlab import servqual
    >>> servqual.dimension_names(language="en")["assurance"]
    'Assurance'
    """
    return content.labels("servqual", "dimensions", language)


@options(positional=("lang", "variant"), renamed={"lang": "language"})
def instrument(*, language: str | None = None, variant: str = "1991") -> pd.DataFrame:
    """The SERVQUAL items with their dimensions and wording.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.
    variant : {"1991", "internal"}, default "1991"
        ``"1991"``: the 22 items of Parasuraman, Berry & Zeithaml (1991); ``"internal"``: 15
        items for shared internal services (IT, HR, finance…) rated by the departments they
        serve. Pass any such table (or an item → dimension mapping) as ``dimensions=`` to the
        analysis functions.

    Returns
    -------
    DataFrame
        One row per item: ``item`` (T1 … E5), ``dimension``, ``dimension_name``, ``wording``.

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for
    measuring consumer perceptions of service quality. *Journal of Retailing* 64(1), 12-40.
    Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
    SERVQUAL scale. *Journal of Retailing* 67(4), 420-450.

    Examples
    --------
    >>> from cxlab import servqual
    >>> items = servqual.instrument(language="en")
    >>> len(items), items["dimension"].nunique()
    (22, 5)
    """
    check_option("variant", variant, ["1991", "internal"])
    lang = i18n.code(language)
    names = dimension_names(language=lang)
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


@options(positional=("dimensions", "reverse", "scale"))
def gaps(expectations: pd.DataFrame, perceptions: pd.DataFrame, *, dimensions=None,
         reverse=None, scale=SCALE) -> pd.DataFrame:
    """Per respondent and item, P − E (after reverse-coding the items listed in ``reverse``).

    Parameters
    ----------
    expectations, perceptions : DataFrame
        One row per respondent, the same item columns, ratings on ``scale``.
    dimensions : mapping or DataFrame, optional
        Item → dimension (or an :func:`instrument` table); default the 22 standard items.
    reverse : list of str, optional
        Items worded negatively, reverse-coded as low + high − rating.
    scale : tuple, default (1, 7)
        The rating scale; ratings outside it are refused.

    Returns
    -------
    DataFrame
        Respondents × items of P − E.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.gaps(E, P).iloc[0, :3].tolist()
    [-1.0, 0.0, -2.0]
    """
    _, e, p = _paired(expectations, perceptions, dimensions, reverse, scale)
    return p - e


@options(positional=("dimensions",))
def by_dimension(item_table: pd.DataFrame, *, dimensions=None) -> pd.DataFrame:
    """Per respondent, the mean of each dimension's items (for E, P or gaps alike).

    Parameters
    ----------
    item_table : DataFrame
        Respondents × items.
    dimensions : mapping or DataFrame, optional
        Item → dimension; default the 22 standard items.

    Returns
    -------
    DataFrame
        Respondents × dimensions (in the order the dimensions first appear).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.by_dimension(servqual.gaps(E, P)).iloc[0].round(2).tolist()
    [-1.0, -2.2, -1.25, -0.25, -0.6]
    """
    mapping = _dimensions(item_table.columns, dimensions)
    groups = pd.Series(mapping)
    return pd.DataFrame({d: item_table[list(groups[groups == d].index)].mean(axis=1)
                         for d in dict.fromkeys(groups)})


PAIRED_TESTS = ("t", "wilcoxon")


def _paired_tests(e: pd.DataFrame, p: pd.DataFrame, test: str, level: float) -> pd.DataFrame:
    """Per column of E and P: means, mean gap with its t interval, and the paired test.

    Columns whose gaps do not vary (or with fewer than 2 respondents) get no test: t, p and
    the interval are NaN, with a :class:`cxlab.DataWarning` and ``attrs["no_variance"]``.
    """
    from scipy import stats

    d = p - e
    flat = (len(d) < 2) | (d.max() - d.min() <= 1e-9)  # zero spread: the t statistic is ±inf or 0/0
    rows = []
    for col in d.columns:
        row = {"expectation": e[col].mean(), "perception": p[col].mean(), "gap": d[col].mean(),
               "ci_low": np.nan, "ci_high": np.nan, "p_value": np.nan, "n": len(d)}
        if not flat[col]:
            ttest = stats.ttest_rel(p[col], e[col])
            ci = ttest.confidence_interval(confidence_level=level)
            row.update(ci_low=ci.low, ci_high=ci.high)
            if test == "t":
                row.update(t=ttest.statistic, p_value=ttest.pvalue)
            else:
                signed = stats.wilcoxon(d[col])
                row.update(w=signed.statistic, p_value=signed.pvalue)
        rows.append(row)
    stat = "t" if test == "t" else "w"
    table = pd.DataFrame(rows, index=d.columns, columns=[
        "expectation", "perception", "gap", "ci_low", "ci_high", stat, "p_value", "n"])
    table.attrs["no_variance"] = list(d.columns[flat.to_numpy()])
    if table.attrs["no_variance"]:
        warn("sq.no_variance", stacklevel=4, dimensions=", ".join(map(str, table.attrs["no_variance"])))
    return table


@options(positional=("dimensions", "reverse", "level", "correction", "scale"))
def summarize(expectations: pd.DataFrame, perceptions: pd.DataFrame, *, dimensions=None,
              reverse=None, level: float = 0.95, correction: str | None = "holm",
              scale=SCALE, test: str = "t") -> pd.DataFrame:
    """Per dimension and overall: mean E, mean P, mean gap with its interval, and a paired test.

    Each respondent's dimension score is the mean of its items; overall is the unweighted mean
    of the dimension scores (Parasuraman, Berry & Zeithaml 1991). The interval is always the t
    interval of the mean gap. A dimension whose gaps are all equal has no test: its t, p and
    interval are NaN, with a :class:`cxlab.DataWarning` and ``attrs["no_variance"]``.
    Respondents missing any rating of a dimension are refused by the range check, not dropped.

    Parameters
    ----------
    expectations, perceptions : DataFrame
        One row per respondent, the same item columns (``T1`` … ``E5`` for the standard items).
    dimensions : mapping or DataFrame, optional
        Item → dimension; default the 22 standard items.
    reverse : list of str, optional
        Negatively worded items, reverse-coded.
    level : float, default 0.95
        Level of the intervals.
    correction : {"holm", "bonferroni", "fdr_bh"} or None, default "holm"
        Adjustment of the p-values over the five dimensions (statsmodels ``multipletests``;
        Holm 1979); None leaves them raw and adds no ``p_adjusted``.
    scale : tuple, default (1, 7)
        The rating scale, (1, 7) or the 9-point (1, 9) of Parasuraman, Zeithaml & Berry (1994).
    test : {"t", "wilcoxon"}, default "t"
        The paired t test (scipy ``ttest_rel``), column ``t``; or the Wilcoxon signed-rank test
        of the gaps (scipy ``wilcoxon``; Wilcoxon 1945), column ``w``, for skewed or ordinal gaps.

    Returns
    -------
    DataFrame
        Indexed by ``dimension`` (the five, then ``overall``): ``expectation``, ``perception``,
        ``gap`` (P − E), ``ci_low``, ``ci_high``, ``t`` (or ``w``), ``p_value``, ``n``,
        ``p_adjusted`` (dimensions only; with a correction) and ``dimension_name`` (in the active
        language).

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for
    measuring consumer perceptions of service quality. *Journal of Retailing* 64(1), 12-40.
    Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
    SERVQUAL scale. *Journal of Retailing* 67(4), 420-450.
    Holm, S. (1979). A simple sequentially rejective multiple test procedure. *Scandinavian
    Journal of Statistics* 6(2), 65-70.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.summarize(E, P)[["expectation", "perception", "gap"]].round(2)
                    expectation  perception   gap
    dimension
    tangibles              6.11        5.87 -0.24
    reliability            6.10        4.95 -1.16
    responsiveness         6.09        4.89 -1.20
    assurance              6.10        5.68 -0.42
    empathy                6.04        5.47 -0.57
    overall                6.09        5.37 -0.72
    """
    check_option("test", test, PAIRED_TESTS)
    mapping, e_items, p_items = _paired(expectations, perceptions, dimensions, reverse, scale)
    if correction is not None:
        check_option("correction", correction, CORRECTIONS)
    e, p = by_dimension(e_items, dimensions=mapping), by_dimension(p_items, dimensions=mapping)
    e["overall"], p["overall"] = e.mean(axis=1), p.mean(axis=1)
    table = _paired_tests(e, p, test, level).rename_axis("dimension")
    if correction:
        dims = table.index != "overall"
        table.loc[dims, "p_adjusted"] = adjust_p(table.loc[dims, "p_value"], correction=correction)
    names = {**dimension_names(), "overall": i18n.t("sq.overall")}
    table["dimension_name"] = table.index.map(lambda d: names.get(d, d))
    return table


@options(positional=("dimensions", "reverse", "level", "correction", "scale"))
def item_gaps(expectations: pd.DataFrame, perceptions: pd.DataFrame, *, dimensions=None,
              reverse=None, level: float = 0.95, correction: str = "holm", scale=SCALE,
              test: str = "t") -> pd.DataFrame:
    """Per item: mean E, mean P, mean gap with its t interval, the paired test and adjusted p.

    Use it to find which items drive a dimension's gap. 22 items are 22 tests, so the
    p-values are adjusted over the items (Holm by default).

    Parameters
    ----------
    expectations, perceptions, dimensions, reverse, level, scale, test
        As in :func:`summarize`.
    correction : {"holm", "bonferroni", "fdr_bh"}, default "holm"
        Adjustment over the items.

    Returns
    -------
    DataFrame
        Indexed by ``item``: ``dimension``, ``expectation``, ``perception``, ``gap``,
        ``ci_low``, ``ci_high``, ``t`` (or ``w``), ``p_value``, ``n``, ``p_adjusted``.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.item_gaps(E, P)["gap"].idxmin()
    'S1'
    """
    check_option("test", test, PAIRED_TESTS)
    check_option("correction", correction, CORRECTIONS)
    mapping, e, p = _paired(expectations, perceptions, dimensions, reverse, scale)
    table = _paired_tests(e, p, test, level).rename_axis("item")
    table.insert(0, "dimension", pd.Series(mapping))
    table["p_adjusted"] = adjust_p(table["p_value"], correction=correction)
    return table


@options(positional=("dimensions", "level"))
def servperf(perceptions: pd.DataFrame, *, dimensions=None, level: float = 0.95,
             scale=SCALE) -> pd.DataFrame:
    """SERVPERF: perceptions only, the mean per dimension with a t interval.

    Parameters
    ----------
    perceptions : DataFrame
        One row per respondent, item columns.
    dimensions : mapping or DataFrame, optional
        Item → dimension; default the 22 standard items.
    level : float, default 0.95
        Level of the t intervals.
    scale : tuple, default (1, 7)
        The rating scale, (1, 7) or (1, 9) (Parasuraman, Zeithaml & Berry 1994).

    Returns
    -------
    DataFrame
        Indexed by ``dimension`` (the five, then ``overall``): ``perception``, ``ci_low``,
        ``ci_high`` (NaN where the scores do not vary).

    References
    ----------
    Cronin, J. J. & Taylor, S. A. (1992). Measuring service quality: a reexamination and
    extension. *Journal of Marketing* 56(3), 55-68.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.servperf(P).loc["reliability"].round(2).tolist()
    [4.95, 4.87, 5.02]
    """
    from scipy import stats

    mapping = _dimensions(perceptions.columns, dimensions)
    p = by_dimension(_ratings(perceptions, list(mapping), None, scale), dimensions=mapping)
    p["overall"] = p.mean(axis=1)
    rows = []
    for dim in p.columns:
        low = high = np.nan
        if len(p) > 1 and p[dim].max() - p[dim].min() > 1e-9:
            low, high = stats.t.interval(level, len(p) - 1, loc=p[dim].mean(), scale=stats.sem(p[dim]))
        rows.append({"dimension": dim, "perception": p[dim].mean(), "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows).set_index("dimension")


def _check_points(points: pd.DataFrame) -> None:
    """Refuse negative or missing importance points, naming respondents (or dimensions)."""
    negative = (points < 0) | points.isna()
    if negative.to_numpy().any():
        rows = negative.any(axis=1)
        raise NegativePointsError(
            rows=", ".join(map(str, points.index[rows][:5])) + (", …" if rows.sum() > 5 else ""),
            columns=", ".join(map(str, points.columns[negative.any(axis=0)])))


@options(positional=("weights", "tolerance"))
def overall_score(dimension_gaps, *, weights=None, tolerance: float = 0.5) -> float:
    """The SERVQUAL score: the mean of the dimension gaps, or their importance-weighted mean.

    With ``weights`` (a 100-point allocation keyed by dimension) the score is Σ gap × weight /
    Σ weight (Parasuraman, Berry & Zeithaml 1991). Points must be non-negative and sum to 100 ±
    ``tolerance`` (rounding such as 33.3 + 33.3 + 33.4); other sums are refused, never
    rescaled.

    Parameters
    ----------
    dimension_gaps : mapping or Series
        Gap per dimension.
    weights : mapping or Series, optional
        Points per dimension.
    tolerance : float, default 0.5
        Allowed distance of the points' sum from 100.

    Returns
    -------
    float

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for
    measuring consumer perceptions of service quality. *Journal of Retailing* 64(1), 12-40.
    Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
    SERVQUAL scale. *Journal of Retailing* 67(4), 420-450.

    Examples
    --------
    >>> from cxlab import servqual
    >>> servqual.overall_score({"tangibles": -1, "reliability": -1.75})
    -1.375
    >>> servqual.overall_score({"tangibles": -1, "reliability": -1.75},
    ...                        weights={"tangibles": 25, "reliability": 75})
    -1.5625
    """
    gaps_ = pd.Series(dimension_gaps, dtype=float)
    if weights is None:
        return float(gaps_.mean())
    w = pd.Series(weights, dtype=float).reindex(gaps_.index)
    reject(w.rename("weights"), w.isna(),
           i18n.Text(zh="每个维度都要有权重", en="a weight for every dimension"))
    _check_points(w.to_frame().T.rename(index={0: "weights"}))
    if abs(w.sum() - 100) > tolerance:
        raise AllocationError(tolerance=tolerance, rows="-", sums=f"{w.sum():g}")
    return float((gaps_ * w).sum() / w.sum())


@options(positional=("tolerance",))
def weighted_scores(dimension_gaps: pd.DataFrame, allocation: pd.DataFrame, *,
                    tolerance: float = 0.5) -> pd.Series:
    """Per respondent, Σ dimension gap × allocated points / Σ points.

    Negative or missing points and sums outside 100 ± ``tolerance`` are named in the error,
    never rescaled; within the tolerance the points are shares of their own sum.

    Parameters
    ----------
    dimension_gaps : DataFrame
        Respondents × dimensions (e.g. ``by_dimension(gaps(E, P))``).
    allocation : DataFrame
        Respondents × the same dimensions: the 100 points each respondent allocated.
    tolerance : float, default 0.5
        Allowed distance of each respondent's sum from 100.

    Returns
    -------
    Series
        The weighted gap per respondent.

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1988). SERVQUAL: a multiple-item scale for
    measuring consumer perceptions of service quality. *Journal of Retailing* 64(1), 12-40.
    Parasuraman, A., Berry, L. L. & Zeithaml, V. A. (1991). Refinement and reassessment of the
    SERVQUAL scale. *Journal of Retailing* 67(4), 420-450.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> points = bank.filter(regex="^W_").rename(columns=lambda c: c[2:])
    >>> valid = (points.sum(axis=1) - 100).abs() <= 0.5
    >>> gaps = servqual.by_dimension(servqual.gaps(E, P))
    >>> scores = servqual.weighted_scores(gaps[valid], points[valid])
    >>> bool(len(scores) == valid.sum())
    True
    """
    require_columns(allocation, list(dimension_gaps.columns))
    points = allocation[list(dimension_gaps.columns)].apply(pd.to_numeric, errors="coerce")
    _check_points(points)
    sums = points.sum(axis=1)
    off = (sums - 100).abs() > tolerance
    if off.any():
        raise AllocationError(tolerance=tolerance, rows=", ".join(map(str, sums.index[off][:5])),
                              sums=", ".join(f"{s:g}" for s in sums[off][:5]))
    return (dimension_gaps * points).sum(axis=1) / sums


RELIABILITY_MISSING = ("listwise", "refuse")


def _check_numbers(series: pd.Series, allow_missing: bool = False) -> None:
    """Ratings must be numbers (text is refused; missing only if ``allow_missing``)."""
    bad = pd.to_numeric(series, errors="coerce").isna()
    if not pd.api.types.is_numeric_dtype(series):
        bad |= series.map(lambda v: isinstance(v, str | bool)).astype(bool)
    if allow_missing:
        bad &= series.notna()
    reject(series, bad, i18n.Text(zh="数值评分", en="numeric ratings"))


@options(positional=("dimensions", "level"))
def reliability(table: pd.DataFrame, *, dimensions=None, level: float = 0.95,
                missing: str = "listwise") -> pd.DataFrame:
    """Cronbach's alpha with Feldt's confidence interval per dimension.

    alpha = k / (k − 1) × (1 − Σ item variances / variance of the sum) (Cronbach 1951); the
    interval is Feldt's: 1 − (1 − alpha) × F quantiles with n − 1 and (n − 1)(k − 1) degrees of
    freedom (Feldt, Woodruff & Salih 1987), not rounded.

    Parameters
    ----------
    table : DataFrame
        Respondents × items (E, P or any ratings).
    dimensions : mapping or DataFrame, optional
        Item → dimension; default the 22 standard items. Every dimension needs two items or more.
    level : float, default 0.95
        Level of Feldt's interval.
    missing : {"listwise", "refuse"}, default "listwise"
        ``"listwise"`` uses, per dimension, the respondents who rated every item of it; those left
        out are named in a :class:`cxlab.DataWarning` and listed in ``attrs["excluded"]``
        (dimension → rows). ``"refuse"`` stops with an error naming them.

    Returns
    -------
    DataFrame
        Indexed by ``dimension``: ``items``, ``n``, ``alpha``, ``ci_low``, ``ci_high``.

    References
    ----------
    Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests.
    *Psychometrika* 16(3), 297-334. Feldt, L. S., Woodruff, D. J. & Salih, F. A. (1987).
    Statistical inference for coefficient alpha. *Applied Psychological Measurement* 11(1), 93-103.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.reliability(P)[["items", "alpha"]].round(2)
                    items  alpha
    dimension
    tangibles           4   0.86
    reliability         5   0.89
    responsiveness      4   0.89
    assurance           4   0.87
    empathy             5   0.89
    """
    from scipy import stats

    check_option("missing", missing, RELIABILITY_MISSING)
    mapping = _dimensions(table.columns, dimensions)
    groups = pd.Series(mapping)
    rows, excluded = [], {}
    for dim in dict.fromkeys(groups):
        items = list(groups[groups == dim].index)
        if len(items) < 2:
            raise OneItemError(dimension=dim)
        for item in items:  # numbers only; missing ratings only when listwise
            _check_numbers(table[item], allow_missing=missing == "listwise")
        x = table[items].astype(float)
        incomplete = x.isna().any(axis=1)
        if incomplete.any():
            excluded[dim] = list(x.index[incomplete])
            warn("sq.listwise", dimension=dim, count=int(incomplete.sum()),
                 rows=", ".join(map(str, excluded[dim][:5])) + (", …" if incomplete.sum() > 5 else ""))
            x = x[~incomplete]
        n, k = x.shape
        alpha = k / (k - 1) * (1 - x.var(ddof=1).sum() / x.sum(axis=1).var(ddof=1))
        tail = (1 - level) / 2
        rows.append({"dimension": dim, "items": k, "n": n, "alpha": alpha,
                     "ci_low": 1 - (1 - alpha) * stats.f.isf(tail, n - 1, (n - 1) * (k - 1)),
                     "ci_high": 1 - (1 - alpha) * stats.f.ppf(tail, n - 1, (n - 1) * (k - 1))})
    out = pd.DataFrame(rows).set_index("dimension")
    out.attrs["excluded"] = excluded
    return out


def _zone_frames(adequate: pd.DataFrame, desired: pd.DataFrame, perceived: pd.DataFrame,
                 scale) -> dict[str, pd.DataFrame]:
    """The three tables with the same columns in one order, every rating on ``scale``."""
    frames = {"adequate": adequate, "desired": desired, "perceived": perceived}
    columns = [set(f.columns) for f in frames.values()]
    odd = set.union(*columns) - set.intersection(*columns)
    if odd:
        raise ZoneColumnsError(columns=", ".join(sorted(map(str, odd))),
                               **{k: ", ".join(map(str, f.columns)) for k, f in frames.items()})
    order = list(adequate.columns)
    for frame in frames.values():
        for col in order:
            check_range(frame[col], *scale)
    return {k: f[order].astype(float) for k, f in frames.items()}


def zone_of_tolerance(adequate: pd.DataFrame, desired: pd.DataFrame,
                      perceived: pd.DataFrame, *, scale=SCALE) -> pd.DataFrame:
    """Per dimension (or item): the zone of tolerance and where the perception falls in it.

    The three tables must have the same columns (a column in one but not the others is named in
    :class:`ZoneColumnsError`, never turned into a blank that reads "within"). A row without a
    mean (no respondents) gets no position. Per respondent: :func:`zone_scores`.

    Parameters
    ----------
    adequate, desired, perceived : DataFrame
        One row per respondent, the same columns (dimensions or items), ratings on ``scale``.
    scale : tuple, default (1, 7)
        (1, 7), or (1, 9) for the 9-point three-column format of the 1994 paper.

    Returns
    -------
    DataFrame
        Indexed by ``dimension``: mean ``adequate``, ``desired`` and ``perceived`` ratings;
        ``adequacy_gap`` (P − adequate, the measure of service adequacy MSA),
        ``superiority_gap`` (P − desired, the measure of service superiority MSS), ``width``
        (desired − adequate) and ``position`` (below, within, above; in the active language).
        ``attrs["scale"]`` records the scale.

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1994). Alternative scales for measuring
    service quality: a comparative assessment based on psychometric and diagnostic criteria.
    *Journal of Retailing* 70(3), 201-230.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> P = servqual.by_dimension(bank.filter(regex="^P_").rename(columns=lambda c: c[2:]))
    >>> adequate = bank.filter(regex="^ADQ_").rename(columns=lambda c: c[4:])
    >>> desired = bank.filter(regex="^DES_").rename(columns=lambda c: c[4:])
    >>> zone = servqual.zone_of_tolerance(adequate, desired, P)
    >>> zone[["adequate", "desired", "perceived"]].round(2).loc["reliability"].tolist()
    [4.84, 6.31, 4.95]
    """
    a, d, p = (f.mean() for f in _zone_frames(adequate, desired, perceived, scale).values())
    table = pd.DataFrame({"adequate": a, "desired": d, "perceived": p, "adequacy_gap": p - a,
                          "superiority_gap": p - d, "width": d - a})
    position = np.select([table["perceived"] < table["adequate"],
                          table["perceived"] > table["desired"]],
                         [i18n.t("sq.below"), i18n.t("sq.above")], i18n.t("sq.within"))
    known = table[["adequate", "desired", "perceived"]].notna().all(axis=1)
    table["position"] = pd.Series(position, index=table.index).where(known)
    table.attrs["scale"] = tuple(scale)
    return table.rename_axis("dimension")


def zone_scores(adequate: pd.DataFrame, desired: pd.DataFrame, perceived: pd.DataFrame, *,
                scale=SCALE) -> pd.DataFrame:
    """Per respondent: MSA, MSS, the share of columns below adequate, and inverted zones.

    A desired level below the adequate level inverts the zone: the answers are inconsistent
    (often a misread three-column form). Such respondents are flagged, not dropped: decide, then
    filter visibly.

    Parameters
    ----------
    adequate, desired, perceived : DataFrame
        As in :func:`zone_of_tolerance`.
    scale : tuple, default (1, 7)
        As in :func:`zone_of_tolerance`.

    Returns
    -------
    DataFrame
        On the respondents' index: ``msa`` (mean of P − adequate over the columns), ``mss``
        (mean of P − desired), ``below_adequate`` (share of columns rated below adequate),
        ``desired_below_adequate`` (some desired rating below the adequate one) and
        ``inverted_columns`` (how many).

    References
    ----------
    Parasuraman, A., Zeithaml, V. A. & Berry, L. L. (1994). Alternative scales for measuring
    service quality: a comparative assessment based on psychometric and diagnostic criteria.
    *Journal of Retailing* 70(3), 201-230.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> P = servqual.by_dimension(bank.filter(regex="^P_").rename(columns=lambda c: c[2:]))
    >>> adequate = bank.filter(regex="^ADQ_").rename(columns=lambda c: c[4:])
    >>> desired = bank.filter(regex="^DES_").rename(columns=lambda c: c[4:])
    >>> scores = servqual.zone_scores(adequate, desired, P)
    >>> scores[["msa", "mss"]].round(2).iloc[0].tolist()
    [0.22, -1.38]
    """
    a, d, p = _zone_frames(adequate, desired, perceived, scale).values()
    inverted = (d < a).sum(axis=1)
    return pd.DataFrame({"msa": (p - a).mean(axis=1), "mss": (p - d).mean(axis=1),
                         "below_adequate": (p < a).mean(axis=1),
                         "desired_below_adequate": inverted > 0, "inverted_columns": inverted})


IPA_CENTRES = ("mean", "median", "midpoint")


@dataclass(frozen=True, eq=False)
class IPA(Result):
    """An importance-performance grid (:func:`ipa`).

    ``table`` has one row per item: ``importance``, ``performance``, ``quadrant`` (keep,
    concentrate, low, overkill) and ``quadrant_name`` (in the active language).
    ``performance_centre`` and ``importance_centre`` are the cross-hairs, ``centre`` the rule
    that placed them. Until the next release the grid also answers as its table did
    (``grid["quadrant"]``, ``grid.loc[…]``), with a FutureWarning naming ``grid.table``.
    """

    table: pd.DataFrame = field(repr=False)
    performance_centre: float
    importance_centre: float
    centre: str

    def __getitem__(self, key):
        _deprecated("servqual.ipa(…)[…]", "servqual.ipa(…).table[…]")
        return self.table[key]

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        table = object.__getattribute__(self, "table")
        if not hasattr(table, name):
            raise AttributeError(name)
        if name == "attrs":  # the cross-hairs and rule lived there
            _deprecated('servqual.ipa(…).attrs["crosshairs"]',
                        "servqual.ipa(…).performance_centre / .importance_centre / .centre")
            return {**table.attrs, "crosshairs": (self.performance_centre, self.importance_centre),
                    "centre": self.centre}
        _deprecated(f"servqual.ipa(…).{name}", f"servqual.ipa(…).table.{name}")
        return getattr(table, name)


@options(positional=("centre", "scale"))
def ipa(importance: pd.Series, performance: pd.Series, *, centre: str = "mean",
        scale=SCALE, importance_scale=None) -> IPA:
    """Importance-performance analysis (Martilla & James 1977) with the quadrants named.

    Crosshairs at the data means (``centre="mean"``), the medians (``"median"``, robust to
    one extreme item) or the scale midpoints (``"midpoint"``). The midpoint needs importance
    stated on a known scale, given as ``importance_scale=(low, high)`` (performance uses
    ``scale``); derived importance (:func:`derived_importance`, correlations of 0.1–0.3)
    has no midpoint and is refused with :class:`IpaCentreError`, as the midpoint of a 1–7
    scale would put every item in one quadrant.

    Parameters
    ----------
    importance, performance : Series
        Per item (aligned on the index); items missing either are left out.
    centre : {"mean", "median", "midpoint"}, default "mean"
        Where the cross-hairs go.
    scale : tuple, default (1, 7)
        The performance scale (for ``"midpoint"``).
    importance_scale : tuple, optional
        The scale importance was stated on (needed for ``"midpoint"``).

    Returns
    -------
    IPA
        ``table`` indexed by item (``importance``, ``performance``, ``quadrant``,
        ``quadrant_name``), the cross-hairs ``performance_centre`` and ``importance_centre``,
        and the ``centre`` rule.

    References
    ----------
    Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. *Journal of
    Marketing* 41(1), 77-79.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> grid = servqual.ipa(servqual.derived_importance(P, bank["overall"]), P.mean())
    >>> grid
    IPA(performance_centre=5.356..., importance_centre=0.209..., centre='mean')
    >>> grid.table.loc["R1", "quadrant"]
    'concentrate'
    """
    check_option("centre", centre, IPA_CENTRES)
    table = pd.DataFrame({"importance": importance, "performance": performance}).dropna()
    if centre == "midpoint":
        if importance_scale is None or getattr(importance, "attrs", {}).get("derived"):
            raise IpaCentreError()
        check_range(table["importance"], *importance_scale)
        check_range(table["performance"], *scale)
        ci, cp = sum(importance_scale) / 2, sum(scale) / 2
    else:
        ci, cp = table["importance"].agg(centre), table["performance"].agg(centre)
    high_i, high_p = table["importance"] >= ci, table["performance"] >= cp
    table["quadrant"] = np.select([high_i & high_p, high_i & ~high_p, ~high_i & ~high_p],
                                  ["keep", "concentrate", "low"], "overkill")
    table["quadrant_name"] = table["quadrant"].map(lambda q: i18n.t(f"ipa.{q}"))
    return IPA(table.rename_axis(table.index.name or "item"), float(cp), float(ci), centre)


def derived_importance(perceptions: pd.DataFrame, overall: pd.Series) -> pd.Series:
    """Importance derived as each item's correlation with an overall quality rating.

    Marked ``attrs["derived"] = True`` so :func:`ipa` refuses a scale-midpoint crosshair.

    Parameters
    ----------
    perceptions : DataFrame
        Respondents × items.
    overall : Series
        The overall rating of each respondent.

    Returns
    -------
    Series
        Pearson correlation per item.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.derived_importance(P, bank["overall"]).idxmax()
    'R1'
    """
    out = perceptions.apply(lambda col: col.corr(overall))
    out.attrs["derived"] = True
    return out


# ------------------------------------------------------------------------------------ plots

@options(positional=("ax",))
def plot_gaps(summary: pd.DataFrame, *, ax=None) -> Axes:
    """Gap per dimension with its confidence interval.

    Bars are red where the whole interval is below 0, green where it is above, grey otherwise.

    Parameters
    ----------
    summary : DataFrame
        A result of :func:`summarize`.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
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


@options(positional=("labels", "ax"))
def plot_zone(zone: pd.DataFrame, *, labels=None, ax=None) -> Axes:
    """Zone-of-tolerance chart: a bar from adequate to desired, the perception as a dot.

    Parameters
    ----------
    zone : DataFrame
        A result of :func:`zone_of_tolerance`.
    labels : dict, optional
        Row → display name; default the dimension names.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(7, 4))[1]
    y = np.arange(len(zone))
    ax.barh(y, zone["width"], left=zone["adequate"], color="#1f5f8b", alpha=0.25, height=0.5)
    colours = np.where(zone["perceived"] < zone["adequate"], "#c23b3b", "#1f5f8b")
    ax.scatter(zone["perceived"], y, color=colours, s=60, zorder=3)
    names = labels or dimension_names()
    ax.set_yticks(y, [names.get(d, d) for d in zone.index])
    ax.invert_yaxis()
    low, high = zone.attrs.get("scale", SCALE)
    ax.set(xlim=(low, high), xlabel=i18n.t("sq.score", low=low, high=high), title=i18n.t("sq.zot_title"))
    return ax


@options(positional=("labels", "ax"))
def plot_ipa(table: IPA | pd.DataFrame, *, labels=None, ax=None) -> Axes:
    """The IPA grid with item labels and the four quadrants named.

    Parameters
    ----------
    table : IPA or DataFrame
        A result of :func:`ipa` (a plain table with ``importance`` and ``performance`` gets its
        cross-hairs at the means).
    labels : dict, optional
        Item → display name.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    ax = ax or plt.subplots(figsize=(7, 6))[1]
    if isinstance(table, IPA):
        cp, ci, table = table.performance_centre, table.importance_centre, table.table
    else:
        cp, ci = table["performance"].mean(), table["importance"].mean()
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

@options(positional=("n_factors", "rotation"))
def efa(table: pd.DataFrame, *, n_factors: int = 5, rotation: str = "varimax") -> pd.DataFrame:
    """Exploratory factor analysis: loadings per item, the communality and the main factor.

    statsmodels ``Factor`` (principal axis), rotated. Under an oblique rotation ("oblimin",
    "promax") the loadings are the pattern matrix and the factors correlate
    (``attrs["factor_correlations"]``), so squared pattern loadings do not add up to the
    communality. The communality is taken from the unrotated solution, where it is the sum of
    squared loadings; a rotation does not change it (it equals diag(Λ Φ Λᵀ) for pattern Λ and
    factor correlations Φ; Gorsuch 1983, ch. 9).

    Parameters
    ----------
    table : DataFrame
        Respondents × items, complete.
    n_factors : int, default 5
        Factors to extract (see :func:`efa_diagnostics` for parallel analysis).
    rotation : str, default "varimax"
        A statsmodels rotation ("varimax", "quartimax", "oblimin", "promax", …).

    Returns
    -------
    DataFrame
        Indexed by item: ``F1`` … ``Fk`` (loadings), ``communality``, ``factor`` (the factor
        with the largest absolute loading); ``attrs["factor_correlations"]``.

    References
    ----------
    Gorsuch, R. L. (1983). *Factor Analysis* (2nd ed.), ch. 9. Erlbaum.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> servqual.efa(P)["factor"].nunique()
    5
    """
    from statsmodels.multivariate.factor import Factor

    fit = Factor(table.to_numpy(dtype=float), n_factor=n_factors, method="pa").fit()
    communality = (fit.loadings_no_rot ** 2).sum(axis=1)
    fit.rotate(rotation)
    names = [f"F{k + 1}" for k in range(n_factors)]
    loadings = pd.DataFrame(fit.loadings, index=table.columns, columns=names)
    loadings["communality"] = communality
    loadings["factor"] = loadings[names].abs().idxmax(axis=1)
    t = fit.rotation_matrix  # statsmodels: pattern = unrotated @ inv(T').T, Φ = T'T
    loadings.attrs["factor_correlations"] = pd.DataFrame(t.T @ t, index=names, columns=names)
    return loadings


@dataclass(frozen=True)
class EfaDiagnostics(Result):
    """Is the table fit for factor analysis, and how many factors? (:func:`efa_diagnostics`)"""

    kmo: float  #: Kaiser-Meyer-Olkin measure of sampling adequacy, 0-1 (≥ 0.6 usual minimum)
    bartlett_chi2: float  #: Bartlett's test that the correlation matrix is the identity
    bartlett_df: int
    bartlett_p: float
    n_factors: int  #: factors retained by parallel analysis
    table: pd.DataFrame  #: per component: eigenvalue, random_mean, random_quantile, retain
    items: pd.DataFrame  #: per item: msa (the item's KMO)


def efa_diagnostics(table: pd.DataFrame, *, reps: int = 200, level: float = 0.95,
                    seed: int = 0) -> EfaDiagnostics:
    """Diagnostics before an EFA: eigenvalues, KMO, Bartlett's test, parallel analysis.

    - Eigenvalues of the item correlation matrix R.
    - KMO = Σ r²ᵢⱼ / (Σ r²ᵢⱼ + Σ a²ᵢⱼ) over i ≠ j, with aᵢⱼ the partial correlations
      −R⁻¹ᵢⱼ / √(R⁻¹ᵢᵢ R⁻¹ⱼⱼ); per item the same sums over j (Kaiser 1970; Kaiser & Rice 1974).
    - Bartlett (1951): χ² = −(n − 1 − (2p + 5) / 6) ln ``|R|`` with p(p − 1) / 2 degrees of freedom.
    - Parallel analysis (Horn 1965): eigenvalues of ``reps`` normal data sets of the same size
      (seeded); a component is retained while its eigenvalue exceeds the ``level`` quantile of
      the random ones (Glorfeld 1995), counted from the first.

    Respondents with a missing rating are refused (the correlation matrix needs complete rows).

    Parameters
    ----------
    table : DataFrame
        Respondents × items.
    reps : int, default 200
        Random data sets of the parallel analysis.
    level : float, default 0.95
        The quantile of the random eigenvalues to beat.
    seed : int, default 0
        Seed of the random data.

    Returns
    -------
    EfaDiagnostics
        ``kmo``, ``bartlett_chi2``, ``bartlett_df``, ``bartlett_p``, ``n_factors``; ``table``
        indexed by ``component`` (``eigenvalue``, ``random_mean``, ``random_quantile``,
        ``retain``) and ``items`` (``msa`` per item).

    References
    ----------
    Kaiser, H. F. (1970). A second generation little jiffy. *Psychometrika* 35(4), 401-415.
    Bartlett, M. S. (1951). The effect of standardization on a χ² approximation in factor
    analysis. *Biometrika* 38(3/4), 337-344. Horn, J. L. (1965). A rationale and test for the
    number of factors in factor analysis. *Psychometrika* 30(2), 179-185. Glorfeld, L. W.
    (1995). An improvement on Horn's parallel analysis methodology. *Educational and
    Psychological Measurement* 55(3), 377-393.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> check = servqual.efa_diagnostics(bank.filter(regex="^P_").rename(columns=lambda c: c[2:]))
    >>> round(check.kmo, 2), check.n_factors
    (0.84, 5)
    """
    from scipy import stats

    for col in table.columns:
        _check_numbers(table[col])
    x = table.to_numpy(dtype=float)
    n, p = x.shape
    r = np.corrcoef(x, rowvar=False)
    eigen = np.linalg.eigvalsh(r)[::-1]
    inv = np.linalg.inv(r)
    partial = -inv / np.sqrt(np.outer(np.diag(inv), np.diag(inv)))
    off = ~np.eye(p, dtype=bool)
    r2, a2 = np.where(off, r**2, 0), np.where(off, partial**2, 0)
    kmo = r2.sum() / (r2.sum() + a2.sum())
    chi2 = -(n - 1 - (2 * p + 5) / 6) * np.linalg.slogdet(r)[1]
    df = p * (p - 1) // 2
    rng = np.random.default_rng(seed)
    random = np.array([np.linalg.eigvalsh(np.corrcoef(rng.standard_normal((n, p)), rowvar=False))[::-1]
                       for _ in range(reps)])
    quantile = np.quantile(random, level, axis=0)
    retain = np.cumprod(eigen > quantile).astype(bool)
    components = pd.DataFrame({"eigenvalue": eigen, "random_mean": random.mean(axis=0),
                               "random_quantile": quantile, "retain": retain},
                              index=pd.RangeIndex(1, p + 1, name="component"))
    items = pd.DataFrame({"msa": r2.sum(axis=1) / (r2.sum(axis=1) + a2.sum(axis=1))},
                         index=table.columns)
    return EfaDiagnostics(kmo=float(kmo), bartlett_chi2=float(chi2), bartlett_df=int(df),
                          bartlett_p=float(stats.chi2.sf(chi2, df)), n_factors=int(retain.sum()),
                          table=components, items=items)


@options(positional=("dimensions",))
def cfa(table: pd.DataFrame, *, dimensions=None) -> pd.DataFrame:
    """Confirmatory factor analysis of the five-dimension model with semopy.

    Needs the optional ``research`` extra (``pip install -e ".[research]"``).

    Parameters
    ----------
    table : DataFrame
        Respondents × items.
    dimensions : mapping or DataFrame, optional
        Item → dimension; default the 22 standard items.

    Returns
    -------
    DataFrame
        semopy's fit statistics (CFI, RMSEA, …), one row per statistic.
    """
    try:
        import semopy
    except ImportError as err:
        raise ImportError(i18n.t("sq.needs_semopy")) from err
    mapping = _dimensions(table.columns, dimensions)
    groups = pd.Series(mapping)
    spec = "\n".join(f"{d} =~ " + " + ".join(groups[groups == d].index) for d in dict.fromkeys(groups))
    model = semopy.Model(spec)
    model.fit(table[list(mapping)])
    return semopy.calc_stats(model).T


GROUP_TESTS = ("welch", "kruskal")


@options(positional=("groups", "correction"), renamed={"groups": "by"})
def compare_groups(scores: pd.DataFrame, *, by: str | list[str], correction: str | None = "holm",
                   test: str = "welch") -> pd.DataFrame:
    """Do branches (departments, segments) differ on each dimension score?

    Parameters
    ----------
    scores : DataFrame
        One row per respondent: the dimension scores (e.g. ``by_dimension(gaps(E, P))``) and the
        grouping column(s); every column not in ``by`` is tested.
    by : str or list of str
        The grouping column(s) of ``scores``; no missing values, at least two groups.
    correction : {"holm", "bonferroni", "fdr_bh"} or None, default "holm"
        Adjustment over the dimensions: testing five dimensions makes one raw p < 0.05 easy to
        get by chance.
    test : {"welch", "kruskal"}, default "welch"
        ``"welch"``: two groups, Welch's t test with Hedges' g; more, Welch's ANOVA with partial
        eta squared (pingouin; Welch 1951). ``"kruskal"``: the Kruskal–Wallis H test (scipy,
        ties corrected; Kruskal & Wallis 1952) with ε² = H / (n − 1) (Tomczak & Tomczak 2014).
        Which pairs differ: :func:`posthoc`.

    Returns
    -------
    DataFrame
        Indexed by ``dimension``: ``test``, ``statistic``, ``p_value``, ``p_adjusted`` (with a
        correction), ``effect`` (the effect size's name), ``effect_size`` and ``mean_{group}``
        per group.

    References
    ----------
    Welch, B. L. (1951). On the comparison of several mean values: an alternative approach.
    *Biometrika* 38(3/4), 330-336. Kruskal, W. H. & Wallis, W. A. (1952). Use of ranks in
    one-criterion variance analysis. *JASA* 47(260), 583-621. Tomczak, M. & Tomczak, E. (2014).
    The need to report effect size estimates revisited. *Trends in Sport Sciences* 21(1), 19-25.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> scores = servqual.by_dimension(servqual.gaps(E, P)).assign(branch=bank["branch"])
    >>> servqual.compare_groups(scores, by="branch")["p_adjusted"].round(3)
    dimension
    tangibles         1.000
    reliability       1.000
    responsiveness    0.000
    assurance         0.260
    empathy           0.077
    Name: p_adjusted, dtype: float64
    """
    import pingouin as pg
    from scipy import stats

    check_option("test", test, GROUP_TESTS)
    if correction:
        check_option("correction", correction, CORRECTIONS)
    frame, levels, dims = _grouped(scores, by, "compare_groups")
    rows = []
    for dim in dims:
        parts = [frame.loc[frame["_group"] == g, dim] for g in levels]
        if test == "kruskal":
            h = stats.kruskal(*parts)
            rows.append({"dimension": dim, "test": "Kruskal-Wallis", "statistic": h.statistic,
                         "p_value": h.pvalue, "effect": "epsilon²",
                         "effect_size": h.statistic / (len(frame) - 1)})
        elif len(levels) == 2:
            res = pg.ttest(*parts, correction=True)
            rows.append({"dimension": dim, "test": "Welch t", "statistic": res["T"].iloc[0],
                         "p_value": res["p_val"].iloc[0], "effect": "hedges g",
                         "effect_size": pg.compute_effsize(*parts, eftype="hedges")})
        else:
            res = pg.welch_anova(data=frame, dv=dim, between="_group")
            rows.append({"dimension": dim, "test": "Welch ANOVA", "statistic": res["F"].iloc[0],
                         "p_value": res["p_unc"].iloc[0], "effect": "partial eta²",
                         "effect_size": res["np2"].iloc[0]})
        rows[-1].update({f"mean_{g}": part.mean() for g, part in zip(levels, parts, strict=True)})
    table = pd.DataFrame(rows).set_index("dimension")
    if correction:
        adjusted = adjust_p(table["p_value"], correction=correction)
        table.insert(table.columns.get_loc("p_value") + 1, "p_adjusted", adjusted)
    return table


def _grouped(scores: pd.DataFrame, by, caller: str) -> tuple[pd.DataFrame, list, list]:
    """The scores with one ``_group`` key column, the sorted groups and the score columns.

    ``by`` is a column name or list of names in ``scores``; a Series of groups (the previous
    release's ``groups`` argument) still works, with a FutureWarning.
    """
    if isinstance(by, pd.Series):
        _deprecated(f"servqual.{caller}(scores, groups=<Series>)",
                    f"servqual.{caller}(scores.assign(group=groups), by=\"group\")", stacklevel=4)
        name = by.name if by.name is not None and by.name not in scores.columns else "group"
        scores, by = scores.assign(**{name: by.to_numpy()}), name
    names = [by] if isinstance(by, str) else list(by)
    require_columns(scores, names)
    groups = scores[names[0]] if len(names) == 1 else \
        scores[names].astype(str).agg(" / ".join, axis=1).rename(" / ".join(names))
    reject(groups, groups.isna(), i18n.Text(zh="每位受访者都要有分组", en="a group for every respondent"))
    require_groups(groups)
    dims = [c for c in scores.columns if c not in names]
    frame = scores[dims].assign(_group=groups.to_numpy())
    return frame, sorted(frame["_group"].unique()), dims


@options(positional=("groups",), renamed={"groups": "by"})
def posthoc(scores: pd.DataFrame, *, by: str | list[str]) -> pd.DataFrame:
    """Games–Howell pairwise comparisons per dimension, after a Welch ANOVA.

    pingouin ``pairwise_gameshowell`` (Games & Howell 1976): Welch's t and degrees of freedom
    for each pair, p from the studentized range with the number of groups, so the family of
    pairs in a dimension keeps its error rate without equal variances or group sizes. Read the
    pairs of the dimensions whose omnibus test (:func:`compare_groups`) is significant after
    correction; pairs in other dimensions are not findings.

    Parameters
    ----------
    scores : DataFrame
        As in :func:`compare_groups`.
    by : str or list of str
        The grouping column(s) of ``scores``.

    Returns
    -------
    DataFrame
        Indexed by (``dimension``, ``A``, ``B``): one row per dimension and pair of groups, with
        columns ``mean_A``, ``mean_B``, ``diff`` (A − B), ``se``, ``t``, ``df``, ``p_value``,
        ``hedges``.

    References
    ----------
    Games, P. A. & Howell, J. F. (1976). Pairwise multiple comparison procedures with unequal
    n's and/or variances. *Journal of Educational Statistics* 1(2), 113-125.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import servqual
    >>> bank = cxlab.load_dataset("servqual_bank")
    >>> E = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    >>> P = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    >>> scores = servqual.by_dimension(servqual.gaps(E, P))[["responsiveness"]]
    >>> pairs = servqual.posthoc(scores.assign(branch=bank["branch"]), by="branch")
    >>> pairs.index.droplevel("dimension").tolist()
    [('A', 'B'), ('A', 'C'), ('B', 'C')]
    """
    import pingouin as pg

    frame, _, dims = _grouped(scores, by, "posthoc")
    tables = []
    for dim in dims:
        res = pg.pairwise_gameshowell(data=frame, dv=dim, between="_group")
        tables.append(res.rename(columns={"T": "t", "pval": "p_value"}).assign(dimension=dim))
    out = pd.concat(tables).set_index(["dimension", "A", "B"])
    return out[["mean_A", "mean_B", "diff", "se", "t", "df", "p_value", "hedges"]]


@options(positional=("labels", "ax"))
def plot_items(expectations: pd.DataFrame, perceptions: pd.DataFrame, *, labels=None,
               ax=None) -> Axes:
    """Mean expectation and perception per item, joined by a line (a dumbbell chart).

    Parameters
    ----------
    expectations, perceptions : DataFrame
        Respondents × items.
    labels : dict, optional
        Item → display name.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    e, p = expectations.mean(), perceptions[expectations.columns].mean()
    ax = ax or plt.subplots(figsize=(7, 0.3 * len(e) + 1.5))[1]
    y = np.arange(len(e))
    ax.hlines(y, p, e, color="0.7")
    ax.scatter(e, y, color="#1f5f8b", label=i18n.t("sq.expectation"), zorder=3)
    ax.scatter(p, y, color="#e07b39", label=i18n.t("sq.perception"), zorder=3)
    ax.set_yticks(y, [str((labels or {}).get(i, i)) for i in e.index])
    ax.invert_yaxis()
    ax.set(xlabel=i18n.t("sq.score", low=SCALE[0], high=SCALE[1]))
    ax.legend(frameon=False, loc="lower left")
    return ax


@options(positional=("variant", "language"))
def questionnaire(items=None, *, variant: str = "1991", language: str | None = None) -> pd.DataFrame:
    """Expectation and perception questions (1-7) for :class:`cxlab.widgets.QuestionnaireForm`.

    Answers land in ``E_<item>`` and ``P_<item>`` columns like the bundled data.

    Parameters
    ----------
    items : list of str, optional
        A subset of items (e.g. one per dimension for a short class exercise); default all.
    variant : {"1991", "internal"}, default "1991"
        See :func:`instrument`.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per question: ``question_id``, ``low``, ``high``, ``question``.

    Examples
    --------
    >>> from cxlab import servqual
    >>> servqual.questionnaire(["T1", "R1"])["question_id"].tolist()
    ['E_T1', 'E_R1', 'P_T1', 'P_R1']
    """
    table = instrument(language=language, variant=variant)
    if items is not None:
        table = table.set_index("item").loc[list(items)].reset_index()
    rows = []
    for prefix, key in (("E", "sq.q_expect"), ("P", "sq.q_perceive")):
        rows += [{"question_id": f"{prefix}_{r.item}", "low": 1, "high": 7,
                  "question": i18n.t(key, language, wording=r.wording)} for r in table.itertuples()]
    return pd.DataFrame(rows)
