"""Customer-experience metrics with honest uncertainty: NPS, CSAT, CES, complaint handling.

GB/T 42509 defines the net promoter score (3.7) and customer effort (3.8) and asks for
measurement indicators, data collection, analysis and evaluation (7.3.3-7.3.6).

Sources: Reichheld (2003) for the NPS groups (promoters 9-10, passives 7-8, detractors 0-6);
the multinomial variance of a difference of two shares, Var(p − d) = [(p + d) − (p − d)²] / n;
Rocks (2016), *Interval estimation for the net promoter score*, The American Statistician
70(4), for the adjusted Wald interval (add 3 to n and 3/4 to promoters and to detractors);
Lewis & Sauro (2021), *Evaluating NPS significance tests with real-world data* (MeasuringU), for
the adjusted-Wald difference of two NPS (the same adjustment on each group);
Wilson (1927) for proportion intervals (via statsmodels); Dixon et al. (2010) for the
original 1-5 customer effort score, and the CES 2.0 seven-point agreement item.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from cxlab import i18n
from cxlab.deprecation import options
from cxlab.deprecation import warn as _deprecated
from cxlab.errors import DataError, OptionError
from cxlab.results import ScalarResult
from cxlab.validate import check_option, reject

if TYPE_CHECKING:
    from matplotlib.axes import Axes

NPS_METHODS = ("adjusted_wald", "wald", "bootstrap")
GROUPS = ("promoter", "passive", "detractor")


class EmptyGroupError(DataError):
    """A metric asked of a group with no answers."""

    key = "error.metrics_empty"


def _z(level: float) -> float:
    from scipy.stats import norm

    return float(norm.ppf(0.5 + level / 2))


@options(positional=("low", "high", "name"))
def scores(values, *, low: int, high: int, name: str = "score") -> pd.Series:
    """Whole-number scores in [low, high] from numbers or text ("9", "９", "9分", " 9 ").

    Parameters
    ----------
    values : Series or array-like
        The answers; missing answers stay missing.
    low, high : int
        The ends of the scale.
    name : str, default "score"
        The column name used in an error when ``values`` has none.

    Returns
    -------
    Series
        Floats (whole numbers) on the input's index.

    Raises
    ------
    cxlab.InvalidValueError
        Naming the column, rows and values that are not whole numbers in [low, high].

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.scores(["9", "９", "10分", None], low=0, high=10).tolist()
    [9.0, 9.0, 10.0, nan]
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
class NPS(ScalarResult):
    """An NPS estimate on the −100..100 scale.

    ``value`` is the plain NPS of the answers. ``centre`` is the point the interval is built
    around and ``se`` its standard error: for ``"adjusted_wald"`` the adjusted estimate (Rocks
    2016), which lies between the plain NPS and 0, so with few answers the plain NPS can sit
    outside its own interval (``nps([10])``: value 100, centre 25, interval −48.5 … 98.5).
    For ``"wald"`` and ``"bootstrap"`` the centre is the plain NPS.
    """

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
    centre: float


def nps_groups(values) -> pd.Series:
    """"promoter" (9-10), "passive" (7-8) or "detractor" (0-6) for each 0-10 score.

    Parameters
    ----------
    values : Series or array-like
        0-10 scores (see :func:`scores`); missing answers stay missing.

    Returns
    -------
    Series
        Named ``group``, on the input's index.

    References
    ----------
    Reichheld, F. F. (2003). The one number you need to grow. *Harvard Business Review* 81(12).

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.nps_groups([10, 8, 3]).tolist()
    ['promoter', 'passive', 'detractor']
    """
    s = scores(values, low=0, high=10, name="recommend")
    return pd.Series(np.select([s >= 9, s >= 7, s >= 0], GROUPS, default=None), index=s.index,
                     name="group").where(s.notna())


@options(positional=("method", "level", "reps", "seed"))
def nps_from_counts(promoters: int, passives: int, detractors: int, *,
                    method: str = "adjusted_wald", level: float = 0.95,
                    reps: int = 4000, seed: int = 0) -> NPS:
    """NPS with a confidence interval from the three group counts.

    Parameters
    ----------
    promoters, passives, detractors : int
        Counts of answers 9-10, 7-8 and 0-6.
    method : {"adjusted_wald", "wald", "bootstrap"}, default "adjusted_wald"
        ``"wald"``: value ± z·se, se = 100·√([(p + d) − (p − d)²] / n). ``"adjusted_wald"``
        (Rocks 2016): the same on n + 3 answers with 3/4 added to promoters and to detractors,
        centred on the adjusted estimate. ``"bootstrap"``: percentiles of NPS over ``reps``
        multinomial resamples of the counts.
    level : float, default 0.95
        The interval level.
    reps : int, default 4000
        Bootstrap replicates.
    seed : int, default 0
        Seed of the bootstrap.

    Returns
    -------
    NPS
        ``value`` (the plain NPS), ``se``, ``ci_low``, ``ci_high`` (clipped to [−100, 100]),
        ``n``, the three counts, ``method``, ``level`` and ``centre`` (the point the interval
        is built around); ``.table`` has one row of them.

    References
    ----------
    Rocks, B. (2016). Interval estimation for the "Net Promoter Score". *The American
    Statistician* 70(4), 365-372.

    Examples
    --------
    >>> from cxlab import metrics
    >>> r = metrics.nps_from_counts(25, 20, 5)
    >>> r.value, round(r.ci_low, 1), round(r.ci_high, 1)
    (40.0, 19.6, 55.8)
    """
    check_option("method", method, NPS_METHODS)
    counts = np.array([promoters, passives, detractors], dtype=float)
    if (counts < 0).any() or (counts % 1 != 0).any():
        raise OptionError(name="promoters, passives, detractors",
                          value=f"{promoters}, {passives}, {detractors}",
                          valid=i18n.Text(zh="非负整数", en="non-negative whole numbers"))
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
        centre = value
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
               int(counts[0]), int(counts[1]), int(counts[2]), method, level, float(centre))


@options(positional=("method", "level"))
def nps(values, *, method: str = "adjusted_wald", level: float = 0.95, reps: int = 4000,
        seed: int = 0) -> NPS:
    """NPS from raw 0-10 scores (missing answers excluded).

    Parameters
    ----------
    values : Series or array-like
        0-10 scores (numbers or text, see :func:`scores`).
    method, level, reps, seed
        As in :func:`nps_from_counts`.

    Returns
    -------
    NPS
        See :func:`nps_from_counts`.

    References
    ----------
    Rocks, B. (2016). Interval estimation for the "Net Promoter Score". *The American
    Statistician* 70(4), 365-372.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> r = metrics.nps(survey["recommend"])
    >>> round(r.value, 1), round(r.ci_low, 1), round(r.ci_high, 1), r.n
    (5.7, 3.3, 8.0, 5341)
    """
    s = scores(values, low=0, high=10, name="recommend").to_numpy()
    per_score = np.bincount(s[~np.isnan(s)].astype(np.int64), minlength=11)
    counts = (per_score[9:].sum(), per_score[7:9].sum(), per_score[:7].sum())
    return nps_from_counts(*map(int, counts), method=method, level=level, reps=reps, seed=seed)


