"""Customer-experience objectives (GB/T 42509 6.1.3-6.1.5): a goal model, a checker that names
what is wrong, sample sizes, decomposition checks, and tracking with uncertainty.

Kinds of objective follow 6.1.4; the checker follows the considerations of 6.1.3 (measurable,
decomposed across functions, levels and processes, consistent with strategy) and the planning
items of 6.1.5 (activities, priority, resources, responsibilities, methods). Sample sizes use
statsmodels (Cohen's h with a two-sample normal power calculation) or, against a fixed
baseline, the one-sample normal formula (Lachin 1981). A goal measured on a sample (survey
shares and scores) is tracked with :mod:`cxlab.metrics` intervals, so "87.5% ± 4 against 88%"
is inconclusive, not missed; a goal over every case (every ticket) is judged on the count.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from cxlab import i18n, metrics
from cxlab.deprecation import options
from cxlab.deprecation import warn as _deprecated
from cxlab.errors import DataError, OptionError
from cxlab.i18n import Text
from cxlab.results import ScalarResult
from cxlab.validate import check_option

if TYPE_CHECKING:
    from matplotlib.axes import Axes

KINDS = {
    "needs_met": Text("顾客体验需求和期望的满足程度", "Degree to which needs and expectations are met"),
    "target_attainment": Text("顾客体验目标的实现程度", "Degree to which CX targets are reached"),
    "problem_resolution": Text("顾客体验问题的解决程度", "Degree to which CX problems are resolved"),
    "improvement": Text("顾客体验改善或提升程度", "Degree of CX improvement"),
    "measurement_validity": Text("顾客体验测量指标的有效性", "Validity of CX measures"),
    "plan_execution": Text("顾客体验策划是否得到有效实施", "Whether CX plans are carried out"),
    "risk_response": Text("应对风险和机遇措施的有效性", "Effectiveness of actions on risks and opportunities"),
}
# Example targets per kind, after the training guide's table for 6.1.4 (in our own words).
EXAMPLES = {
    "needs_met": Text("至少 85% 的受访顾客表示需求和期望得到满足", "At least 85% of surveyed customers say their needs were met"),
    "target_attainment": Text("本季度顾客满意度提升 10%", "Raise customer satisfaction by 10% this quarter"),
    "problem_resolution": Text("所有报告的问题 24 小时内回应、72 小时内给出解决方案", "Every reported problem answered within 24 h and a solution offered within 72 h"),
    "improvement": Text("回头率比去年同期提高 5%", "Repeat-purchase rate 5% above the same period last year"),
    "measurement_validity": Text("满意度问卷有效回收率达到 70% 以上", "Valid response rate of the satisfaction survey above 70%"),
    "plan_execution": Text("本季度三项改进措施按计划实施，三个月内满意度明显提升", "This quarter's three improvement measures run to plan and lift satisfaction within three months"),
    "risk_response": Text("遇到市场突发事件时，满意度下降不超过 5%", "In a sudden market event, satisfaction falls by no more than 5%"),
}

# metric: (data columns needed, unit, range)
METRICS = {
    "csat": (["csat"], "share", (0.0, 1.0)),
    "nps": (["recommend"], "points", (-100.0, 100.0)),
    "ces2_low_effort": (["ces"], "share", (0.0, 1.0)),
    "answered_24h": (["created", "first_response"], "share", (0.0, 1.0)),
    "resolved_72h": (["created", "resolved"], "share", (0.0, 1.0)),
}
DIRECTIONS = ("at_least", "at_most")
# A survey metric is estimated from a sample; a ticket metric counts every case (a census).
BASIS = {"csat": "sample", "nps": "sample", "ces2_low_effort": "sample",
         "answered_24h": "census", "resolved_72h": "census"}
PERIODS = ("M", "Q", "Y")


class GoalNotMeasurableError(DataError):
    """:func:`evaluate` was asked about a goal without a metric or a target."""

    key = "error.goal_unmeasurable"


class GoalCycleError(DataError):
    """A goal tree whose parent links go round in a circle (a → b → a)."""

    key = "error.goal_cycle"


class DuplicateGoalError(DataError):
    """Two goals of one list share an id, so parents and table rows cannot tell them apart."""

    key = "error.goal_duplicate"


def _keys(goals: list) -> list[str]:
    """The row key of each goal in a table: its id, or its statement when it has none; two
    goals with one key stop with :class:`DuplicateGoalError` (never a silent merge)."""
    keys = [g.id or str(g.statement) for g in goals]
    repeated = pd.Series(keys).value_counts()
    repeated = repeated[repeated > 1]
    if len(repeated):
        raise DuplicateGoalError(id=repeated.index[0], count=int(repeated.iloc[0]))
    return keys


# Texts a reader sees; each may be given as {"zh": ..., "en": ...} (or i18n.Text).
_TEXT_FIELDS = ("statement", "owner", "scope", "strategy", "resources", "method")


@dataclass(frozen=True)
class Goal:
    """One CX objective. ``kind`` is a 6.1.4 code (see :data:`KINDS`); ``metric`` one of
    :data:`METRICS` (shares are 0-1, NPS in points); ``target``/``baseline`` on that scale.

    Text fields (``statement``, ``owner``, ``scope``, ``strategy``, ``resources``, ``method``)
    may be zh/en pairs (``{"zh": ..., "en": ...}`` or :class:`cxlab.i18n.Text`); the goal keeps
    the text of the language active when it is made. ``owner`` None or blank means no owner yet. ``basis`` says how the goal is judged:
    ``"sample"`` (a survey share or score, estimated from the customers who answered: judged
    on its interval) or ``"census"`` (every complaint, ticket or order is counted: judged on
    the count); by default it follows the metric (:data:`BASIS`). ``period`` ("M", "Q", "Y")
    is the tracking period: :func:`track` reports per period and :func:`check` asks whether
    ``per_period`` answers (or the answers per period in the data) are enough.
    """

    statement: str
    kind: str
    metric: str | None = None
    target: float | None = None
    direction: str = "at_least"
    baseline: float | None = None
    deadline: str | None = None
    owner: str | None = ""
    id: str = ""
    parent: str | None = None
    scope: str = ""
    strategy: str = ""
    priority: int | None = None
    resources: str = ""
    method: str = ""
    per_period: int | None = None
    basis: str | None = None
    period: str = "Q"
    element: str = ""

    def __post_init__(self):
        for name in _TEXT_FIELDS:  # a zh/en pair is shown in the language active now
            value = getattr(self, name)
            if isinstance(value, Mapping):
                object.__setattr__(self, name, i18n.render(value))
        check_option("kind", self.kind, list(KINDS))
        check_option("direction", self.direction, DIRECTIONS)
        check_option("period", self.period, PERIODS)
        if self.metric is not None:
            check_option("metric", self.metric, list(METRICS))
        if self.basis is not None:
            check_option("basis", self.basis, ("sample", "census"))

    @property
    def judged_on(self) -> str | None:
        """"sample" or "census": ``basis`` if given, else the metric's (:data:`BASIS`)."""
        return self.basis or BASIS.get(self.metric)

    @property
    def kind_name(self) -> str:
        """The 6.1.4 kind in the active language."""
        return str(KINDS[self.kind])

    @property
    def extra(self) -> dict:
        """Deprecated: ``{"element": goal.element}``; use :attr:`element`."""
        _deprecated('Goal.extra["element"]', "Goal.element")
        return {"element": self.element}


