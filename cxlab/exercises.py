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
        "zh": "这就是“前两项满意率”（top-2-box），第 06 本笔记本会给它加上置信区间。",
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