@dataclass(frozen=True)
class Comparison(ScalarResult):
    """A difference a − b with its standard error, z test and confidence interval.

    ``diff`` is the plain difference; ``centre`` the point the test and the interval are built
    around (the adjusted difference for the adjusted-Wald NPS method, otherwise ``diff``);
    ``z = centre / se``; ``method`` names the test.
    """

    diff: float
    se: float
    z: float
    p_value: float
    ci_low: float
    ci_high: float
    level: float
    method: str = ""
    centre: float = float("nan")


COMPARE_NPS_METHODS = ("adjusted_wald", "wald")


def _as_nps(x) -> NPS:
    return x if isinstance(x, NPS) else nps(x, method="wald")


@options(positional=("level",))
def compare_nps(a, b, *, level: float = 0.95, method: str = "adjusted_wald") -> Comparison:
    """NPS(a) − NPS(b) for independent samples (NPS results or raw 0-10 scores); sign kept.

    Each group's variance includes the multinomial covariance term,
    [(p + d) − (p − d)²] / n; se = √(se_a² + se_b²); two-sided z test; interval centre ± z·se,
    clipped to [−200, 200].

    - ``"adjusted_wald"`` (default; Lewis & Sauro 2021, after Rocks 2016): in each group add
      3/4 to promoters, 3/4 to detractors and 3 to n, then test and build the interval on the
      difference of the adjusted scores. It stays usable when a group sits entirely in one
      category (10/10 promoters vs 10/10 detractors: z = 7.25, p ≈ 4e-13; Fisher's exact
      test gives p = 1.1e-5).
    - ``"wald"``: the plain estimates. Its se is 0 when both groups sit in one category, and
      the test then reports z = 0, p = 1 whatever the difference: use it for large samples.

    Parameters
    ----------
    a, b : NPS or array-like
        Results of :func:`nps` / :func:`nps_from_counts`, or raw 0-10 scores.
    level : float, default 0.95
        The interval level.
    method : {"adjusted_wald", "wald"}, default "adjusted_wald"
        See above.

    Returns
    -------
    Comparison
        ``diff`` (NPS a − NPS b, points), ``se``, ``z``, ``p_value`` (two-sided), ``ci_low``,
        ``ci_high``, ``level``, ``method``, ``centre``; ``.table`` has one row of them.

    References
    ----------
    Rocks, B. (2016). Interval estimation for the "Net Promoter Score". *The American
    Statistician* 70(4), 365-372. Lewis, J. R. & Sauro, J. (2021, February 16). Evaluating
    NPS significance tests with real-world data. MeasuringU (adjusted-Wald difference: 3 added
    to each n, 3/4 to each group's promoters and detractors).

    Examples
    --------
    >>> from cxlab import metrics
    >>> c = metrics.compare_nps(metrics.nps_from_counts(25, 20, 5), metrics.nps_from_counts(950, 800, 250))
    >>> c.diff, round(c.p_value, 2)  # NPS 40 on 50 answers against 35 on 2,000
    (5.0, 0.77)
    """
    from scipy.stats import norm

    check_option("method", method, COMPARE_NPS_METHODS)
    ra, rb = (nps_from_counts(r.promoters, r.passives, r.detractors, method=method)
              for r in (_as_nps(a), _as_nps(b)))
    diff, centre = ra.value - rb.value, ra.centre - rb.centre
    se = float(np.hypot(ra.se, rb.se))
    z = centre / se if se > 0 else 0.0
    half = _z(level) * se
    return Comparison(float(diff), se, float(z), float(2 * norm.sf(abs(z))),
                      max(centre - half, -200.0), min(centre + half, 200.0), level, method,
                      float(centre))


def _check_shares(promoters: float, detractors: float) -> None:
    """Expected promoter and detractor shares: each in 0..1, together at most 1."""
    if not (0 <= promoters <= 1 and 0 <= detractors <= 1 and promoters + detractors <= 1):
        raise OptionError(name="promoters, detractors", value=f"{promoters}, {detractors}",
                          valid=i18n.Text(zh="0 到 1 之间的比例，两者合计不超过 1",
                                          en="shares from 0 to 1 that sum to at most 1"))


@options(positional=("promoters", "detractors", "level"))
def nps_sample_size(margin: float, *, promoters: float = 0.5, detractors: float = 0.5,
                    level: float = 0.95) -> int:
    """Answers needed for a ± ``margin`` point NPS interval, given the expected shares.

    n = z²·[(p + d) − (p − d)²] / (margin/100)²; the default 0.5 / 0.5 is the worst case.

    Parameters
    ----------
    margin : float
        Half-width of the interval in NPS points (positive).
    promoters, detractors : float, default 0.5
        Expected shares, each in 0..1, together at most 1.
    level : float, default 0.95
        The interval level.

    Returns
    -------
    int

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.nps_sample_size(5)
    1537
    """
    _check_shares(promoters, detractors)
    if not margin > 0:
        raise OptionError(name="margin", value=margin, valid=i18n.Text(zh="正数（NPS 分）",
                                                                        en="a positive number of NPS points"))
    var = (promoters + detractors) - (promoters - detractors) ** 2
    return int(np.ceil(_z(level) ** 2 * var / (margin / 100) ** 2))


def nps_sample_size_difference(a: tuple[float, float], b: tuple[float, float], *,
                               power: float = 0.8, alpha: float = 0.05,
                               alternative: str = "two-sided") -> int:
    """Answers needed **per group** to detect the difference between two NPS with the
    adjusted-Wald test of :func:`compare_nps`.

    ``a`` and ``b`` are the expected (promoter share, detractor share) of each group.
    n = (v_a + v_b)·(z_α + z_β)² / Δ² − 3, with v = (p + d) − (p − d)² per group and Δ the
    difference of the two NPS as shares; z_α is z₁₋α/2 two-sided, z₁₋α one-sided; the − 3
    undoes the three pseudo-answers the adjusted test adds to each group (Lewis & Sauro).

    Parameters
    ----------
    a, b : tuple of float
        Expected (promoter share, detractor share) of each group.
    power : float, default 0.8
        The chance of detecting the difference.
    alpha : float, default 0.05
        The significance threshold of the test.
    alternative : {"two-sided", "one-sided"}, default "two-sided"
        The test's alternative.

    Returns
    -------
    int
        Answers per group (at least 1).

    References
    ----------
    Lewis, J. R. & Sauro, J. Sample sizes for comparing Net Promoter Scores. MeasuringU
    (n = s²Z²/d² − 3 per group).

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.nps_sample_size_difference((0.45, 0.20), (0.40, 0.25))
    951
    """
    from scipy.stats import norm

    check_option("alternative", alternative, ("two-sided", "one-sided"))
    for shares in (a, b):
        _check_shares(*shares)
    (pa, da), (pb, db) = a, b
    delta = (pa - da) - (pb - db)
    if delta == 0:
        raise OptionError(name="a, b", value=f"{a}, {b}",
                          valid=i18n.Text(zh="两个不同的 NPS", en="two different NPS"))
    variance = (pa + da) - (pa - da) ** 2 + (pb + db) - (pb - db) ** 2
    z = norm.ppf(1 - alpha / (2 if alternative == "two-sided" else 1)) + norm.ppf(power)
    return max(1, math.ceil(variance * z ** 2 / delta ** 2 - 3))