@dataclass(frozen=True)
class Finding:
    """One problem with a goal: a stable ``code`` and a message in the active language."""

    code: str
    message: str


SIZE_DESIGNS = ("two_sample", "one_sample")
ALTERNATIVES = ("two-sided", "one-sided")


@options(positional=("power", "alpha"))
def sample_size_for_change(baseline: float, target: float, *, power: float = 0.8,
                           alpha: float = 0.05, alternative: str = "two-sided",
                           design: str = "two_sample") -> int:
    """Respondents needed to detect a share moving from ``baseline`` to ``target``.

    Two different questions, chosen with ``design``:

    - ``"two_sample"`` (default): two periods are compared, each with its own sample (the
      baseline is itself an estimate); the answer is the number needed **per period**.
      statsmodels ``NormalIndPower`` on Cohen's h (``proportion_effectsize``). 80% → 85%:
      903 two-sided, 711 one-sided.
    - ``"one_sample"``: one period's share is tested against a fixed, known baseline value
      (a long-run figure, a contractual level): n = [z₁₋α·√(p₀q₀) + z_power·√(p₁q₁)]² /
      (p₁ − p₀)² (Lachin 1981, eq. 3.3; α halved when two-sided). 80% → 85%: 471
      two-sided, 368 one-sided.

    ``alternative="one-sided"`` tests only in the direction from baseline to target.
    Neither answers whether an interval will clear the target (what :func:`evaluate` asks):
    with the true share exactly at the target that happens half the time at best.

    Parameters
    ----------
    baseline, target : float
        Shares strictly between 0 and 1, different.
    power : float, default 0.8
        The chance of detecting the change.
    alpha : float, default 0.05
        The significance threshold of the test.
    alternative : {"two-sided", "one-sided"}, default "two-sided"
        The test's alternative.
    design : {"two_sample", "one_sample"}, default "two_sample"
        See above.

    Returns
    -------
    int
        Respondents (per period for ``"two_sample"``).

    References
    ----------
    Cohen, J. (1988). *Statistical Power Analysis for the Behavioral Sciences* (2nd ed.), ch. 6.
    Lachin, J. M. (1981). Introduction to sample size determination and power analysis for
    clinical trials. *Controlled Clinical Trials* 2, 93-113.

    Examples
    --------
    >>> from cxlab import goals
    >>> goals.sample_size_for_change(0.80, 0.85), goals.sample_size_for_change(0.80, 0.85, design="one_sample")
    (903, 471)
    """
    from scipy.stats import norm

    check_option("alternative", alternative, ALTERNATIVES)
    check_option("design", design, SIZE_DESIGNS)
    for name, value in (("baseline", baseline), ("target", target)):
        if not 0 < value < 1:
            raise OptionError(name=name, value=value,
                              valid=i18n.Text(zh="0 到 1 之间（不含端点）的比例",
                                              en="a share strictly between 0 and 1"))
    if baseline == target:
        raise OptionError(name="target", value=target,
                          valid=i18n.Text(zh="与基线不同的值", en="a value different from the baseline"))
    if design == "two_sample":
        from statsmodels.stats.power import NormalIndPower
        from statsmodels.stats.proportion import proportion_effectsize

        h = abs(proportion_effectsize(target, baseline))
        n = NormalIndPower().solve_power(
            effect_size=h, power=power, alpha=alpha, ratio=1.0,
            alternative="two-sided" if alternative == "two-sided" else "larger")
    else:
        z_alpha = norm.ppf(1 - alpha / (2 if alternative == "two-sided" else 1))
        spread = z_alpha * math.sqrt(baseline * (1 - baseline)) + \
            norm.ppf(power) * math.sqrt(target * (1 - target))
        n = (spread / (target - baseline)) ** 2
    return math.ceil(n)


