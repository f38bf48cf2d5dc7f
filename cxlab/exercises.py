"""The exercises of the notebooks, built from the data the student is looking at.

Each function takes the notebook's data, computes the reference answer itself (so
the notebook cell does not print it) and returns a ready widget exercise.
"""

from __future__ import annotations

from cxlab import i18n
from cxlab.validate import check_range, require_columns
from cxlab.widgets import NumericExercise

i18n.register({
    "ex.top2.question": {
        "zh": "在这份调查中，满意度打 4 分或 5 分的受访者占全部受访者的比例是多少？"
              "（输入 0 到 1 之间的小数，或带 % 的百分数）",
        "en": "In this survey, what share of all respondents gave a satisfaction score of "
              "4 or 5? (a decimal between 0 and 1, or a percentage with %)",
    },
    "ex.top2.hint": {
        "zh": "先用 survey[\"csat\"] >= 4 得到一列真/假，再对它求平均（mean）。",
        "en": "survey[\"csat\"] >= 4 gives a column of True/False; its mean is the share.",
    },
    "ex.top2.explanation": {
        "zh": "这就是“Top2 满意率”（4、5 分占比），第 06 本笔记本会给它加上置信区间。",
        "en": "This is the top-2-box satisfaction share; notebook 06 adds its confidence "
              "interval.",
    },
})


def top2_share(survey) -> NumericExercise:
    """Notebook 00: the share of respondents with CSAT 4 or 5 (top-2-box), within ±0.005."""
    require_columns(survey, ["csat"])
    check_range(survey["csat"], 1, 5, integer=True)
    return NumericExercise(
        i18n.t("ex.top2.question"), answer=float((survey["csat"] >= 4).mean()),
        tolerance=0.005, share=True,
        hint=i18n.t("ex.top2.hint"), explanation=i18n.t("ex.top2.explanation"),
    )


# ------------------------------------------------------------------ notebook 11 (chapter 8)

i18n.register({
    "ex.kpi.question": {
        "zh": "在 {period}，线上和 App 渠道的受访者中，满意度打 4 分或 5 分的占比（Top2 满意率）是多少？"
              "（输入 0 到 1 之间的小数，或带 % 的百分数）",
        "en": "In {period}, what share of the online and app respondents gave a satisfaction "
              "score of 4 or 5 (the top-2 share)? (a decimal between 0 and 1, or a percentage "
              "with %)",
    },
    "ex.kpi.hint": {
        "zh": "先筛选：survey[\"channel\"].isin([\"online\", \"app\"]) 且日期落在该季度"
              "（pd.to_datetime(survey[\"date\"]).dt.to_period(\"Q\") == \"{period}\"），"
              "再对 csat >= 4 求平均。只用全部渠道会得到另一个数。",
        "en": "Filter first: survey[\"channel\"].isin([\"online\", \"app\"]) and dates in the "
              "quarter (pd.to_datetime(survey[\"date\"]).dt.to_period(\"Q\") == \"{period}\"), "
              "then take the mean of csat >= 4. All channels together give another number.",
    },
    "ex.kpi.explanation": {
        "zh": "这正是仪表板上“线上与 App 订单 Top2 满意率”的估计值；仪表板还给出区间，并据此判断是否达标。",
        "en": "That is the dashboard's estimate for the online and app top-2 share; the "
              "dashboard adds its interval and judges the target on it.",
    },
    "ex.review.prompt": {
        "zh": "管理评审：下面每一项是评审的输入（要看的材料）还是输出（评审作出的决定）？",
        "en": "Management review: is each item an input (material the review looks at) or "
              "an output (a decision the review makes)?",
    },
    "ex.review.why_input": {
        "zh": "“{item}”是评审前就已存在的信息，是输入。",
        "en": "'{item}' exists before the review meets: an input.",
    },
    "ex.review.why_output": {
        "zh": "“{item}”要由评审来决定，是输出。",
        "en": "'{item}' is something the review decides: an output.",
    },
    "ex.pdca.prompt": {
        "zh": "把这一轮改进的四个阶段排成正确的顺序。",
        "en": "Put the four stages of this improvement cycle in the right order.",
    },
    "ex.pdca.explanation": {
        "zh": "策划—实施—检查—处置：检查必须用和策划时相同的指标复测，处置根据检查的结论决定。",
        "en": "Plan, do, check, act: the check re-measures with the indicator set in the plan, "
              "and the act follows from the check's verdict.",
    },
    "ex.verdict.prompt": {
        "zh": "{period} 的复测：估计值 {estimate}，95% 区间 {low}–{high}，目标“不低于 {target}”。"
              "goals.track 会给出什么结论？",
        "en": "The re-measurement for {period}: estimate {estimate}, 95% interval {low}–{high}, "
              "target 'at least {target}'. What does goals.track conclude?",
    },
    "ex.verdict.met": {"zh": "达成", "en": "Met"},
    "ex.verdict.not_met": {"zh": "未达成", "en": "Not met"},
    "ex.verdict.inconclusive": {"zh": "尚不能判断", "en": "Inconclusive"},
    "ex.verdict.why.met": {
        "zh": "只有整个区间（下限 {low}）都不低于目标 {target} 才算达成。",
        "en": "Met needs the whole interval (its lower end {low}) at or above the target {target}.",
    },
    "ex.verdict.why.not_met": {
        "zh": "只有整个区间（上限 {high}）都低于目标 {target} 才算未达成。",
        "en": "Not met needs the whole interval (its upper end {high}) below the target {target}.",
    },
    "ex.verdict.why.inconclusive": {
        "zh": "区间 {low}–{high} 同时包含达标和不达标的值时，才是尚不能判断。",
        "en": "Inconclusive is when the interval {low}–{high} holds values both above and below "
              "the target.",
    },
})