# ------------------------------------------------------------------------------- CSAT, CES

@dataclass(frozen=True)
class Share(ScalarResult):
    """A proportion with its confidence interval (``value`` in 0..1)."""

    value: float
    ci_low: float
    ci_high: float
    count: int
    n: int
    method: str
    label: str = ""


@dataclass(frozen=True)
class Mean(ScalarResult):
    """A mean with its t confidence interval."""

    value: float
    ci_low: float
    ci_high: float
    sd: float
    n: int
    label: str = ""


@options(positional=("method", "level", "label"))
def csat_from_counts(satisfied: int, n: int, *, method: str = "wilson", level: float = 0.95,
                     label: str = "") -> Share:
    """Share satisfied with a confidence interval (statsmodels ``proportion_confint``).

    Parameters
    ----------
    satisfied : int
        Answers counted as satisfied.
    n : int
        Answers in all (positive).
    method : str, default "wilson"
        A ``proportion_confint`` method (Wilson 1927 by default).
    level : float, default 0.95
        The interval level.
    label : str, default ""
        What the share counts, shown with the result.

    Returns
    -------
    Share
        ``value`` (0..1), ``ci_low``, ``ci_high``, ``count``, ``n``, ``method``, ``label``;
        ``.table`` has one row of them.

    References
    ----------
    Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
    inference. *JASA* 22(158), 209-212.

    Examples
    --------
    >>> from cxlab import metrics
    >>> r = metrics.csat_from_counts(80, 100)
    >>> r.value, round(r.ci_low, 3), round(r.ci_high, 3)
    (0.8, 0.711, 0.867)
    """
    from statsmodels.stats.proportion import proportion_confint

    if n <= 0:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    low, high = proportion_confint(satisfied, n, alpha=1 - level, method=method)
    # at 0 or n the limits are exactly 0 and 1; the library's arithmetic can land 2e-16 inside
    low, high = (0.0 if satisfied == 0 else low), (1.0 if satisfied == n else high)
    return Share(satisfied / n, float(low), float(high), int(satisfied), int(n), method, label)


@options(positional=("scale", "top", "method", "level"))
def csat(values, *, scale: int = 5, top: int = 2, method: str = "wilson",
         level: float = 0.95) -> Share:
    """Top-``top``-box share on a 1-``scale`` satisfaction item (missing answers excluded).

    Parameters
    ----------
    values : Series or array-like
        Ratings 1-``scale``.
    scale : int, default 5
        The number of points.
    top : int, default 2
        Boxes counted at the satisfied end (1 ≤ top < scale): ``top=2`` on a 5-point scale
        counts 4 and 5.
    method, level
        As in :func:`csat_from_counts`.

    Returns
    -------
    Share
        See :func:`csat_from_counts`; ``label`` names the boxes counted.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> r = metrics.csat(survey["csat"])
    >>> round(r.value, 3), r.count, r.n
    (0.629, 3359, 5341)
    """
    check_option("scale", scale, range(2, 12))
    check_option("top", top, range(1, scale))
    s = scores(values, low=1, high=scale, name="csat").dropna()
    sep = "、" if i18n.get_language() == "zh" else ", "
    label = i18n.t("metrics.topbox", top=top, scale=scale,
                   points=sep.join(str(p) for p in range(scale - top + 1, scale + 1)))
    return csat_from_counts(int((s > scale - top).sum()), len(s), method=method, level=level,
                            label=label)


@options(positional=("low", "high", "level", "label"))
def mean_score(values, *, low: int, high: int, level: float = 0.95, label: str = "") -> Mean:
    """Mean of a rating with a t interval (statsmodels ``DescrStatsW``).

    Parameters
    ----------
    values : Series or array-like
        Ratings on ``low``-``high`` (missing answers excluded).
    low, high : int
        The ends of the scale.
    level : float, default 0.95
        The interval level.
    label : str, default ""
        What the mean is of.

    Returns
    -------
    Mean
        ``value``, ``ci_low``, ``ci_high``, ``sd``, ``n``, ``label``; ``.table`` has one row.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> r = metrics.mean_score(survey["csat"], low=1, high=5)
    >>> round(r.value, 2), round(r.ci_low, 2), round(r.ci_high, 2)
    (3.78, 3.74, 3.81)
    """
    from statsmodels.stats.weightstats import DescrStatsW

    s = scores(values, low=low, high=high).dropna()
    if s.empty:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    stats = DescrStatsW(s.to_numpy())
    ci = stats.tconfint_mean(alpha=1 - level) if len(s) > 1 else (np.nan, np.nan)
    sd = float(s.std(ddof=1)) if len(s) > 1 else np.nan
    return Mean(float(stats.mean), float(ci[0]), float(ci[1]), sd, len(s), label)


@options(positional=("share",))
def csat_sample_size(margin: float, *, share: float = 0.5, level: float = 0.95) -> int:
    """Answers needed for a share (CSAT, CES low-effort) within ± ``margin``.

    n = z²·p(1 − p) / margin² (Cochran 1977, eq. 4.2; statsmodels
    ``samplesize_confint_proportion``).

    Parameters
    ----------
    margin : float
        Half-width as a share (0.05 = ±5 points), strictly between 0 and 1.
    share : float, default 0.5
        The expected share (0.5 is the worst case).
    level : float, default 0.95
        The interval level.

    Returns
    -------
    int

    References
    ----------
    Cochran, W. G. (1977). *Sampling Techniques* (3rd ed.), section 4.4. Wiley.

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.csat_sample_size(0.05)
    385
    """
    from statsmodels.stats.proportion import samplesize_confint_proportion

    if not 0 < margin < 1:
        raise OptionError(name="margin", value=margin,
                          valid=i18n.Text(zh="0 到 1 之间的比例（0.05 = ±5 个百分点）",
                                          en="a share between 0 and 1 (0.05 = ±5 points)"))
    if not 0 <= share <= 1:
        raise OptionError(name="share", value=share, valid="0 … 1")
    return math.ceil(samplesize_confint_proportion(share, margin, alpha=1 - level))


CES_VARIANTS = {"ces2": (1, 7), "ces1": (1, 5)}