def _fmt(goal: Goal, value: float) -> str:
    return f"{value:.0%}" if METRICS[goal.metric][1] == "share" else f"{value:g}"


@options(positional=("parent", "today", "new"))
def check(goal: Goal, data: pd.DataFrame | None = None, *, parent: Goal | None = None,
          today: dt.date | None = None, new: bool = True) -> list[Finding]:
    """Specific findings about a goal (empty list: nothing to fix).

    Codes: not_specific, no_metric, no_target, no_baseline, no_deadline, deadline_past (only
    for a ``new`` goal), no_owner (also for ``owner=None``), not_measurable, unreachable,
    wrong_direction, underpowered, conflicts_parent.

    ``underpowered`` applies to sample goals on a share: it compares the answers per tracking
    period (``goal.per_period``, or the median count per ``goal.period`` in ``data``'s ``date``
    column) with :func:`sample_size_for_change` for two periods compared, two-sided, and the
    message names the period. A census goal counts every case and has no sampling error.

    Parameters
    ----------
    goal : Goal
        The goal to check.
    data : DataFrame, optional
        The data it will be measured on (columns and answers per period).
    parent : Goal, optional
        The goal it contributes to (weaker target, later deadline).
    today : datetime.date, optional
        Default: today.
    new : bool, default True
        A goal being set (a past deadline is a finding) rather than one under review.

    Returns
    -------
    list of Finding
        ``code`` and ``message`` (in the active language) per finding.

    Examples
    --------
    >>> import datetime as dt
    >>> from cxlab import goals
    >>> wish = goals.Goal("Improve delivery", "improvement")
    >>> [f.code for f in goals.check(wish, today=dt.date(2026, 1, 5))]
    ['not_specific', 'no_metric', 'no_target', 'no_baseline', 'no_deadline', 'no_owner']
    """
    today = today or dt.date.today()
    out: list[Finding] = []

    def add(code, **params):
        out.append(Finding(code, i18n.t(f"goal.{code}", **params)))

    if not any(ch.isdigit() for ch in goal.statement):
        add("not_specific")
    if goal.metric is None:
        add("no_metric")
    if goal.target is None:
        add("no_target")
    if goal.baseline is None:
        add("no_baseline")
    if not goal.deadline:
        add("no_deadline")
    elif new and pd.Timestamp(goal.deadline).date() < today:
        add("deadline_past", deadline=goal.deadline)
    if not (goal.owner or "").strip():
        add("no_owner")
    if goal.metric is None:
        return out
    columns, unit, (low, high) = METRICS[goal.metric]
    if data is not None and (missing := [c for c in columns if c not in data.columns]):
        add("not_measurable", missing=", ".join(missing))
    if goal.target is not None and not low <= goal.target <= high:
        add("unreachable", target=goal.target, low=low, high=high)
    if goal.target is not None and goal.baseline is not None:
        better = goal.target > goal.baseline if goal.direction == "at_least" else \
            goal.target < goal.baseline
        if not better:
            add("wrong_direction", target=_fmt(goal, goal.target), baseline=_fmt(goal, goal.baseline),
                direction=i18n.t(f"goal.direction.{goal.direction}"))
        elif unit == "share" and goal.judged_on == "sample" and 0 < goal.baseline < 1 \
                and 0 < goal.target < 1:
            have = goal.per_period or _answers_per_period(data, goal.period)
            need = sample_size_for_change(goal.baseline, goal.target)
            if have is not None and have < need:
                add("underpowered", baseline=_fmt(goal, goal.baseline),
                    target=_fmt(goal, goal.target), need=need, have=have,
                    period=i18n.t(f"goal.period.{goal.period}"))
    if parent is not None:
        out += _parent_conflicts(goal, parent)
    return out