def kpi_share(survey, period: str = "2026Q4") -> NumericExercise:
    """Notebook 11: the online and app top-2 CSAT share of one quarter, within ±0.005."""
    import pandas as pd

    require_columns(survey, ["date", "channel", "csat"])
    check_range(survey["csat"], 1, 5, integer=True)
    quarter = pd.to_datetime(survey["date"]).dt.to_period("Q").astype(str) == period
    part = survey[quarter & survey["channel"].isin(["online", "app"])]
    return NumericExercise(
        i18n.t("ex.kpi.question", period=period), answer=float((part["csat"] >= 4).mean()),
        tolerance=0.005, share=True, hint=i18n.t("ex.kpi.hint", period=period),
        explanation=i18n.t("ex.kpi.explanation"))


def _both(key: str, **params) -> dict:
    return {lang: i18n.t(key, lang, **params) for lang in ("zh", "en")}


def review_sorting(seed: int = 2023):
    """Notebook 11: sort management-review items into inputs and outputs (a classify form:
    every misplaced item is named, with why it belongs where it does)."""
    import random

    from cxlab import content, quiz, widgets

    review = content.load("evaluation")["review"]
    statements = [{"text": {"zh": d["zh"], "en": d["en"]}, "category": k,
                   "why": {lang: i18n.t(f"ex.review.why_{part[:-1]}", lang, item=d[lang])
                           for lang in ("zh", "en")}}
                  for k, part in enumerate(("inputs", "outputs")) for d in review[part]]
    random.Random(seed).shuffle(statements)
    question = quiz.Question(
        "review-io", "classify", "8.2", _both("ex.review.prompt"),
        {"categories": [_both("eval.part.input"), _both("eval.part.output")],
         "statements": statements[:7]})
    return widgets.QuestionForm(question, None)


def pdca_order(seed: int = 2023):
    """Notebook 11: order the PDCA stages (an ordering form naming the wrong positions)."""
    import random

    from cxlab import content, quiz, widgets

    stages = [{"zh": d["zh"], "en": d["en"]} for d in content.load("evaluation")["pdca"]]
    question = quiz.Question("pdca-order", "ordering", "8.3", _both("ex.pdca.prompt"),
                             {"items": stages}, _both("ex.pdca.explanation"))
    return widgets.QuestionForm(question, random.Random(seed))