@dataclass(frozen=True)
class CES(ScalarResult):
    """Customer effort (:func:`ces`): the ``mean`` (a :class:`Mean`) and the ``low_effort``
    share (a :class:`Share`) of one ``variant``. ``.table`` has one row per statistic
    (``mean``, ``low_effort``) with ``value``, ``ci_low``, ``ci_high``, ``n``, ``label``.
    Until the next release ``result["mean"]`` still works, with a FutureWarning."""

    mean: Mean
    low_effort: Share
    variant: str

    @property
    def table(self) -> pd.DataFrame:
        rows = {k: {"value": r.value, "ci_low": r.ci_low, "ci_high": r.ci_high, "n": r.n,
                    "label": r.label} for k, r in (("mean", self.mean), ("low_effort", self.low_effort))}
        return pd.DataFrame.from_dict(rows, orient="index").rename_axis("statistic")

    def __getitem__(self, key: str):
        _deprecated(f'metrics.ces(…)["{key}"]', f"metrics.ces(…).{key}")
        return {"mean": self.mean, "low_effort": self.low_effort}[key]


@options(positional=("variant", "level"))
def ces(values, *, variant: str = "ces2", level: float = 0.95) -> CES:
    """Customer effort: the mean with a t interval and the share at the low-effort end.

    Parameters
    ----------
    values : Series or array-like
        Ratings on the variant's scale.
    variant : {"ces2", "ces1"}, default "ces2"
        ``"ces2"``: 1-7 agreement that the company made it easy (higher = less effort;
        low-effort share = 5-7). ``"ces1"``: Dixon et al. (2010), 1-5 effort the customer had to
        make (lower = less effort; low-effort share = 1-2). The variant is in every label.
    level : float, default 0.95
        The interval level.

    Returns
    -------
    CES
        ``mean`` (a :class:`Mean`), ``low_effort`` (a :class:`Share`), ``variant``; ``.table``
        indexed by ``statistic`` (mean, low_effort) with ``value``, ``ci_low``, ``ci_high``,
        ``n``, ``label``.

    References
    ----------
    Dixon, M., Freeman, K. & Toman, N. (2010). Stop trying to delight your customers. *Harvard
    Business Review* 88(7/8), 116-122.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> effort = metrics.ces(survey["ces"])
    >>> round(effort.mean.value, 2), round(effort.low_effort.value, 3)
    (5.18, 0.682)
    """
    check_option("variant", variant, list(CES_VARIANTS))
    low, high = CES_VARIANTS[variant]
    s = scores(values, low=low, high=high, name="ces").dropna()
    easy = (s >= 5) if variant == "ces2" else (s <= 2)
    label = i18n.t(f"metrics.{variant}")
    return CES(mean_score(s, low=low, high=high, level=level, label=label),
               csat_from_counts(int(easy.sum()), len(s), level=level, label=label), variant)


@options(positional=("level",))
def compare_shares(a: Share, b: Share, *, level: float = 0.95) -> Comparison:
    """Share a − share b for independent samples, with a score test and interval.

    The score test of statsmodels (``test_proportions_2indep``, Miettinen & Nurminen 1985) and
    Newcombe's (1998) hybrid score interval (``confint_proportions_2indep``). ``se`` is the
    standard error the test divides by (pooled under "no difference", with Miettinen &
    Nurminen's N/(N − 1) factor), so ``z = diff / se``. When both groups give the same
    answer throughout (100% vs 100%, or 0% vs 0%) that se is 0 and nothing speaks for a
    difference: z = 0 and p = 1, as Fisher's exact test gives.

    Parameters
    ----------
    a, b : Share
        Results of :func:`csat`, :func:`csat_from_counts` or ``ces(…).low_effort``.
    level : float, default 0.95
        The interval level.

    Returns
    -------
    Comparison
        ``diff``, ``se``, ``z``, ``p_value``, ``ci_low``, ``ci_high``, ``level``, ``method``
        ("score"), ``centre``; ``.table`` has one row of them.

    References
    ----------
    Miettinen, O. & Nurminen, M. (1985). Comparative analysis of two rates. *Statistics in
    Medicine* 4(2), 213-226. Newcombe, R. G. (1998). Interval estimation for the difference
    between independent proportions. *Statistics in Medicine* 17(8), 873-890.

    Examples
    --------
    >>> from cxlab import metrics
    >>> c = metrics.compare_shares(metrics.csat_from_counts(80, 100), metrics.csat_from_counts(70, 100))
    >>> round(c.diff, 2), round(c.p_value, 3)
    (0.1, 0.103)
    """
    from statsmodels.stats.proportion import confint_proportions_2indep, test_proportions_2indep

    low, high = confint_proportions_2indep(a.count, a.n, b.count, b.n, method="newcomb",
                                           alpha=1 - level)
    diff = a.value - b.value
    if a.count + b.count in (0, a.n + b.n):
        se, z, p = 0.0, 0.0, 1.0
    else:
        test = test_proportions_2indep(a.count, a.n, b.count, b.n, method="score")
        se, z, p = float(np.sqrt(test.variance)), float(test.statistic), float(test.pvalue)
    return Comparison(diff, se, z, p, float(low), float(high), level, "score", diff)


# ----------------------------------------------------------------- over time, by segment

METRICS = ("nps", "csat", "ces2")
COLUMNS = {"nps": "recommend", "csat": "csat", "ces2": "ces"}
SHARES = {"csat": (1, 5, 4), "ces2": (1, 7, 5)}  # scale low, high, first box counted


def _tally(data: pd.DataFrame, metric: str, column: str) -> pd.DataFrame:
    """Per answer, 0/1 counts to be summed by group (a missing answer counts nowhere).

    NPS: promoter, passive, detractor. CSAT (top-2 of 1-5) and CES 2.0 (5-7 of 1-7): success,
    answered.
    """
    if metric == "nps":
        s = scores(data[column], low=0, high=10, name=column)
        return pd.DataFrame({"promoter": s >= 9, "passive": s.between(7, 8),
                             "detractor": s <= 6}).astype(np.int64)
    low, high, first = SHARES[metric]
    s = scores(data[column], low=low, high=high, name=column)
    return pd.DataFrame({"success": s >= first, "answered": s.notna()}).astype(np.int64)


def _estimate(counts: pd.Series, metric: str, level: float):
    """(n, value, ci_low, ci_high, result) from one group's summed tally; NaN when n = 0."""
    if metric == "nps":
        n = int(counts[["promoter", "passive", "detractor"]].sum())
        if n == 0:
            return 0, np.nan, np.nan, np.nan, None
        r = nps_from_counts(int(counts["promoter"]), int(counts["passive"]),
                            int(counts["detractor"]), level=level)
        return n, r.value, r.ci_low, r.ci_high, r
    n = int(counts["answered"])
    if n == 0:
        return 0, np.nan, np.nan, np.nan, None
    r = csat_from_counts(int(counts["success"]), n, level=level)
    return n, 100 * r.value, 100 * r.ci_low, 100 * r.ci_high, r