def _answers_per_period(data: pd.DataFrame | None, period: str) -> int | None:
    if data is None or "date" not in data.columns:
        return None
    return int(pd.to_datetime(data["date"]).dt.to_period(period).value_counts().median())


def _parent_conflicts(goal: Goal, parent: Goal) -> list[Finding]:
    why = []
    if goal.metric == parent.metric and None not in (goal.target, parent.target):
        weaker = goal.target < parent.target if parent.direction == "at_least" else \
            goal.target > parent.target
        if weaker:
            why.append(i18n.t("goal.weaker"))
    if goal.deadline and parent.deadline and \
            pd.Timestamp(goal.deadline) > pd.Timestamp(parent.deadline):
        why.append(i18n.t("goal.later"))
    sep = "；" if i18n.get_language() == "zh" else "; "
    return [Finding("conflicts_parent", i18n.t("goal.conflicts_parent", parent=parent.statement,
                                               why=sep.join(why)))] if why else []


# -------------------------------------------------------------------------------- tracking

@dataclass(frozen=True)
class Evaluation(ScalarResult):
    """Where a goal stands: status met / not_met / inconclusive, with the estimate's interval
    (missing for a census goal, which has no sampling error) and the basis it was judged on."""

    status: str
    estimate: float
    ci_low: float
    ci_high: float
    n: int
    target: float
    basis: str = "sample"

    @property
    def label(self) -> str:
        """The status in the active language."""
        return i18n.t(f"goal.status.{self.status}")