def track_verdict(tracked, period: str):
    """Notebook 11: judge one row of a :func:`cxlab.goals.track` table (an "at least" goal
    on a sample). The right option is the row's own status; each wrong one explains, with the
    row's interval, what that status would need."""
    from cxlab import quiz, widgets

    row = tracked[tracked["period"] == period].iloc[0]
    share = float(row["target"]) <= 1
    show = (lambda v: f"{v:.1%}") if share else (lambda v: f"{v:.1f}")
    values = {"period": period, "estimate": show(row["estimate"]), "low": show(row["ci_low"]),
              "high": show(row["ci_high"]), "target": show(row["target"])}
    options = [{"text": _both(f"ex.verdict.{s}"), "correct": s == row["status"],
                "why": _both(f"ex.verdict.why.{s}", **values)}
               for s in ("met", "not_met", "inconclusive")]
    question = quiz.Question("track-verdict", "single", "8.3",
                             _both("ex.verdict.prompt", **values), {"options": options})
    return widgets.QuestionForm(question, None)


i18n.register({
    "ex.elements.prompt": {
        "zh": "培训指南为第 6.1.5 条的每个策划要素各举了一个例子。下面每段策划属于哪个要素？",
        "en": "The training guide gives one example for each planning element of 6.1.5. Which "
              "element does each plan belong to?",
    },
    "ex.elements.why": {"zh": "“{plan}”属于“{element}”：{why}",
                        "en": "'{plan}' belongs to '{element}': {why}"},
    "ex.resources.prompt": {
        "zh": "下面每项策划内容用的是第 6.2 条的哪类资源？",
        "en": "Which resource type of clause 6.2 does each line of a plan draw on?",
    },
    "ex.resources.why": {"zh": "“{item}”属于“{type}”，这一类指{covers}。",
                         "en": "'{item}' is '{type}': {covers}."},
    "ex.roles.prompt": {
        "zh": "在专门的顾客体验管理团队里（第 6.3 条），下面每项工作由谁来做？",
        "en": "In a dedicated CX team (clause 6.3), who does each task?",
    },
    "ex.roles.why": {"zh": "“{task}”是{role}的工作：{duty}。",
                     "en": "'{task}' is the {role}'s work: {duty}."},
})


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
    question = quiz.Question(qid, "classify", clause, _both(prompt),
                             {"categories": [{lang: g[lang] for lang in ("zh", "en")} for g in groups],
                              "statements": statements},
                             _both(explanation) if explanation else None)
    return widgets.QuestionForm(question, None)


def _short(text: str) -> str:
    return text if len(text) <= 24 else text[:22] + "…"


def plan_elements(seed: int = 2023):
    """Notebook 07: sort the training guide's five 6.1.5 plans into the planning element each
    illustrates; every misplaced plan is named with why it belongs where it does."""
    from cxlab import content

    examples = content.load("planning")["plan_examples"]
    groups = [{"key": ex["element"], "zh": ex["element_zh"], "en": ex["element_en"]}
              for ex in examples]
    return _grouped("plan-elements", "6.1", "ex.elements.prompt", groups, examples, "element",
                    "ex.elements.why", lambda ex, g, lang: {
                        "plan": _short(ex[f"plan_{lang}"]), "element": g[lang],
                        "why": ex[f"why_{lang}"]}, seed, text=lambda ex, lang: ex[f"plan_{lang}"])


def resource_sorting(seed: int = 2023):
    """Notebook 07: sort seven lines of a plan into the resource types of 6.2; every misplaced
    line is named with what its type covers."""
    from cxlab import content

    data = content.load("planning")
    return _grouped("resource-types", "6.2", "ex.resources.prompt", data["resource_types"],
                    data["resource_items"], "type", "ex.resources.why", lambda item, g, lang: {
                        "item": item[lang], "type": g[lang], "covers": g[f"covers_{lang}"]}, seed)


def role_sorting(seed: int = 2023):
    """Notebook 07: give six tasks to the roles of a dedicated CX team (6.3); every misplaced
    task is named with the duty of the role it belongs to."""
    from cxlab import content

    data = content.load("planning")
    roles = {r["key"]: r for r in data["roles"]}
    groups = [roles[t["role"]] for t in data["role_tasks"]]
    return _grouped("cx-roles", "6.3", "ex.roles.prompt", groups, data["role_tasks"], "role",
                    "ex.roles.why", lambda t, g, lang: {
                        "task": t[lang], "role": g[lang], "duty": g[f"duty_{lang}"]}, seed)