def _estimate_table(data: pd.DataFrame, *, metric: str, level: float) -> tuple:
    """(value, ci_low, ci_high, n) of a metric over a whole table, on the metric's own scale
    (NPS points, shares 0-1): the estimate :func:`by_period` and :func:`by_group` give per
    group, for :func:`cxlab.goals.evaluate`."""
    _, tally = _prepare(data, metric, None, [])
    n, _, _, _, result = _estimate(tally.sum(), metric, level)
    if result is None:
        raise EmptyGroupError(what=i18n.Text(zh="这一组", en="This group"))
    return result.value, result.ci_low, result.ci_high, n


def _prepare(data: pd.DataFrame, metric: str, column: str | None, needed: list[str]):
    from cxlab.validate import require_columns

    check_option("metric", metric, METRICS)
    column = column or COLUMNS[metric]
    require_columns(data, [column, *needed])
    for c in needed:  # a missing date or group would silently drop its answers
        reject(data[c], data[c].isna(), i18n.Text(zh="非空值", en="a value (not empty)"))
    return column, _tally(data, metric, column)


def _one_column(by):
    """The grouping column of a metrics table: a name, or a list holding one name."""
    if by is None or isinstance(by, str):
        return by
    names = list(by)
    if len(names) == 1:
        return names[0]
    raise OptionError(name="by", value=", ".join(map(str, names)),
                      valid=i18n.Text(zh="一个列名（多列请先合并成一列，如 渠道/地区）",
                                      en="one column name (combine several into one first, "
                                         "e.g. channel/region)"))


def _by_period_sums(data, metric, column, date, period, by):
    column, tally = _prepare(data, metric, column, [date, *([by] if by else [])])
    periods = pd.to_datetime(data[date]).dt.to_period(period).rename("period")
    keys = [periods] + ([data[by]] if by else [])
    sums = tally.groupby(keys, sort=True, observed=True).sum()
    span = pd.period_range(periods.min(), periods.max())
    full = pd.MultiIndex.from_product([span, sorted(data[by].unique())], names=["period", by]) \
        if by else pd.Index(span, name="period")
    return sums.reindex(full, fill_value=0), span


@options(positional=("metric", "column", "date", "period", "by", "level"))
def by_period(data: pd.DataFrame, *, metric: str = "nps", column: str | None = None,
              date: str = "date", period: str = "M", by: str | None = None,
              level: float = 0.95, baseline: str | None = None,
              correction: str | None = "holm") -> pd.DataFrame:
    """A tidy table of a metric per period (``"M"`` month, ``"Q"`` quarter) and group, with
    tests of change adjusted for the number of comparisons made.

    Every period from the first to the last date appears; a period (or group) without answers
    is a row with n = 0 and no estimate. NPS is in points; CSAT and CES 2.0 low-effort shares
    in percent.

    Parameters
    ----------
    data : DataFrame
        One row per answer with ``date``, the metric's column and ``by``.
    metric : {"nps", "csat", "ces2"}, default "nps"
        NPS in points; CSAT (top-2 of 1-5) and CES 2.0 (5-7 of 1-7) shares in percent.
    column : str, optional
        The answers' column; default ``recommend``, ``csat`` or ``ces``.
    date : str, default "date"
        The column of answer dates.
    period : {"M", "Q"}, default "M"
        Month or quarter.
    by : str, optional
        A grouping column (or a list holding one; several columns raise an OptionError: combine
        them into one first): one row per period and group, comparisons within each group.
    level : float, default 0.95
        The interval level; a change is real when its adjusted p < 1 − level.
    baseline : str, optional
        A period label ("2026-01", "2026Q1"): every period is compared with that one. By
        default each period is compared with the previous period that has answers.
    correction : {"holm", "bonferroni", "fdr_bh"} or None
        Multiple-testing adjustment over all comparisons in the table (Holm 1979 by default;
        with one comparison it changes nothing). ``None`` leaves the p-values raw.

    Returns
    -------
    DataFrame
        Indexed by ``period`` (text such as "2026-04" or "2026Q2"), or by (``by``, ``period``)
        with a group's periods together, with columns start (the period's first day), n,
        value, ci_low, ci_high, compared_with (the period compared against), change (value −
        that period's value), change_p (two-sided p of :func:`compare_nps` or
        :func:`compare_shares`), change_p_adjusted and ``real_change`` (change_p_adjusted
        < 1 − level). ``attrs`` records the correction and the baseline.

    A trend over the whole span is a single test and needs no correction: see :func:`trend`.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> table = metrics.by_period(survey, metric="nps", period="Q")
    >>> table[["n", "value", "ci_low", "ci_high"]].round(1).head(2)
              n  value  ci_low  ci_high
    period
    2025Q1  643    9.6     2.9     16.3
    2025Q2  636   14.2     7.3     20.8
    """
    from cxlab.validate import CORRECTIONS, adjust_p

    by = _one_column(by)
    check_option("correction", correction, (*CORRECTIONS, None))
    sums, span = _by_period_sums(data, metric, column, date, period, by)
    labels = [str(p) for p in span]
    if baseline is not None:
        check_option("baseline", str(baseline), labels)
    rows, results = [], []
    for key, counts in sums.iterrows():  # one row per period and group, not per respondent
        key = key if isinstance(key, tuple) else (key,)
        n, value, low, high, result = _estimate(counts, metric, level)
        rows.append({"period": str(key[0]), "start": key[0].to_timestamp(),
                     **({by: key[1]} if by else {}), "n": n, "value": value,
                     "ci_low": low, "ci_high": high})
        results.append(result)
    table = pd.DataFrame(rows)
    table["compared_with"] = None
    table["change"], table["change_p"] = np.nan, np.nan
    compare = compare_nps if metric == "nps" else compare_shares
    for _, part in (table.groupby(by, sort=False) if by else [(None, table)]):
        filled = part.index[part["n"] > 0]
        if baseline is None:
            pairs = list(zip(filled[1:], filled[:-1], strict=True))
        else:
            base = part.index[part["period"] == str(baseline)][0]
            pairs = [(k, base) for k in filled if k != base] if base in filled else []
        for k, j in pairs:
            test = compare(results[k], results[j], level=level)
            table.loc[k, ["compared_with", "change", "change_p"]] = \
                [table.loc[j, "period"], table.loc[k, "value"] - table.loc[j, "value"], test.p_value]
    table["change_p_adjusted"] = adjust_p(table["change_p"], correction=correction) if correction \
        else table["change_p"]
    table["real_change"] = table["change_p_adjusted"] < 1 - level
    if by:  # one group's periods together, in order
        table = table.sort_values(by, kind="stable")
    table = table.set_index([by, "period"] if by else "period")
    table.attrs.update(correction=correction, baseline=baseline)
    return table


