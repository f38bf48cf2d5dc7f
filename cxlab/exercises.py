"""The exercises of the notebooks, built from the data the student is looking at.

Each function takes the notebook's data, computes the reference answer itself (so
the notebook cell does not print it) and returns a ready widget exercise.
"""

from __future__ import annotations

from cxlab import i18n
from cxlab.deprecation import options
from cxlab.validate import check_option, check_range, require_columns
from cxlab.widgets import NumericExercise


def top2_share(survey) -> NumericExercise:
    """Notebook 00: the share of respondents with CSAT 4 or 5 (top-2-box), within ±0.005.

    Parameters
    ----------
    survey : DataFrame
        The notebook's survey (a ``csat`` column coded 1-5; ``date`` and ``channel`` for
        :func:`kpi_share`).

    Returns
    -------
    NumericExercise
        The exercise; its ``answer`` is the reference share (not printed).

    Raises
    ------
    cxlab.errors.MissingColumnError, cxlab.errors.InvalidValueError
        When ``csat`` is absent or not whole numbers 1-5.

    Examples
    --------
    >>> from cxlab import datasets, exercises
    >>> ex = exercises.top2_share(datasets.load_dataset("intro_survey"))
    >>> ex.answer_box.value = "0"
    >>> ex.check() == ex.feedback.value.split("<br>")[0]
    True
    """
    require_columns(survey, ["csat"])
    check_range(survey["csat"], 1, 5, integer=True)
    return NumericExercise(
        i18n.t("ex.top2.question"), answer=float((survey["csat"] >= 4).mean()),
        tolerance=0.005, share=True,
        hint=i18n.t("ex.top2.hint"), explanation=i18n.t("ex.top2.explanation"),
    )


# ------------------------------------------------------------------ notebook 11 (chapter 8)

@options(positional=("period",))
def kpi_share(survey, *, period: str = "2026Q4") -> NumericExercise:
    """Notebook 11: the online and app top-2 CSAT share of one quarter, within ±0.005.

    Parameters
    ----------
    survey : DataFrame
        The notebook's survey (a ``csat`` column coded 1-5; ``date`` and ``channel`` for
        :func:`kpi_share`).
    period : str, default "2026Q4"
        The quarter; one the survey has answers in (otherwise an OptionError lists them).

    Returns
    -------
    NumericExercise
        The exercise; its ``answer`` is the reference share (not printed).
    """
    import pandas as pd

    require_columns(survey, ["date", "channel", "csat"])
    check_range(survey["csat"], 1, 5, integer=True)
    quarters = pd.to_datetime(survey["date"]).dt.to_period("Q").astype(str)
    online = survey["channel"].isin(["online", "app"])
    check_option("period", str(period), sorted(set(quarters[online])))
    part = survey[(quarters == str(period)) & online]
    return NumericExercise(
        i18n.t("ex.kpi.question", period=period), answer=float((part["csat"] >= 4).mean()),
        tolerance=0.005, share=True, hint=i18n.t("ex.kpi.hint", period=period),
        explanation=i18n.t("ex.kpi.explanation"))


@options(positional=("seed",))
def review_sorting(*, seed: int = 2023):
    """Notebook 11: sort management-review items into inputs and outputs (a classify form:
    every misplaced item is named, with why it belongs where it does).

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.

    Examples
    --------
    >>> from cxlab import exercises
    >>> form = exercises.review_sorting()
    >>> len(form.question.rows())
    7
    """
    import random

    from cxlab import content, quiz, widgets

    review = content.load("evaluation")["review"]
    statements = [{"text": {"zh": d["zh"], "en": d["en"]}, "category": k,
                   "why": {lang: i18n.t(f"ex.review.why_{part[:-1]}", lang, item=d[lang])
                           for lang in ("zh", "en")}}
                  for k, part in enumerate(("inputs", "outputs")) for d in review[part]]
    random.Random(seed).shuffle(statements)
    question = quiz.Question(
        "review-io", "classify", "8.2", i18n.both("ex.review.prompt"),
        {"categories": [i18n.both("eval.part.input"), i18n.both("eval.part.output")],
         "statements": statements[:7]})
    return widgets.QuestionForm(question, None)


