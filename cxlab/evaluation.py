"""Chapter 8 of GB/T 42509-2023, evaluation, maintenance and improvement, as tools.

- 8.1 *Establishing performance measurement and evaluation*: :func:`indicators` (each with a
  definition, owner, frequency, target and data source), turned into :class:`cxlab.goals.Goal`
  objects by :func:`indicator_goals` and evaluated by :func:`kpi_dashboard` / :func:`kpi_trend`
  with :func:`cxlab.goals.evaluate` and :func:`cxlab.goals.track`.
- 8.2 *Assessing CX management*: a structured self-assessment over chapters 4-8
  (:func:`items`, :func:`assess`, :func:`by_chapter`, :func:`plot_assessment`), gaps turned
  into actions (:func:`actions`) and the management-review inputs and outputs (:func:`review`).
  **The 0-4 scoring scheme and the items are cxlab's**; the standard gives no scoring.
- 8.3 *Continual improvement*: :func:`pdca`, one improvement cycle whose Check is the
  ``goals.track`` verdict on the re-measurement and whose Act follows from it.

What the training guide (seed 003) says of chapter 8: clear indicators, regular collection and
analysis and adjustment on the results (8.1); regular assessment covering satisfaction,
loyalty and the speed and quality of problem resolution (8.2); an improvement plan based on
the assessment (8.3). The content lives in ``cxlab/data/evaluation.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxlab import content, i18n
from cxlab.deprecation import options
from cxlab.errors import DataError

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure


class AssessmentError(DataError):
    """A self-assessment with an unknown item, a missing item or a score outside 0-4."""

    key = "error.assessment_score"


class UnknownItemError(AssessmentError, LookupError):
    key = "error.assessment_unknown"


class MissingItemsError(AssessmentError):
    key = "error.assessment_missing"


def _data() -> dict:
    return content.load("evaluation")


# ------------------------------------------------------------------------------------- 8.1

_TICKET_METRICS = ("answered_24h", "resolved_72h")


@options(positional=("language",))
def indicators(*, language: str | None = None) -> pd.DataFrame:
    """The performance indicators of the worked example (8.1).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per indicator: ``key``, ``indicator``, ``definition``, ``data_source``,
        ``owner``, ``frequency``, ``target``, ``direction``, ``metric`` (a
        :data:`cxlab.goals.METRICS` key, or None when the monthly data cannot measure it),
        ``channels``, ``notebook`` (where it is taught) and ``period``.

    Examples
    --------
    >>> from cxlab import evaluation
    >>> evaluation.indicators(language="en")["key"].tolist()
    ['nps', 'csat_online', 'ces', 'answered', 'resolved', 'responsiveness_gap']
    """
    import pandas as pd

    lang = i18n.code(language)
    rows = [{"key": d["key"], "indicator": d[lang], "definition": d[f"definition_{lang}"],
             "data_source": d[f"source_{lang}"], "owner": d[f"owner_{lang}"],
             "frequency": i18n.t(f"eval.period.{d['period']}", lang), "target": d["target"],
             "direction": d["direction"], "metric": d["metric"], "channels": d["channels"],
             "notebook": d["notebook"], "period": d["period"]}
            for d in _data()["indicators"]]
    return pd.DataFrame(rows)


@options(positional=("deadline", "language"))
def indicator_goals(*, deadline: str = "2026-12-31", language: str | None = None) -> list:
    """The indicators as :class:`cxlab.goals.Goal` objects.

    Statement and owner in ``language``, so that ``goals.check``, ``goals.evaluate`` and
    ``goals.dashboard`` apply.

    Parameters
    ----------
    deadline : str, default "2026-12-31"
        The goals' deadline.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    list of Goal
    """
    from cxlab import goals

    lang = i18n.code(language)
    kinds = {"answered_24h": "problem_resolution", "resolved_72h": "problem_resolution"}
    return [goals.Goal(d[lang], kinds.get(d["metric"], "target_attainment"), d["metric"],
                       target=d["target"], direction=d["direction"], deadline=deadline,
                       owner=d[f"owner_{lang}"], id=d["key"], period=d["period"])
            for d in _data()["indicators"]]


def _check_inputs(survey, tickets) -> None:
    from cxlab.validate import require_columns

    require_columns(survey, ["date", "channel", "csat", "recommend", "ces"])
    require_columns(tickets, ["created", "first_response", "resolved"])


def _subset(survey, tickets, indicator: dict):
    if indicator["metric"] is None:
        return None
    if indicator["metric"] in _TICKET_METRICS:
        return tickets
    channels = indicator["channels"]
    return survey[survey["channel"].isin(channels)] if channels else survey


@options(positional=("period",))
def kpi_dashboard(survey, tickets, *, period: str, as_of=None, level: float = 0.95) -> pd.DataFrame:
    """Every indicator evaluated on one period.

    Survey indicators are judged on their interval, ticket indicators on the count; an
    indicator the data cannot measure stays in the table as "not measurable".

    Parameters
    ----------
    survey : DataFrame
        The monthly answers (``date``, ``channel``, ``csat``, ``recommend``, ``ces``).
    tickets : DataFrame
        The ticket log (``created``, ``first_response``, ``resolved``).
    period : str
        A quarter such as ``"2026Q4"`` or a month such as ``"2026-11"``, which must occur in
        the survey (otherwise an OptionError lists those that do).
    as_of : timestamp or str, optional
        When the ticket log was exported (see :func:`cxlab.metrics.tickets`).
    level : float, default 0.95
        The interval level.

    Returns
    -------
    DataFrame
        The rows of :func:`cxlab.goals.dashboard`, indexed by the indicator's ``id`` (columns
        ``goal``, ``owner``, ``metric``, ``basis``, ``target``, ``estimate``, ``ci_low``,
        ``ci_high``, ``n``, ``status``, ``status_label``) plus ``frequency`` and ``data_source``.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import evaluation
    >>> board = evaluation.kpi_dashboard(cxlab.load_dataset("cx_monthly"), cxlab.load_dataset("cx_tickets"),
    ...                                  period="2026Q4", as_of="2027-01-10 08:00")
    >>> board[["status"]].tail(2)
                                status
    id
    resolved                   not_met
    responsiveness_gap  not_measurable
    """
    import pandas as pd

    from cxlab import goals
    from cxlab.validate import check_option

    _check_inputs(survey, tickets)
    freq = "Q" if "Q" in str(period) else "M"
    available = sorted(set(pd.to_datetime(survey["date"]).dt.to_period(freq).astype(str)))
    check_option("period", str(period), available)
    table = indicators()
    rows = []
    for spec, goal, (_, shown) in zip(_data()["indicators"], indicator_goals(), table.iterrows(),
                                      strict=True):
        data = _subset(survey, tickets, spec)
        if data is not None:
            date = "created" if spec["metric"] in _TICKET_METRICS else "date"
            data = data[pd.to_datetime(data[date]).dt.to_period(freq).astype(str) == period]
        board = goals.dashboard([goal], {"default": data} if data is not None else {},
                                level=level, as_of=as_of)
        rows.append(board.assign(frequency=shown["frequency"], data_source=shown["data_source"]))
    return pd.concat(rows)


def kpi_trend(survey, tickets, *, as_of=None, level: float = 0.95) -> pd.DataFrame:
    """:func:`cxlab.goals.track` of every measurable indicator over its own period, stacked.

    Parameters
    ----------
    survey, tickets : DataFrame
        As in :func:`kpi_dashboard`.
    as_of : timestamp or str, optional
        When the ticket log was exported.
    level : float, default 0.95
        The interval level.

    Returns
    -------
    DataFrame
        Indexed by (``id``, ``period``): one row per indicator and period, with ``indicator``
        (its statement) and the columns of :func:`cxlab.goals.track`.
    """
    import pandas as pd

    from cxlab import goals

    _check_inputs(survey, tickets)
    parts = []
    for spec, goal in zip(_data()["indicators"], indicator_goals(), strict=True):
        data = _subset(survey, tickets, spec)
        if data is None:
            continue
        date = "created" if spec["metric"] in _TICKET_METRICS else "date"
        parts.append(goals.track(goal, data, date=date, level=level, as_of=as_of)
                     .assign(id=goal.id, indicator=goal.statement))
    out = pd.concat(parts).set_index("id", append=True).swaplevel()
    return out[["indicator", *[c for c in out.columns if c != "indicator"]]]


@options(positional=("ncols",))
def plot_dashboard(trend, *, ncols: int = 3) -> Figure:
    """Small multiples of :func:`kpi_trend`: one panel per indicator, estimates with intervals
    against the target line, coloured by status (as :func:`cxlab.goals.plot_tracking`).

    Parameters
    ----------
    trend : DataFrame
        A result of :func:`kpi_trend`.
    ncols : int, default 3
        Panels per row.

    Returns
    -------
    matplotlib Figure
    """
    import math

    import matplotlib.pyplot as plt

    from cxlab import goals

    goal_of = {g.id: g for g in indicator_goals()}
    ids = list(trend.index.unique("id"))
    nrows = math.ceil(len(ids) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(4.2 * ncols, 3.2 * nrows), squeeze=False)
    for ax, key in zip(axes.flat, ids, strict=False):
        part = trend.loc[key]
        goals.plot_tracking(part, goal_of[key], ax=ax)
        ax.tick_params(axis="x", rotation=45, labelsize=8)
        ax.title.set_fontsize(10)
    for ax in list(axes.flat)[len(ids):]:
        ax.set_visible(False)
    fig.tight_layout()
    return fig


# ------------------------------------------------------------------------------------- 8.2

@options(positional=("language",))
def levels(*, language: str | None = None) -> pd.DataFrame:
    """cxlab's 0-4 maturity scale for the self-assessment.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        ``score`` (0-4) and ``level`` (its label).

    Examples
    --------
    >>> from cxlab import evaluation
    >>> evaluation.levels(language="en").loc[3, "level"]
    'Applied throughout'
    """
    import pandas as pd

    lang = i18n.code(language)
    return pd.DataFrame([{"score": d["score"], "level": d[lang]} for d in _data()["levels"]])


@options(positional=("language",))
def items(*, language: str | None = None) -> pd.DataFrame:
    """The self-assessment items over chapters 4-8.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per item: ``id``, ``chapter``, ``clause``, ``item``, ``action`` (what a gap
        calls for).

    Examples
    --------
    >>> from cxlab import evaluation
    >>> len(evaluation.items()), evaluation.items()["id"].iloc[0]
    (17, '4-needs')
    """
    import pandas as pd

    lang = i18n.code(language)
    return pd.DataFrame([{"id": d["id"], "chapter": d["chapter"], "clause": d["clause"],
                          "item": d[lang], "action": d[f"action_{lang}"]}
                         for d in _data()["items"]])


@options(positional=("target",))
def assess(scores: dict, *, target: int = 3) -> pd.DataFrame:
    """Score the self-assessment against a target level.

    An unknown id, a missing item or another value raises :class:`AssessmentError` naming the
    item and the value: nothing is dropped or rounded silently.

    Parameters
    ----------
    scores : dict
        Every item id (see :func:`items`) → a whole number 0-4 (see :func:`levels`).
    target : int, default 3
        The level aimed at (0-4).

    Returns
    -------
    DataFrame
        Indexed by the item's ``id``, with columns ``chapter``, ``clause``, ``item``, ``score``,
        ``level`` (its label), ``gap`` (how far below ``target``, 0 when at or above) and
        ``action``; ``attrs["target"]`` records the target.

    Examples
    --------
    >>> from cxlab import evaluation
    >>> scores = dict.fromkeys(evaluation.items()["id"], 3) | {"4-needs": 1}
    >>> evaluation.assess(scores)[["score", "gap"]].head(2)
               score  gap
    id
    4-needs        1    2
    4-leaders      3    0
    """
    import numbers

    table = items()
    known = list(table["id"])
    unknown = [k for k in scores if k not in known]
    if unknown:
        raise UnknownItemError(value=unknown[0], valid=", ".join(known))
    missing = [k for k in known if k not in scores]
    if missing:
        raise MissingItemsError(count=len(missing), items=", ".join(missing))
    for item, value in scores.items():
        whole = isinstance(value, numbers.Integral) and not isinstance(value, bool)
        if not whole or not 0 <= value <= 4:
            raise AssessmentError(item=item, value=value)
    if not 0 <= target <= 4:
        raise AssessmentError(item="target", value=target)
    names = levels().set_index("score")["level"]
    table["score"] = table["id"].map(scores).astype(int)
    table["level"] = table["score"].map(names)
    table["gap"] = (target - table["score"]).clip(lower=0)
    table.attrs["target"] = target
    return table.set_index("id")[["chapter", "clause", "item", "score", "level", "gap", "action"]]


def by_chapter(result) -> pd.DataFrame:
    """Mean score per chapter (4-8) of an :func:`assess` result.

    Parameters
    ----------
    result : DataFrame
        A result of :func:`assess`.

    Returns
    -------
    DataFrame
        Indexed by ``chapter`` (4-8), with columns ``score`` (mean), ``below_target`` (items with
        a gap), ``items`` and ``share`` (score / 4).

    Examples
    --------
    >>> from cxlab import evaluation
    >>> scores = dict.fromkeys(evaluation.items()["id"], 3) | {"4-needs": 1}
    >>> evaluation.by_chapter(evaluation.assess(scores))[["below_target"]].head(2)
             below_target
    chapter
    4                   1
    5                   0
    """
    out = result.groupby("chapter", sort=True).agg(score=("score", "mean"),
                                                   below_target=("gap", lambda g: int((g > 0).sum())),
                                                   items=("score", "size"))
    out["share"] = out["score"] / 4
    return out


def plot_assessment(result) -> Figure:
    """A radar of the chapter means against the target level, and a heat strip of every item's
    score: the two views of an :func:`assess` result.

    Parameters
    ----------
    result : DataFrame
        A result of :func:`assess`.

    Returns
    -------
    matplotlib Figure
    """
    import matplotlib.pyplot as plt
    import numpy as np

    chapters = by_chapter(result)
    target = result.attrs.get("target", 3)
    fig = plt.figure(figsize=(11, 4.8))
    radar = fig.add_subplot(1, 2, 1, projection="polar")
    angles = np.linspace(0, 2 * np.pi, len(chapters), endpoint=False)
    closed = np.append(angles, angles[0])
    values = np.append(chapters["score"].to_numpy(), chapters["score"].iloc[0])
    radar.plot(closed, values, color="#2f6f9f", lw=2, label=i18n.t("eval.radar.score"))
    radar.fill(closed, values, color="#2f6f9f", alpha=0.25)
    radar.plot(closed, np.full(len(closed), target), color="0.4", ls="--",
               label=i18n.t("eval.radar.target"))
    radar.set_xticks(angles, [i18n.t("eval.chapter", number=c) for c in chapters.index])
    radar.set_ylim(0, 4)
    radar.set_yticks(range(5))
    radar.set_title(i18n.t("eval.radar.title"), fontsize=11, pad=30)
    radar.legend(loc="lower right", bbox_to_anchor=(1.25, -0.1), frameon=False, fontsize=8)
    heat = fig.add_subplot(1, 2, 2)
    grid = result["score"].to_numpy()[:, None]
    heat.imshow(grid, cmap="RdYlGn", vmin=0, vmax=4, aspect=0.35)
    heat.set_yticks(range(len(result)), [f"{c} {s}" for c, s in zip(result["clause"],
                                                                     result["item"], strict=True)],
                    fontsize=7)
    heat.set_xticks([])
    for k, score in enumerate(result["score"]):
        heat.text(0, k, str(score), ha="center", va="center", fontsize=8)
    heat.set_title(i18n.t("eval.heat.title"), fontsize=11)
    fig.tight_layout()
    return fig


@options(positional=("owners",))
def actions(result, *, owners: dict | None = None) -> pd.DataFrame:
    """The gaps of an :func:`assess` result as an action list, largest gap first.

    Ties keep chapter order.

    Parameters
    ----------
    result : DataFrame
        A result of :func:`assess`.
    owners : dict, optional
        Item id → owner (blank until someone is named).

    Returns
    -------
    DataFrame
        Indexed by the item's ``id``, one row per item below target, the largest gap first:
        ``clause``, ``item``, ``score``, ``gap``, ``action``, ``owner``.

    Examples
    --------
    >>> from cxlab import evaluation
    >>> scores = dict.fromkeys(evaluation.items()["id"], 3) | {"4-needs": 1}
    >>> evaluation.actions(evaluation.assess(scores), owners={"4-needs": "GM"})[["gap", "owner"]]
             gap owner
    id
    4-needs    2    GM
    """
    gaps = result[result["gap"] > 0].copy()
    gaps["owner"] = [(owners or {}).get(item, "") for item in gaps.index]
    gaps = gaps.sort_values(["gap", "chapter"], ascending=[False, True], kind="stable")
    return gaps[["clause", "item", "score", "gap", "action", "owner"]]


@options(positional=("language",))
def review(*, language: str | None = None) -> pd.DataFrame:
    """The management review's inputs and outputs.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        ``part`` (input / output), ``source`` (the training guide, or cxlab's addition after the
        management-review model of quality management systems) and ``item``.
    """
    import pandas as pd

    lang = i18n.code(language)
    rows = [{"part": i18n.t(f"eval.part.{part[:-1]}", lang),
             "source": i18n.t(f"eval.from.{d['from']}", lang), "item": d[lang]}
            for part in ("inputs", "outputs") for d in _data()["review"][part]]
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------- 8.3

def _show(goal, value) -> str:
    from cxlab import goals

    return f"{value:.1%}" if goals.METRICS[goal.metric][1] == "share" else f"{value:.1f}"


@options(positional=("period",))
def pdca(finding: str, goal, actions_done: list[str], tracked, *,
         period: str | None = None) -> pd.DataFrame:
    """One improvement cycle as a table of four stages.

    Plan states the finding and the goal (owner, baseline, target, deadline); Do lists the
    actions; Check quotes the :func:`cxlab.goals.track` row of ``period`` (default: the last
    one) with its interval and status; Act follows from that status: standardise when met,
    revise and start again when not met, keep measuring when inconclusive.

    Parameters
    ----------
    finding : str
        What the review found.
    goal : Goal
        The improvement goal.
    actions_done : list of str
        The actions taken.
    tracked : DataFrame
        A result of :func:`cxlab.goals.track` for ``goal``.
    period : str, optional
        The period to check; default the last.

    Returns
    -------
    DataFrame
        Four rows (Plan, Do, Check, Act): ``stage``, ``content``.
    """
    import pandas as pd

    from cxlab.validate import check_option

    if period is not None:
        check_option("period", str(period), [str(p) for p in tracked.index])
    row = tracked.iloc[-1] if period is None else tracked.loc[str(period)]
    plan = i18n.t("eval.plan", finding=finding, goal=goal.statement, owner=goal.owner or "—",
                  baseline=_show(goal, goal.baseline) if goal.baseline is not None else "—",
                  target=_show(goal, goal.target), deadline=goal.deadline or "—")
    if row["basis"] == "census":
        check = i18n.t("eval.check_census", period=row.name,
                       estimate=_show(goal, row["estimate"]), n=int(row["n"]),
                       target=_show(goal, goal.target), status=row["status_label"])
    else:
        check = i18n.t("eval.check", period=row.name, estimate=_show(goal, row["estimate"]),
                       low=_show(goal, row["ci_low"]), high=_show(goal, row["ci_high"]),
                       n=int(row["n"]), target=_show(goal, goal.target),
                       status=row["status_label"])
    sep = "；" if i18n.get_language() == "zh" else "; "
    stages = [("plan", plan), ("do", sep.join(actions_done)), ("check", check),
              ("act", i18n.t(f"eval.act.{row['status']}"))]
    table = pd.DataFrame([{"stage": i18n.t(f"eval.stage.{s}"), "content": c} for s, c in stages])
    table.attrs["status"] = row["status"]
    return table