_SURVEY_METRICS = {"nps": "nps", "csat": "csat", "ces2_low_effort": "ces2"}  # goal → metrics name


def _measure(goal: Goal, data: pd.DataFrame, level: float, as_of):
    """(estimate, ci_low, ci_high, n) of the goal's metric (a key of :data:`METRICS`)."""
    if goal.metric in ("answered_24h", "resolved_72h"):
        table = metrics.tickets(data, level=level, as_of=as_of).loc["all"]
        key = "answered" if goal.metric == "answered_24h" else "resolved"
        return (table[f"{key}_in_time"], table[f"{key}_low"], table[f"{key}_high"],
                int(table[f"{key}_due"]))
    # survey metrics: the estimate metrics.by_period and metrics.by_group give per group
    return metrics._estimate_table(data, metric=_SURVEY_METRICS[goal.metric], level=level)


@options(positional=("level",))
def evaluate(goal: Goal, data: pd.DataFrame, *, level: float = 0.95, as_of=None) -> Evaluation:
    """Judge a goal on data, by its basis (:attr:`Goal.judged_on`).

    - Sample goal (survey shares, NPS): met when the whole interval is on the target's side,
      not met when the whole interval misses it, otherwise inconclusive. A target at the end of
      the scale (100%, 0, NPS 100) can therefore never be "met" on a sample: CSAT 100% from one
      answer has the interval 0.21-1, and only "inconclusive" or "not met" can be said.
    - Census goal (every ticket): the count is the result; met or not met on the estimate
      itself, with no interval. For tickets only those past their deadline at ``as_of`` count
      (see :func:`cxlab.metrics.tickets`); none past it gives "inconclusive".

    The estimate of a survey metric is the one :func:`cxlab.metrics.by_period` and
    :func:`cxlab.metrics.by_group` give (NPS adjusted Wald, shares Wilson).

    Parameters
    ----------
    goal : Goal
        A goal with a ``metric`` and a ``target``.
    data : DataFrame
        The answers (``recommend``, ``csat``, ``ces``) or the ticket log.
    level : float, default 0.95
        The interval level.
    as_of : timestamp or str, optional
        For ticket metrics: when the log was exported.

    Returns
    -------
    Evaluation
        ``status`` (met, not_met, inconclusive), ``estimate``, ``ci_low``, ``ci_high`` (NaN for
        a census goal), ``n``, ``target``, ``basis``; ``label`` is the status in the active
        language and ``.table`` one row of it all.

    Raises
    ------
    GoalNotMeasurableError
        The goal has no metric or no target (named in the message).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import goals
    >>> goal = goals.Goal("CSAT at least 60%", "needs_met", "csat", target=0.60)
    >>> e = goals.evaluate(goal, cxlab.load_dataset("cx_monthly"))
    >>> e.status, round(e.estimate, 3), round(e.ci_low, 3), e.n
    ('met', 0.629, 0.616, 5341)
    """
    if goal.metric is None or goal.target is None:
        missing = i18n.Text(zh="测量指标", en="metric") if goal.metric is None else \
            i18n.Text(zh="数值目标", en="target")
        raise GoalNotMeasurableError(goal=goal.id or goal.statement, missing=missing)
    estimate, low, high, n = _measure(goal, data, level, as_of)
    basis = goal.judged_on
    if basis == "census":
        low = high = float("nan")
        low_side = high_side = estimate
    else:
        low_side, high_side = low, high
    if goal.direction == "at_least":
        met, missed = low_side >= goal.target, high_side < goal.target
    else:
        met, missed = high_side <= goal.target, low_side > goal.target
    status = "met" if met else "not_met" if missed else "inconclusive"
    return Evaluation(status, float(estimate), float(low), float(high), int(n), goal.target, basis)