@options(positional=("metric", "column", "date", "period", "by", "level"))
def trend(data: pd.DataFrame, *, metric: str = "nps", column: str | None = None,
          date: str = "date", period: str = "M", by: str | None = None,
          level: float = 0.95) -> pd.DataFrame:
    """One test for a steady rise or fall over all periods, instead of many period-to-period
    comparisons.

    Each answer is scored as its contribution to the metric (NPS: promoter 100, passive 0,
    detractor −100, whose mean is the NPS; shares: 100 when counted, else 0) and regressed by
    least squares on the period number (0, 1, … over the whole span, empty periods included).
    The slope is the change of the metric per period; its t test with N − 2 degrees of freedom
    is the linear trend test (for a share, the regression form of the Cochran–Armitage test,
    Armitage 1955; for NPS, the trend in the mean of the −100/0/100 scores).

    Parameters
    ----------
    data : DataFrame
        One row per answer, with ``date``, the metric's column and ``by``.
    metric : {"nps", "csat", "ces2"}, default "nps"
        As in :func:`by_period`.
    column : str, optional
        The answers' column; default ``recommend``, ``csat`` or ``ces``.
    date : str, default "date"
        The column of answer dates.
    period : {"M", "Q"}, default "M"
        Month or quarter.
    by : str, optional
        A grouping column (or a list holding one, as in :func:`by_period`): one trend per group.
    level : float, default 0.95
        Level of the slope's interval.

    Returns
    -------
    DataFrame
        Indexed by group (``by``; one row "all" without it): ``periods`` (periods with
        answers), ``n``, ``slope`` (points, or percentage points, per period), ``se``,
        ``ci_low``, ``ci_high``, ``t``, ``p_value``. With answers in fewer than two periods
        the slope is missing.

    References
    ----------
    Armitage, P. (1955). Tests for linear trends in proportions and frequencies. *Biometrics*
    11(3), 375-386. Agresti, A. (2013). *Categorical Data Analysis* (3rd ed.), section 3.4.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> out = metrics.trend(survey, metric="nps", period="Q").loc["all"]
    >>> out[["periods", "slope", "ci_low", "ci_high"]].round(2).tolist()
    [8.0, -2.17, -3.19, -1.16]
    """
    from scipy import stats

    by = _one_column(by)
    sums, span = _by_period_sums(data, metric, column, date, period, by)
    values = {"promoter": 100.0, "passive": 0.0, "detractor": -100.0} if metric == "nps" else \
        {"success": 100.0, "failure": 0.0}
    if metric != "nps":
        sums = sums.assign(failure=sums["answered"] - sums["success"])[["success", "failure"]]
    position = pd.Series(np.arange(len(span), dtype=float), index=span)
    long = sums[list(values)].stack().rename("w").reset_index()
    long["x"] = long["period"].map(position).astype(float)
    long["y"] = long.iloc[:, -3].map(values)  # the category level of the stacked index
    groups = long.groupby(by, sort=True) if by else [("all", long)]
    t_crit = 0.5 + level / 2
    rows = {}
    for key, g in groups:
        w, x, y = g["w"].to_numpy(float), g["x"].to_numpy(), g["y"].to_numpy()
        n = w.sum()
        xm, ym = (w * x).sum() / n, (w * y).sum() / n
        sxx, sxy, syy = ((w * (x - xm) ** 2).sum(), (w * (x - xm) * (y - ym)).sum(),
                         (w * (y - ym) ** 2).sum())
        used = int(g.loc[g["w"] > 0, "x"].nunique())
        if used < 2 or n < 3:
            rows[key] = {"periods": used, "n": int(n)}
            continue
        slope = sxy / sxx
        se = float(np.sqrt(max(syy - slope * sxy, 0.0) / (n - 2) / sxx))
        t = slope / se if se > 0 else 0.0
        half = stats.t.ppf(t_crit, n - 2) * se
        rows[key] = {"periods": used, "n": int(n), "slope": slope, "se": se,
                     "ci_low": slope - half, "ci_high": slope + half, "t": t,
                     "p_value": float(2 * stats.t.sf(abs(t), n - 2)) if se > 0 else 1.0}
    columns = ["periods", "n", "slope", "se", "ci_low", "ci_high", "t", "p_value"]
    return pd.DataFrame.from_dict(rows, orient="index", columns=columns).rename_axis(by or "group")