i18n.register({
    "ex.design_order.prompt": {
        "zh": "把培训指南描述的六个设计步骤排成先后顺序（第 7.1.1 条）。",
        "en": "Put the training guide's six design steps in order (clause 7.1.1).",
    },
    "ex.design_order.explanation": {
        "zh": "先弄清需求、定目标，再出方案、做原型、测试验证，最后落地；测试不达标时回到前面的步骤迭代。",
        "en": "First understand the needs and set the goal, then the solution, a prototype and a "
              "test, and finally implementation; a test that falls short sends you back to iterate.",
    },
    "ex.design_review.prompt": {
        "zh": "第 08 本的配送改进方案评审时提出了下面几条意见。每条对应第 7.1.2 条的哪个评价因素？",
        "en": "The review of notebook 08's delivery redesign raised the remarks below. Which "
              "evaluation factor of clause 7.1.2 does each concern?",
    },
    "ex.design_review.why": {"zh": "“{remark}”问的是“{criterion}”：{ask}",
                             "en": "'{remark}' concerns '{criterion}': {ask}"},
})


def design_order(seed: int = 2023):
    """Notebook 08: order the six design steps of 7.1.1 (an ordering form that names the
    wrong positions, with the reason for the order once right)."""
    import random

    from cxlab import content, quiz, widgets

    steps = [{lang: s[lang] for lang in ("zh", "en")} for s in content.load("design")["steps"]]
    question = quiz.Question("design-order", "ordering", "7.1", _both("ex.design_order.prompt"),
                             {"items": steps}, _both("ex.design_order.explanation"))
    return widgets.QuestionForm(question, random.Random(seed))


def design_review(seed: int = 2023):
    """Notebook 08: sort six review remarks on a redesign into the evaluation factors of
    7.1.2; every misplaced remark is named with the question its factor asks."""
    from cxlab import content

    data = content.load("design")
    return _grouped("design-review", "7.1", "ex.design_review.prompt", data["criteria"],
                    data["remarks"], "criterion", "ex.design_review.why", lambda r, g, lang: {
                        "remark": _short(r[lang]), "criterion": g[lang], "ask": g[f"ask_{lang}"]},
                    seed)


i18n.register({
    "ex.expect.prompt": {
        "zh": "课程资料把顾客的期望归为省力、省时、用心三类。下面每项功能主要回应哪一类？",
        "en": "The course material groups customers' expectations as less effort, less time and "
              "care. Which does each feature mainly answer?",
    },
    "ex.expect.why": {"zh": "“{feature}”对应“{expectation}”（{means}）：{why}。",
                      "en": "'{feature}' answers '{expectation}' ({means}): {why}."},
})


def expectation_sorting(seed: int = 2023):
    """Notebook 03: sort five of the Kano case's features into the three expectations of the
    seed lecture (less effort, less time, care); every misplaced feature is named with the
    reason for cxlab's reading."""
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


i18n.register({
    "ex.internal_kano.prompt": {
        "zh": "做 Kano 问卷之前，先按定义给业务部门对职能部门的需求写一个假设：每项更可能是哪类需求？",
        "en": "Before a Kano survey, write a hypothesis from the definitions: which kind of need "
              "is each thing business departments want from the shared functions?",
    },
    "ex.internal_kano.why": {"zh": "“{need}”更像“{level}”：{means}。",
                             "en": "'{need}' looks like a '{level}': {means}."},
    "ex.internal_kano.explanation": {
        "zh": "这只是假设；真正的类别要由成对的 Kano 问题来定（第 03、04 本）。",
        "en": "This is only a hypothesis; the paired Kano questions decide the real category "
              "(notebooks 03 and 04).",
    },
})


def internal_kano_sorting(seed: int = 2023):
    """Notebook 10: hypothesise the Kano level (basic, expected, exciting: the seeds' three)
    of six internal needs; every misplaced need is named with its level's definition."""
    from cxlab import content

    data = content.load("insight")
    return _grouped("internal-kano", "6.1", "ex.internal_kano.prompt", data["internal_levels"],
                    data["internal_needs"], "level", "ex.internal_kano.why", lambda n, g, lang: {
                        "need": n[lang], "level": g[lang], "means": g[f"means_{lang}"]},
                    seed, "ex.internal_kano.explanation")