@options(positional=("date", "period", "level"))
def track(goal: Goal, data: pd.DataFrame, *, date: str = "date", period: str | None = None,
          level: float = 0.95, as_of=None) -> pd.DataFrame:
    """:func:`evaluate` per period.

    Parameters
    ----------
    goal : Goal
        A goal with a ``metric`` and a ``target``.
    data : DataFrame
        The answers or the ticket log.
    date : str, default "date"
        The column of dates.
    period : {"M", "Q", "Y"}, optional
        Default: the goal's tracking ``period``.
    level : float, default 0.95
        The interval level.
    as_of : timestamp or str, optional
        Passed on for ticket metrics (see :func:`cxlab.metrics.tickets`).

    Returns
    -------
    DataFrame
        Indexed by ``period`` (text such as "2026Q3"), with columns ``n``, ``estimate``,
        ``ci_low``, ``ci_high``, ``target``, ``status``, ``status_label``, ``basis``.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import goals
    >>> survey = cxlab.load_dataset("cx_monthly")
    >>> goal = goals.Goal("CSAT at least 60%", "needs_met", "csat", target=0.60)
    >>> goals.track(goal, survey[survey["date"] >= "2026-01-01"])[["n", "status"]]
              n        status
    period
    2026Q1  684           met
    2026Q2  648  inconclusive
    2026Q3  680  inconclusive
    2026Q4  707  inconclusive
    """
    period = period or goal.period
    periods = pd.to_datetime(data[date]).dt.to_period(period)
    rows = []
    for key, part in data.groupby(periods, sort=True):
        e = evaluate(goal, part, level=level, as_of=as_of)
        rows.append({"period": str(key), "n": e.n, "estimate": e.estimate, "ci_low": e.ci_low,
                     "ci_high": e.ci_high, "target": goal.target, "status": e.status,
                     "status_label": e.label, "basis": e.basis})
    return pd.DataFrame(rows, columns=["period", "n", "estimate", "ci_low", "ci_high", "target",
                                       "status", "status_label", "basis"]).set_index("period")


@options(positional=("level",))
def dashboard(goals: list[Goal], data: dict[str, pd.DataFrame], *, level: float = 0.95,
              as_of=None) -> pd.DataFrame:
    """Where every goal stands: one row per goal (see :func:`evaluate`).

    Goals without a metric or target, or without data, are listed with status
    "not_measurable" so that nothing disappears from the review.

    Parameters
    ----------
    goals : list of Goal
        The goals.
    data : dict
        A metric (or "default") → the table it is measured on, e.g.
        ``{"default": survey, "answered_24h": tickets}``.
    level : float, default 0.95
        The interval level.
    as_of : timestamp or str, optional
        For ticket metrics: when the log was exported.

    Returns
    -------
    DataFrame
        Indexed by the goal's ``id``, with columns ``goal``, ``owner``, ``metric``, ``basis``,
        ``target``, ``estimate``, ``ci_low``, ``ci_high``, ``n``, ``status``, ``status_label``.
    """
    rows = []
    for key, g in zip(_keys(goals), goals, strict=True):
        table = data.get(g.metric, data.get("default")) if g.metric else None
        if g.metric is None or g.target is None or table is None:
            rows.append({"id": key, "goal": g.statement, "owner": g.owner, "metric": g.metric,
                         "status": "not_measurable", "status_label": i18n.t("goal.not_measurable_short")})
            continue
        e = evaluate(g, table, level=level, as_of=as_of)
        rows.append({"id": key, "goal": g.statement, "owner": g.owner, "metric": g.metric,
                     "basis": e.basis, "target": g.target, "estimate": e.estimate,
                     "ci_low": e.ci_low, "ci_high": e.ci_high, "n": e.n, "status": e.status,
                     "status_label": e.label})
    return pd.DataFrame(rows, columns=["id", "goal", "owner", "metric", "basis", "target", "estimate",
                                       "ci_low", "ci_high", "n", "status", "status_label"]).set_index("id")