@options(positional=("metric", "by", "labels", "ax"))
def plot_trend(table: pd.DataFrame, *, metric: str = "nps", by: str | None = None, labels=None,
               ax=None) -> Axes:
    """Lines with confidence bands from :func:`by_period`; significant changes circled.

    Parameters
    ----------
    table : DataFrame
        A result of :func:`by_period`.
    metric : {"nps", "csat", "ces2"}, default "nps"
        The metric of the table (for the axis label).
    by : str, optional
        The grouping column the table was made with: one line per group.
    labels : dict, optional
        Group → display name.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
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

TICKET_PERCENTILES = (50, 80, 90)


def _km_percentiles(hours: np.ndarray, done: np.ndarray, points=TICKET_PERCENTILES) -> list[float]:
    """Kaplan-Meier percentiles of a time with right-censoring (statsmodels SurvfuncRight);
    missing when the curve has not yet fallen below 1 − p (not reached)."""
    from statsmodels.duration.survfunc import SurvfuncRight

    if len(hours) == 0:
        return [np.nan] * len(points)
    km = SurvfuncRight(hours, done.astype(int))
    return [float(km.quantile(q / 100)) for q in points]


@options(positional=("respond_within", "resolve_within", "by", "level"))
def tickets(log: pd.DataFrame, *, respond_within: str = "24h", resolve_within: str = "72h",
            by: list[str] | str | None = None, level: float = 0.95,
            as_of=None) -> pd.DataFrame:
    """Complaint-handling performance (7.2.5) from a ticket log with ``created``,
    ``first_response`` and ``resolved`` timestamps, as known at the time ``as_of``.

    A ticket not yet answered (resolved) at ``as_of`` is right-censored: its waiting time is
    known to be at least ``as_of − created``. Times are therefore Kaplan-Meier estimates
    (statsmodels ``SurvfuncRight``), not medians of the closed tickets only, which would
    leave out exactly the slow ones. A percentile is given once the Kaplan-Meier curve has
    fallen below 1 − p (the SAS and statsmodels rule); before that it is missing: not yet
    reached. The shares within a target count only tickets whose deadline
    (``created + respond_within`` or ``+ resolve_within``) has passed at ``as_of``: a ticket
    still open and not yet due has not missed anything yet, and a ticket past its deadline and
    still open has.

    Parameters
    ----------
    log : DataFrame
        One row per ticket with ``created``, ``first_response`` and ``resolved`` (empty while
        not yet happened) and the ``by`` columns.
    respond_within, resolve_within : str, default "24h" and "72h"
        The targets, as pandas time spans.
    by : str or list of str, optional
        Grouping column(s): one row per group.
    level : float, default 0.95
        Level of the Wilson intervals of the shares in time.
    as_of : timestamp or str, optional
        When the log was exported. Default: the latest time stamp in the log (recorded in
        ``attrs["as_of"]``); pass the export time to be exact. Stamps after ``as_of`` are
        treated as not yet happened; tickets created after it are refused.

    Returns
    -------
    DataFrame
        Indexed by group (``by``; one row "all" without it), with columns tickets, open (not
        resolved at as_of), response_p50_h (Kaplan-Meier median hours to first response),
        resolution_p50_h, resolution_p80_h, resolution_p90_h, answered_due (tickets whose
        response deadline has passed), answered_in_time with Wilson interval answered_low,
        answered_high; resolved_due, resolved_in_time, resolved_low, resolved_high.

    References
    ----------
    Kaplan, E. L. & Meier, P. (1958). Nonparametric estimation from incomplete observations.
    *Journal of the American Statistical Association* 53, 457-481.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> log = cxlab.load_dataset("cx_tickets")
    >>> out = metrics.tickets(log, by="channel", as_of="2027-01-10 08:00")
    >>> out[["tickets", "open", "resolution_p50_h"]].round(1)
                 tickets  open  resolution_p50_h
    channel
    app              614    21              48.7
    online_chat      852    20              33.9
    phone            694    23              38.6
    store            240    13              55.0
    """
    from cxlab.validate import require_columns

    require_columns(log, ["created", "first_response", "resolved"])
    times = {c: pd.to_datetime(log[c]) for c in ("created", "first_response", "resolved")}
    reject(log["created"], times["created"].isna(), i18n.Text(zh="创建时间", en="a creation time"))
    for c in ("first_response", "resolved"):
        reject(log[c], times[c] < times["created"],
               i18n.Text(zh="不早于 created 的时间", en="a time no earlier than created"))
    as_of = pd.Timestamp(as_of) if as_of is not None else \
        max((t.max() for t in times.values() if t.notna().any()), default=pd.NaT)
    reject(log["created"], times["created"] > as_of,
           i18n.Text(zh=f"不晚于 as_of（{as_of}）的时间", en=f"a time no later than as_of ({as_of})"))
    hours = {c: ((times[c].where(times[c] <= as_of) - times["created"]).dt.total_seconds()
                 / 3600) for c in ("first_response", "resolved")}
    waited = (as_of - times["created"]).dt.total_seconds() / 3600
    limit = {"first_response": pd.Timedelta(respond_within) / pd.Timedelta("1h"),
             "resolved": pd.Timedelta(resolve_within) / pd.Timedelta("1h")}
    keys = [by] if isinstance(by, str) else list(by or [])
    frame = pd.DataFrame({c: log[c] for c in keys})
    for c, short in (("first_response", "response"), ("resolved", "resolution")):
        frame[f"{short}_done"] = hours[c].notna()
        frame[f"{short}_h"] = hours[c].fillna(waited)  # censored at as_of
        frame[f"{short}_due"] = waited >= limit[c]
        frame[f"{short}_in_time"] = hours[c] <= limit[c]
    groups = frame.groupby(keys, sort=True) if keys else [((), frame)]
    rows = []
    for key, g in groups:  # one row per group, the Kaplan-Meier fit per group
        row = {**dict(zip(keys, key if isinstance(key, tuple) else (key,), strict=False)),
               "tickets": len(g), "open": int((~g["resolution_done"]).sum())}
        row["response_p50_h"] = _km_percentiles(g["response_h"].to_numpy(),
                                                g["response_done"].to_numpy(), (50,))[0]
        p50, p80, p90 = _km_percentiles(g["resolution_h"].to_numpy(), g["resolution_done"].to_numpy())
        row.update(resolution_p50_h=p50, resolution_p80_h=p80, resolution_p90_h=p90)
        for short, name in (("response", "answered"), ("resolution", "resolved")):
            due = g[f"{short}_due"].to_numpy()
            row[f"{name}_due"] = int(due.sum())
            if due.any():
                r = csat_from_counts(int(g[f"{short}_in_time"].to_numpy()[due].sum()), int(due.sum()),
                                     level=level)
                row.update({f"{name}_in_time": r.value, f"{name}_low": r.ci_low,
                            f"{name}_high": r.ci_high})
            else:
                row.update({f"{name}_in_time": np.nan, f"{name}_low": np.nan, f"{name}_high": np.nan})
        rows.append(row)
    columns = [*keys, "tickets", "open", "response_p50_h", "resolution_p50_h", "resolution_p80_h",
               "resolution_p90_h", *(f"{name}_{part}" for name in ("answered", "resolved")
                                     for part in ("due", "in_time", "low", "high"))]
    table = pd.DataFrame(rows, columns=columns)
    table = table.set_index(keys) if keys else table.set_axis(["all"])
    table.attrs["as_of"] = as_of
    return table


# ------------------------------------------------------------------- segments and drivers

@options(positional=("metric", "by", "column", "level"))
def by_group(data: pd.DataFrame, *, metric: str = "nps", by: str = "channel",
             column: str | None = None, level: float = 0.95) -> pd.DataFrame:
    """One row per group: the metric with its interval (as in :func:`by_period`).

    A group without answers (all missing, or an unused category) is a row with n = 0.

    Parameters
    ----------
    data : DataFrame
        One row per answer, with the metric's column and ``by``.
    metric : {"nps", "csat", "ces2"}, default "nps"
        NPS in points; CSAT (top-2 of 1-5) and CES 2.0 (5-7 of 1-7) shares in percent.
    by : str, default "channel"
        The grouping column (or a list holding one, as in :func:`by_period`).
    column : str, optional
        The answers' column; default ``recommend``, ``csat`` or ``ces``.
    level : float, default 0.95
        The interval level.

    Returns
    -------
    DataFrame
        Indexed by the groups of ``by``: ``n``, ``value``, ``ci_low``, ``ci_high``.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> metrics.by_group(survey, metric="csat", by="channel").round(1)
                n  value  ci_low  ci_high
    channel
    app      1049   63.8    60.8     66.6
    online   2132   61.4    59.4     63.5
    phone     815   63.6    60.2     66.8
    store    1345   64.1    61.5     66.6
    """
    by = _one_column(by)
    column, tally = _prepare(data, metric, column, [by])
    sums = tally.groupby(data[by], sort=True, observed=False).sum()
    rows = []
    for key, counts in sums.iterrows():
        n, value, low, high, _ = _estimate(counts, metric, level)
        rows.append({by: key, "n": n, "value": value, "ci_low": low, "ci_high": high})
    return pd.DataFrame(rows, columns=[by, "n", "value", "ci_low", "ci_high"]).set_index(by)


@options(positional=("metric", "by", "labels", "ax"))
def plot_groups(table: pd.DataFrame, *, metric: str = "nps", by: str | None = None, labels=None,
                ax=None) -> Axes:
    """Point estimates with confidence intervals per group, from :func:`by_group`.

    Parameters
    ----------
    table : DataFrame
        A result of :func:`by_group` (groups in the index).
    metric : {"nps", "csat", "ces2"}, default "nps"
        The metric of the table (for the axis label).
    by : str, optional
        A column of ``table`` that holds the groups instead of the index.
    labels : dict, optional
        Group → display name.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots(figsize=(7, 0.5 * len(table) + 1.5))[1]
    keys = table[by] if by is not None and by in table.columns else table.index
    names = [(labels or {}).get(k, k) for k in keys]
    y = np.arange(len(table))
    ax.errorbar(table["value"], y, xerr=[table["value"] - table["ci_low"], table["ci_high"] - table["value"]],
                fmt="o", capsize=4)
    ax.set_yticks(y, names)
    ax.set(xlabel=i18n.t(f"metrics.{metric}_axis"))
    return ax