@options(positional=("seed",))
def pdca_order(*, seed: int = 2023):
    """Notebook 11: order the PDCA stages (an ordering form naming the wrong positions).

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.

    Examples
    --------
    >>> from cxlab import exercises
    >>> form = exercises.pdca_order()
    >>> form.set_response([0, 1, 2, 3])
    >>> form.check().correct
    True
    """
    import random

    from cxlab import content, quiz, widgets

    stages = [{lang: d[lang] for lang in i18n.LANGUAGES} for d in content.load("evaluation")["pdca"]]
    question = quiz.Question("pdca-order", "ordering", "8.3", i18n.both("ex.pdca.prompt"),
                             {"items": stages}, i18n.both("ex.pdca.explanation"))
    return widgets.QuestionForm(question, random.Random(seed))


@options(positional=("period",))
def track_verdict(tracked, *, period: str):
    """Notebook 11: judge one row of a :func:`cxlab.goals.track` table (an "at least" goal
    on a sample). The right option is the row's own status; each wrong one explains, with the
    row's interval, what that status would need.

    Parameters
    ----------
    tracked : DataFrame
        A :func:`cxlab.goals.track` table (indexed by period, with ``estimate``, ``ci_low``,
        ``ci_high``, ``target``, ``status``).
    period : str
        The quarter (``"2026Q4"``); one of the table's periods (otherwise an OptionError lists them).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import quiz, widgets

    check_option("period", str(period), [str(p) for p in tracked.index])
    row = tracked.loc[str(period)]
    share = float(row["target"]) <= 1
    show = (lambda v: f"{v:.1%}") if share else (lambda v: f"{v:.1f}")
    values = {"period": period, "estimate": show(row["estimate"]), "low": show(row["ci_low"]),
              "high": show(row["ci_high"]), "target": show(row["target"])}
    options = [{"text": i18n.both(f"ex.verdict.{s}"), "correct": s == row["status"],
                "why": i18n.both(f"ex.verdict.why.{s}", **values)}
               for s in ("met", "not_met", "inconclusive")]
    question = quiz.Question("track-verdict", "single", "8.3",
                             i18n.both("ex.verdict.prompt", **values), {"options": options})
    return widgets.QuestionForm(question, None)


def _grouped(qid: str, clause: str, prompt: str, groups: list[dict], items: list[dict],
             field: str, why: str, params, seed: int, explanation: str | None = None,
             text=None):
    """A classify form: each item goes to the group (``{key, zh, en}``) named by its
    ``field``; a misplaced item is named with the label ``why`` filled by
    ``params(item, group, lang)``. Items are shown as ``text(item, lang)`` (default
    ``item[lang]``), shuffled by ``seed``; ``prompt`` and ``explanation`` are label keys."""
    import random

    from cxlab import quiz, widgets

    index = {g["key"]: k for k, g in enumerate(groups)}
    show = text or (lambda item, lang: item[lang])
    statements = [{"text": {lang: show(item, lang) for lang in ("zh", "en")},
                   "category": index[item[field]],
                   "why": {lang: i18n.t(why, lang, **params(item, groups[index[item[field]]], lang))
                           for lang in ("zh", "en")}} for item in items]
    random.Random(seed).shuffle(statements)
    question = quiz.Question(qid, "classify", clause, i18n.both(prompt),
                             {"categories": [{lang: g[lang] for lang in ("zh", "en")} for g in groups],
                              "statements": statements},
                             i18n.both(explanation) if explanation else None)
    return widgets.QuestionForm(question, None)


def _short(text: str) -> str:
    return text if len(text) <= 24 else text[:22] + "…"


@options(positional=("seed",))
def plan_elements(*, seed: int = 2023):
    """Notebook 07: sort the training guide's five 6.1.5 plans into the planning element each
    illustrates; every misplaced plan is named with why it belongs where it does.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content

    examples = content.load("planning")["plan_examples"]
    groups = [{"key": ex["element"], **{lang: ex[f"element_{lang}"] for lang in i18n.LANGUAGES}}
              for ex in examples]
    return _grouped("plan-elements", "6.1", "ex.elements.prompt", groups, examples, "element",
                    "ex.elements.why", lambda ex, g, lang: {
                        "plan": _short(ex[f"plan_{lang}"]), "element": g[lang],
                        "why": ex[f"why_{lang}"]}, seed, text=lambda ex, lang: ex[f"plan_{lang}"])