@options(positional=("ax",))
def plot_tracking(table: pd.DataFrame, goal: Goal, *, ax=None) -> Axes:
    """Estimates with intervals per period against the target line, coloured by status.

    Parameters
    ----------
    table : DataFrame
        A result of :func:`track`.
    goal : Goal
        The goal tracked (its target and statement).
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    colours = {"met": "#3a9d5d", "not_met": "#c23b3b", "inconclusive": "#d9b44a"}
    ax = ax or plt.subplots(figsize=(8, 4))[1]
    x = range(len(table))
    for k, row in table.fillna({"ci_low": table["estimate"], "ci_high": table["estimate"]}).iterrows():
        ax.errorbar([k], [row["estimate"]], yerr=[[row["estimate"] - row["ci_low"]],
                    [row["ci_high"] - row["estimate"]]], fmt="o", color=colours[row["status"]],
                    capsize=4, label=row["status_label"])
    ax.axhline(goal.target, color="0.3", ls="--", lw=1)
    ax.set_xticks(list(x), table.index)
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), frameon=False)
    ax.set_title(goal.statement)
    return ax


# -------------------------------------------------------------------- decomposition, plan

def decomposition(goals: list[Goal]) -> pd.DataFrame:
    """Roll-up checks over a goal tree: one row per goal with its depth, parent and findings.

    Parameters
    ----------
    goals : list of Goal
        The goals, linked by ``id`` and ``parent``.

    Returns
    -------
    DataFrame
        Indexed by the goal's ``id``, with columns ``depth`` (0 for a top goal), ``parent``,
        ``scope``, ``statement``, ``owner``, ``children`` and ``findings`` (unknown parent, a top goal with
        no children, conflicts with the parent; in the active language).

    Raises
    ------
    GoalCycleError
        The parent links go round in a circle (a → b → a); the message names the goals.

    Examples
    --------
    >>> from cxlab import goals
    >>> tree = [goals.Goal("NPS at least 10", "target_attainment", "nps", target=10, id="top"),
    ...         goals.Goal("Online NPS at least 12", "target_attainment", "nps", target=12,
    ...                    id="online", parent="top")]
    >>> goals.decomposition(tree)[["depth", "parent", "children"]]
            depth parent  children
    id
    top         0               1
    online      1    top         0
    """
    by_id = {g.id: g for g in goals if g.id}
    rows = []
    for key, g in zip(_keys(goals), goals, strict=True):
        depth, node, issues, path = 0, g, [], [g.id]
        while node.parent:
            if node.parent not in by_id:
                issues.append(i18n.t("goal.unknown_parent", parent=node.parent))
                break
            if node.parent in path:
                cycle = [*path[path.index(node.parent):], node.parent]
                raise GoalCycleError(cycle=" → ".join(map(str, cycle)))
            node, depth = by_id[node.parent], depth + 1
            path.append(node.id)
        parent = by_id.get(g.parent) if g.parent else None
        if parent is not None:
            issues += [f.message for f in _parent_conflicts(g, parent)]
        children = [c for c in goals if g.id and c.parent == g.id]
        if g.parent is None and not children and len(goals) > 1:
            issues.append(i18n.t("goal.no_children"))
        rows.append({"id": key, "depth": depth, "parent": g.parent or "", "scope": g.scope,
                     "statement": g.statement, "owner": g.owner, "children": len(children),
                     "findings": "; ".join(issues)})
    return pd.DataFrame(rows, columns=["id", "depth", "parent", "scope", "statement", "owner",
                                       "children", "findings"]).set_index("id")


def tree_markdown(goals: list[Goal]) -> str:
    """The goal tree as an indented Markdown list: scope, statement, owner.

    Parameters
    ----------
    goals : list of Goal
        The goals, linked by ``id`` and ``parent``.

    Returns
    -------
    str

    Examples
    --------
    >>> from cxlab import goals
    >>> print(goals.tree_markdown([goals.Goal("NPS 10", "target_attainment", "nps", target=10,
    ...                                       id="top", scope="Company", owner="CEO")]))
    - **Company**: NPS 10 (CEO)
    """
    table = decomposition(goals)
    return "\n".join(f"{'  ' * r.depth}- **{r.scope}**: {r.statement} ({r.owner or '—'})"
                     for r in _tree_order(table).itertuples())


def _tree_order(table: pd.DataFrame) -> pd.DataFrame:
    order = []

    def visit(node):
        order.append(node)
        for child in table.index[table["parent"] == node]:
            visit(child)

    for root in table.index[~table["parent"].isin(table.index)]:  # top goals, and orphans
        visit(root)
    return table.loc[order]


@options(positional=("risks",))
def plan_table(goals: list[Goal], *, risks: dict[str, str] | None = None) -> pd.DataFrame:
    """The 6.1.5 plan: per goal the activities, priority, resources, responsibility and deadline.

    Parameters
    ----------
    goals : list of Goal
        The goals.
    risks : dict, optional
        Goal id → a linked risk (text or zh/en pair).

    Returns
    -------
    DataFrame
        Indexed by the goal's ``id``, in order of ``priority``, with columns ``goal``,
        ``kind``, ``activities`` (``method``), ``priority``, ``resources``, ``owner``,
        ``deadline``, ``risk``.
    """
    rows = [{"id": key, "goal": g.statement, "kind": g.kind_name, "activities": g.method,
             "priority": g.priority, "resources": g.resources, "owner": g.owner,
             "deadline": g.deadline, "risk": i18n.render((risks or {}).get(g.id, ""))}
            for key, g in zip(_keys(goals), goals, strict=True)]
    table = pd.DataFrame(rows, columns=["id", "goal", "kind", "activities", "priority", "resources",
                                        "owner", "deadline", "risk"]).set_index("id")
    return table.sort_values("priority", kind="stable", na_position="last")


def with_changes(goal: Goal, **changes) -> Goal:
    """A copy of ``goal`` with some fields changed (goals are immutable).

    Parameters
    ----------
    goal : Goal
        The goal.
    **changes
        Field → new value.

    Returns
    -------
    Goal
    """
    return replace(goal, **changes)


def plan_examples(*, today: dt.date) -> list[Goal]:
    """The training guide's five goal → plan examples, one per planning element of 6.1.5.

    Activities, priority, resources, responsibilities, methods, as :class:`Goal` objects in the
    active language. The guide's figures are kept; ``metric`` and ``baseline`` are left empty
    because the guide gives neither; a time frame ("within a year") becomes a deadline counted
    from ``today``. ``method`` holds the guide's plan, ``element`` the element.

    Parameters
    ----------
    today : datetime.date
        The date deadlines are counted from.

    Returns
    -------
    list of Goal

    References
    ----------
    Training guide to GB/T 42509-2023 (../shared/seeds/003), table of CX goal and planning
    examples under 6.1.5 (the guide's numbering); cxlab/data/planning.yaml.

    Examples
    --------
    >>> import datetime as dt
    >>> from cxlab import goals
    >>> len(goals.plan_examples(today=dt.date(2026, 1, 5)))
    5
    """
    from cxlab import content

    lang = i18n.get_language()
    out = []
    for ex in content.load("planning")["plan_examples"]:
        months = ex["within_months"]
        deadline = None if months is None else \
            (pd.Timestamp(today) + pd.DateOffset(months=months)).date().isoformat()
        out.append(Goal(ex[f"goal_{lang}"], ex["kind"], None, target=ex["target"],
                        direction=ex["direction"], deadline=deadline, owner=ex[f"owner_{lang}"],
                        id=ex["element"], method=ex[f"plan_{lang}"], per_period=ex["per_period"],
                        period=ex["period"], element=ex[f"element_{lang}"]))
    return out


def resource_types(*, language: str | None = None) -> pd.DataFrame:
    """The resource types the training guide lists under 6.2 资源配置.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    DataFrame
        Indexed by ``key``: ``type`` and ``covers`` in ``language`` (guide: "including but
        not limited to").
    """
    from cxlab import content

    rows = [content.localised(r, language, name="type") for r in content.load("planning")["resource_types"]]
    return pd.DataFrame(rows).set_index("key")[["type", "covers"]]


def cx_roles(*, language: str | None = None) -> pd.DataFrame:
    """The roles of a dedicated CX team that the training guide describes under 6.3.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    DataFrame
        One row per role: ``group``, ``role`` and ``duty`` in ``language``.
    """
    from cxlab import content

    data = content.load("planning")
    groups = {k: content.localised(g, language, name="group")["group"] for k, g in data["role_groups"].items()}
    table = pd.DataFrame([content.localised(r, language, name="role") for r in data["roles"]])
    return table.assign(group=table["group"].map(groups))[["group", "role", "duty"]]