SHAPLEY_MAX = 12  # 2^12 subset regressions; beyond that the exact decomposition is too slow


def _shapley_r2(corr: np.ndarray) -> np.ndarray:
    """Shapley decomposition of R² from a correlation matrix (outcome first, then p attributes):
    φ_j = Σ_S |S|!(p − |S| − 1)!/p! · [R²(S ∪ j) − R²(S)] over the subsets S without j, with
    R²(S) = r_S' R_SS⁻¹ r_S. The φ_j sum to the full R²."""
    p = corr.shape[0] - 1
    r, rxx = corr[0, 1:], corr[1:, 1:]
    masks = np.arange(2 ** p)
    members = (masks[:, None] >> np.arange(p)) & 1  # one row per subset
    r2 = np.zeros(2 ** p)
    for m in masks[1:]:  # one small regression per subset of attributes, not per respondent
        idx = np.flatnonzero(members[m])
        r2[m] = r[idx] @ np.linalg.solve(rxx[np.ix_(idx, idx)], r[idx])
    size = members.sum(axis=1)
    weight = np.array([math.factorial(k) * math.factorial(p - k - 1) / math.factorial(p)
                       for k in range(p)])
    phi = np.zeros(p)
    for j in range(p):
        without = masks[members[:, j] == 0]
        phi[j] = (weight[size[without]] * (r2[without | (1 << j)] - r2[without])).sum()
    return phi


@options(positional=("outcome", "attributes", "level"))
def drivers(data: pd.DataFrame, *, outcome: str = "recommend", attributes=None,
            level: float = 0.95) -> pd.DataFrame:
    """Which ratings move an outcome: correlations, a standardised OLS (statsmodels) and the
    relative importance of each rating.

    Observational data: association, not cause. Rows with a missing value in any of these
    columns are left out and counted in ``n``. At most 12 attributes (2¹² subset regressions).

    Parameters
    ----------
    data : DataFrame
        One row per answer with the outcome and the attribute ratings.
    outcome : str, default "recommend"
        The outcome column.
    attributes : list of str, optional
        The rating columns; default every column starting with ``rating_``.
    level : float, default 0.95
        Level of the betas' intervals.

    Returns
    -------
    DataFrame
        Indexed by ``attribute``, sorted by beta: ``correlation`` (Pearson, with the
        outcome), ``beta`` (standardised coefficient from one regression on all attributes,
        HC3 robust standard errors), ``ci_low``, ``ci_high``, ``p_value``, ``vif`` (variance
        inflation: above about 5, the attributes overlap too much to separate their effects),
        ``shapley`` (the attribute's share of R² in the Shapley decomposition, also called
        LMG or general dominance: its average gain in R² over every order of entering the
        attributes; the values sum to R², and unlike betas they stay positive and stable
        when attributes correlate), ``shapley_share`` (shapley / R²), ``n`` and
        ``r_squared``.

    References
    ----------
    Lindeman, R. H., Merenda, P. F. & Gold, R. Z. (1980). *Introduction to Bivariate and
    Multivariate Analysis*, pp. 119-127. Budescu, D. V. (1993). Dominance analysis.
    *Psychological Bulletin* 114(3), 542-551. Lipovetsky, S. & Conklin, M. (2001). Analysis of
    regression in game theory approach. *Applied Stochastic Models in Business and Industry*
    17, 319-330. Grömping, U. (2006). Relative importance for linear regression in R: the
    package relaimpo. *Journal of Statistical Software* 17(1).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import metrics
    >>> metrics.drivers(cxlab.load_dataset("cx_monthly"))[["beta", "shapley_share"]].round(2)
                     beta  shapley_share
    attribute
    rating_delivery  0.37           0.30
    rating_service   0.31           0.26
    rating_install   0.27           0.24
    rating_website   0.19           0.20
    """
    import statsmodels.api as sm
    from statsmodels.stats.outliers_influence import variance_inflation_factor

    from cxlab.validate import require_columns

    attributes = list(attributes or [c for c in data.columns if str(c).startswith("rating_")])
    require_columns(data, [outcome, *attributes])
    check_option("attributes", len(attributes), range(1, SHAPLEY_MAX + 1))
    frame = data[[outcome, *attributes]].apply(pd.to_numeric, errors="coerce").dropna()
    z = (frame - frame.mean()) / frame.std(ddof=1)
    x = sm.add_constant(z[attributes])
    fit = sm.OLS(z[outcome], x).fit(cov_type="HC3")
    ci = fit.conf_int(alpha=1 - level)
    vif = [variance_inflation_factor(x.to_numpy(), i) for i in range(1, x.shape[1])]
    shapley = _shapley_r2(frame.corr().to_numpy())
    return pd.DataFrame({
        "correlation": frame[attributes].corrwith(frame[outcome]),
        "beta": fit.params[attributes], "ci_low": ci.loc[attributes, 0],
        "ci_high": ci.loc[attributes, 1], "p_value": fit.pvalues[attributes], "vif": vif,
        "shapley": shapley, "shapley_share": shapley / fit.rsquared,
        "n": len(frame), "r_squared": fit.rsquared,
    }).rename_axis("attribute").sort_values("beta", ascending=False)


@options(positional=("language",))
def poll(*, language: str | None = None) -> pd.DataFrame:
    """The three-question NPS / CSAT / CES 2.0 poll for :class:`cxlab.widgets.QuestionnaireForm`.

    Answers land in the columns ``recommend``, ``csat`` and ``ces`` that :func:`by_period` reads.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per question: ``question_id``, ``question``, ``low``, ``high``.

    Examples
    --------
    >>> from cxlab import metrics
    >>> metrics.poll(language="en")["question_id"].tolist()
    ['recommend', 'csat', 'ces']
    """
    rows = [("recommend", 0, 10), ("csat", 1, 5), ("ces", 1, 7)]
    return pd.DataFrame([{"question_id": q, "question": i18n.t(f"poll.{q}", language), "low": lo,
                          "high": hi} for q, lo, hi in rows])