@options(positional=("seed",))
def resource_sorting(*, seed: int = 2023):
    """Notebook 07: sort seven lines of a plan into the resource types of 6.2; every misplaced
    line is named with what its type covers.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content

    data = content.load("planning")
    return _grouped("resource-types", "6.2", "ex.resources.prompt", data["resource_types"],
                    data["resource_items"], "type", "ex.resources.why", lambda item, g, lang: {
                        "item": item[lang], "type": g[lang], "covers": g[f"covers_{lang}"]}, seed)


@options(positional=("seed",))
def role_sorting(*, seed: int = 2023):
    """Notebook 07: give six tasks to the roles of a dedicated CX team (6.3); every misplaced
    task is named with the duty of the role it belongs to.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content

    data = content.load("planning")
    roles = {r["key"]: r for r in data["roles"]}
    groups = [roles[t["role"]] for t in data["role_tasks"]]
    return _grouped("cx-roles", "6.3", "ex.roles.prompt", groups, data["role_tasks"], "role",
                    "ex.roles.why", lambda t, g, lang: {
                        "task": t[lang], "role": g[lang], "duty": g[f"duty_{lang}"]}, seed)


@options(positional=("seed",))
def design_order(*, seed: int = 2023):
    """Notebook 08: order the six design steps of 7.1.1 (an ordering form that names the
    wrong positions, with the reason for the order once right).

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    import random

    from cxlab import content, quiz, widgets

    steps = [{lang: s[lang] for lang in i18n.LANGUAGES} for s in content.load("design")["steps"]]
    question = quiz.Question("design-order", "ordering", "7.1", i18n.both("ex.design_order.prompt"),
                             {"items": steps}, i18n.both("ex.design_order.explanation"))
    return widgets.QuestionForm(question, random.Random(seed))


@options(positional=("seed",))
def design_review(*, seed: int = 2023):
    """Notebook 08: sort six review remarks on a redesign into the evaluation factors of
    7.1.2; every misplaced remark is named with the question its factor asks.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content

    data = content.load("design")
    return _grouped("design-review", "7.1", "ex.design_review.prompt", data["criteria"],
                    data["remarks"], "criterion", "ex.design_review.why", lambda r, g, lang: {
                        "remark": _short(r[lang]), "criterion": g[lang], "ask": g[f"ask_{lang}"]},
                    seed)


@options(positional=("seed",))
def expectation_sorting(*, seed: int = 2023):
    """Notebook 03: sort five of the Kano case's features into the three expectations of the
    seed lecture (less effort, less time, care); every misplaced feature is named with the
    reason for cxlab's reading.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content
    from cxlab.datasets import load_dataset

    data = content.load("insight")
    names = load_dataset("kano_features").set_index("feature")

    def name(item, lang):
        return names.loc[item["feature"], lang]

    return _grouped("expectations", "6.1", "ex.expect.prompt", data["expectations"],
                    data["features"], "expectation", "ex.expect.why", lambda item, g, lang: {
                        "feature": name(item, lang), "expectation": g[lang],
                        "means": g[f"means_{lang}"], "why": item[f"why_{lang}"]}, seed, text=name)


@options(positional=("seed",))
def internal_kano_sorting(*, seed: int = 2023):
    """Notebook 10: hypothesise the Kano level (basic, expected, exciting: the seeds' three)
    of six internal needs; every misplaced need is named with its level's definition.

    Parameters
    ----------
    seed : int
        Shuffles the items shown (keyword-only; by position deprecated).

    Returns
    -------
    cxlab.widgets.QuestionForm
        A form that names every misplaced item with why it belongs where it does.
    """
    from cxlab import content

    data = content.load("insight")
    return _grouped("internal-kano", "6.1", "ex.internal_kano.prompt", data["internal_levels"],
                    data["internal_needs"], "level", "ex.internal_kano.why", lambda n, g, lang: {
                        "need": n[lang], "level": g[lang], "means": g[f"means_{lang}"]},
                    seed, "ex.internal_kano.explanation")
