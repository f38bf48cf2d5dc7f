"""Checkers for the exercises where the student writes the code.

A notebook exercise has three cells: the task (markdown), the student's code cell, which
ends by assigning the answer to a name (``nps = ...``; tagged ``solution`` in the trainer
edition, a blank prompt in the student edition), and a checker cell such as
``checks.nps_points(nps, survey)``. The checker computes the reference answer from the same
data, never prints it, and returns :class:`Feedback` that says what is off:

- a blank answer (the ``...`` the student edition leaves) gets a prompt, never a traceback;
- a known mistake is named by what the student did ("you divided by all answers including
  R and Q"), because each checker lists the wrong answers that mistake produces;
- a share given as a percentage, the wrong kind of object, missing or extra labels, and the
  labels whose values are off are reported as such; otherwise "too high / too low".

Checkers register themselves with :func:`checker`; :func:`catalog` lists every exercise and
the mistakes it diagnoses (the trainer guide prints it).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cxlab import i18n

i18n.register({
    "check.passed": {"zh": "✔ 正确！", "en": "✔ Correct!"},
    "check.failed": {"zh": "✘ 还不对：", "en": "✘ Not yet: "},
    "check.blank": {
        "zh": "还没有作答：在上面的单元格里把 ... 换成你的代码并运行它，再运行这个检查单元格。",
        "en": "Not answered yet: replace the ... in the cell above with your code, run it, "
              "then run this check again.",
    },
    "check.not_number": {
        "zh": "这里要的是一个数，你给的是 {kind}。",
        "en": "A single number is expected here; you gave {kind}.",
    },
    "check.one_value": {
        "zh": "这里要的是一个数，你给的是只含一个值的 {kind}：用 .item() 取出这个数。",
        "en": "A single number is expected; you gave a {kind} holding one value: take it out "
              "with .item().",
    },
    "check.percent": {
        "zh": "你的答案像是百分数（{value}）；这里要 0 到 1 之间的比例，请除以 100。",
        "en": "Your answer looks like a percentage ({value}); a share between 0 and 1 is "
              "expected: divide by 100.",
    },
    "check.fraction": {
        "zh": "你的答案像是 0 到 1 之间的比例（{value}）；这里要的是百分点，请乘以 100。",
        "en": "Your answer looks like a share between 0 and 1 ({value}); points are expected "
              "here: multiply by 100.",
    },
    "check.not_numeric": {
        "zh": "这里的值应当是数，你的 Series 里是 {kind} 类型的值。",
        "en": "The values should be numbers; your Series holds {kind} values.",
    },
    "check.too_high": {"zh": "偏高了（你的答案 {value}）。", "en": "Too high (your answer {value})."},
    "check.too_low": {"zh": "偏低了（你的答案 {value}）。", "en": "Too low (your answer {value})."},
    "check.not_series": {
        "zh": "这里要的是以{index}为索引的 pandas Series，你给的是 {kind}。",
        "en": "A pandas Series indexed by {index} is expected; you gave {kind}.",
    },
    "check.not_frame": {
        "zh": "这里要的是 pandas DataFrame，你给的是 {kind}。",
        "en": "A pandas DataFrame is expected; you gave {kind}.",
    },
    "check.missing_labels": {
        "zh": "缺少这些{index}：{labels}。",
        "en": "These {index} are missing: {labels}.",
    },
    "check.extra_labels": {
        "zh": "多出了这些{index}：{labels}。",
        "en": "These {index} should not be there: {labels}.",
    },
    "check.missing_columns": {
        "zh": "缺少这些列：{labels}（现有的列：{present}）。",
        "en": "These columns are missing: {labels} (columns present: {present}).",
    },
    "check.values_off": {
        "zh": "{count} 个值不对，例如 {examples}。",
        "en": "{count} value(s) are off, e.g. {examples}.",
    },
    "check.not_label": {
        "zh": "这里要的是一个文字答案（用引号括起来的名称或代码），你给的是 {kind}。",
        "en": "A text answer is expected (a name or code in quotes); you gave {kind}.",
    },
    "check.wrong_label": {
        "zh": "“{value}” 不是这里的答案。",
        "en": "'{value}' is not the answer here.",
    },
    "check.not_collection": {
        "zh": "这里要的是一组名称（列表、集合或 Series 的索引），你给的是 {kind}。",
        "en": "A collection of names (a list, a set or a Series' index) is expected; you gave "
              "{kind}.",
    },
})


@dataclass(frozen=True)
class Feedback:
    """The verdict on a student's answer: ``passed`` and a ``message`` saying what is off."""

    passed: bool
    message: str

    def __str__(self) -> str:
        return i18n.join([i18n.t("check.passed" if self.passed else "check.failed"), self.message])

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        colour = "#1a7f37" if self.passed else "#b42318"
        return (f'<div style="border-left:4px solid {colour};padding:4px 10px;color:{colour}">'
                f"{html.escape(str(self))}</div>")


@dataclass(frozen=True)
class Mistake:
    """A wrong answer a known mistake produces, and the label key that explains the mistake."""

    value: object
    key: str


_CHECKERS: dict[str, tuple[str, tuple[str, ...]]] = {}


def checker(notebook: str, *mistakes: str) -> Callable:
    """Register a checker of notebook ``notebook`` with the label keys of its ``mistakes``."""
    def register(func: Callable) -> Callable:
        _CHECKERS[func.__name__] = (notebook, mistakes)
        return func
    return register


def catalog(language: str | None = None):
    """Every code exercise and each mistake its checker names: columns notebook, exercise,
    mistake (the explanation the student sees), one row per mistake."""
    import pandas as pd

    rows = [(notebook, name, i18n.t(key, language))
            for name, (notebook, keys) in _CHECKERS.items() for key in keys]
    return pd.DataFrame(rows, columns=["notebook", "exercise", "mistake"]).sort_values(
        ["notebook", "exercise"], kind="stable", ignore_index=True)


# ----------------------------------------------------------------- comparing answers

def _kind(value: object) -> str:
    return type(value).__name__


def _blank(answer: object) -> bool:
    return answer is Ellipsis or answer is None


def _fmt(value: float) -> str:
    return f"{value:.4g}"


def _number(answer: object) -> float | str:
    """The answer as a float, or the feedback text saying why it is not one number."""
    import numpy as np

    if isinstance(answer, bool | np.bool_):
        return i18n.t("check.not_number", kind=_kind(answer))
    if isinstance(answer, int | float | np.integer | np.floating):
        return float(answer)
    size = getattr(answer, "size", None)
    if size == 1 and hasattr(answer, "item"):
        return i18n.t("check.one_value", kind=_kind(answer))
    return i18n.t("check.not_number", kind=_kind(answer))


def _close(a, b, tolerance: float) -> bool:
    import numpy as np

    try:
        return bool(np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float),
                                atol=tolerance, rtol=0, equal_nan=True))
    except (TypeError, ValueError):
        return False


def _matching_mistake(answer, mistakes: Iterable[Mistake], same: Callable) -> str | None:
    return next((i18n.t(m.key) for m in mistakes if same(answer, m.value)), None)


def number(answer: object, expected: float, *, tolerance: float = 1e-6,
           mistakes: Iterable[Mistake] = (), scale: str | None = None) -> Feedback:
    """Compare a single number. ``scale="share"`` explains a percentage given for a share in
    [0, 1]; ``scale="points"`` explains a share given for points (NPS −100…100)."""
    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    value = _number(answer)
    if isinstance(value, str):
        return Feedback(False, value)
    if math.isclose(value, expected, abs_tol=tolerance, rel_tol=0):
        return Feedback(True, "")
    found = _matching_mistake(value, mistakes, lambda a, b: _close(a, b, tolerance))
    if found:
        return Feedback(False, found)
    if scale == "share" and math.isclose(value / 100, expected, abs_tol=tolerance, rel_tol=0):
        return Feedback(False, i18n.t("check.percent", value=_fmt(value)))
    if scale == "points" and math.isclose(value * 100, expected, abs_tol=tolerance, rel_tol=0):
        return Feedback(False, i18n.t("check.fraction", value=_fmt(value)))
    key = "check.too_high" if value > expected else "check.too_low"
    return Feedback(False, i18n.t(key, value=_fmt(value)))


def _labels_feedback(got, want, index: str) -> Feedback | None:
    missing = [x for x in want if x not in set(got)]
    extra = [x for x in got if x not in set(want)]
    if missing:
        return Feedback(False, i18n.t("check.missing_labels", index=index, labels=i18n.listing(missing)))
    if extra:
        return Feedback(False, i18n.t("check.extra_labels", index=index, labels=i18n.listing(extra)))
    return None


def _values_feedback(got, want, tolerance: float) -> Feedback:
    """Name the entries of two aligned Series whose values differ."""
    import numpy as np

    a = np.asarray(got, dtype=float)
    b = np.asarray(want, dtype=float)
    off = ~np.isclose(a, b, atol=tolerance, rtol=0, equal_nan=True)
    examples = [f"{label}: {_fmt(x)}" for label, x in zip(got.index[off], a[off], strict=True)][:3]
    if not off.any():
        return Feedback(True, "")
    return Feedback(False, i18n.t("check.values_off", count=int(off.sum()),
                                  examples=i18n.listing(examples)))


def series(answer: object, expected, *, index: Mapping[str, str], tolerance: float = 1e-6,
           mistakes: Iterable[Mistake] = ()) -> Feedback:
    """Compare a Series of numbers by label. ``index`` names its labels, e.g.
    ``{"zh": "功能", "en": "features"}``; the order of the labels does not matter."""
    import pandas as pd

    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    name = i18n.render(index)
    if isinstance(answer, Mapping):
        answer = pd.Series(answer)
    if not isinstance(answer, pd.Series):
        return Feedback(False, i18n.t("check.not_series", index=name, kind=_kind(answer)))
    problem = _labels_feedback(list(answer.index), list(expected.index), name)
    if problem:
        return problem
    answer = answer.reindex(expected.index)
    if not pd.api.types.is_numeric_dtype(answer) and not pd.api.types.is_bool_dtype(answer):
        return Feedback(False, i18n.t("check.not_numeric", kind=str(answer.dtype)))
    found = _matching_mistake(
        answer, mistakes, lambda a, b: _close(a, pd.Series(b).reindex(expected.index), tolerance))
    result = _values_feedback(answer, expected, tolerance)
    return Feedback(False, found) if found and not result.passed else result


def frame(answer: object, expected, *, index: Mapping[str, str], tolerance: float = 1e-6,
          mistakes: Iterable[Mistake] = ()) -> Feedback:
    """Compare the numeric columns of ``expected`` in a DataFrame, by row label; the answer
    may have more columns (they are not judged)."""
    import pandas as pd

    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    if not isinstance(answer, pd.DataFrame):
        return Feedback(False, i18n.t("check.not_frame", kind=_kind(answer)))
    missing = [c for c in expected.columns if c not in answer.columns]
    if missing:
        return Feedback(False, i18n.t("check.missing_columns", labels=i18n.listing(missing),
                                      present=i18n.listing(answer.columns)))
    for column in expected.columns:
        result = series(answer[column], expected[column], index=index, tolerance=tolerance,
                        mistakes=[Mistake(pd.DataFrame(m.value)[column], m.key) for m in mistakes
                                  if column in pd.DataFrame(m.value)])
        if not result.passed:
            return Feedback(False, i18n.join([f"{column}:", result.message]))
    return Feedback(True, "")


def label(answer: object, expected: str, *, mistakes: Iterable[Mistake] = ()) -> Feedback:
    """Compare a text answer (a category, a dimension, a verdict), ignoring case and spaces."""
    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    if not isinstance(answer, str):
        return Feedback(False, i18n.t("check.not_label", kind=_kind(answer)))

    def norm(text: object) -> str:
        return "".join(str(text).split()).casefold()

    if norm(answer) == norm(expected):
        return Feedback(True, "")
    found = _matching_mistake(answer, mistakes, lambda a, b: norm(a) == norm(b))
    return Feedback(False, found or i18n.t("check.wrong_label", value=answer))


def members(answer: object, expected: Iterable, *, index: Mapping[str, str],
            mistakes: Iterable[Mistake] = ()) -> Feedback:
    """Compare a collection of names regardless of order (a list, set, Index or a Series'
    index, e.g. "the features to keep")."""
    import pandas as pd

    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    if isinstance(answer, pd.Series | pd.DataFrame):
        answer = answer.index
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return Feedback(False, i18n.t("check.not_collection", kind=_kind(answer)))
    got, want = list(dict.fromkeys(answer)), list(dict.fromkeys(expected))
    if set(got) == set(want):
        return Feedback(True, "")
    found = _matching_mistake(set(got), mistakes, lambda a, b: a == set(b))
    return Feedback(False, found) if found else _labels_feedback(got, want, i18n.render(index))


# ----------------------------------------------------------------- notebook 03

_CATEGORY = {"zh": "类别", "en": "categories"}
_FEATURE = {"zh": "功能", "en": "features"}

i18n.register({
    "check.03.swapped_pair": {
        "zh": "你把两个答案查反了：评价表的行是正向问题（有它时）的答案，列是反向问题（没有它时）的答案。",
        "en": "You looked the pair up the wrong way round: the table's rows are the functional "
              "answer (with it), its columns the dysfunctional answer (without it).",
    },
    "check.03.like_for_expect": {
        "zh": "“理所当然”不是“喜欢”：喜欢 / 不喜欢才是期望型 O；理所当然 / 不喜欢是必备型。",
        "en": "'I expect it' is not 'I like it': like / dislike is one-dimensional (O); expect / "
              "dislike is must-be.",
    },
    "check.03.swapped_columns": {
        "zh": "你把正向和反向答案传反了：kano.classify 的第一个参数是 _func 列（有它时），"
              "第二个是 _dys 列（没有它时）。",
        "en": "You passed the answers the wrong way round: kano.classify takes the _func column "
              "(with it) first and the _dys column (without it) second.",
    },
    "check.03.counts_not_shares": {
        "zh": "你给的是比例（normalize=True）；这里要每一类的人数。",
        "en": "You gave shares (normalize=True); the number of respondents in each category is "
              "expected.",
    },
    "check.03.q_over_all": {
        "zh": "你除以了全部受访者，包括这项功能缺答、没有类别的人；分母应是有类别的答案对数（notna）。",
        "en": "You divided by all respondents, including those who skipped this feature and have "
              "no category; divide by the pairs that have one (notna).",
    },
    "check.03.q_with_r": {
        "zh": "你把 R（反向）也算进去了：只有 Q 表示答案自相矛盾；R 是真实的偏好（不想要这项功能）。",
        "en": "You counted R (reverse) as well: only Q means the answers contradict each other; R "
              "is a real preference (the customer does not want the feature).",
    },
    "check.03.q_counts": {
        "zh": "你给的是 Q 的个数；这里要占比：再除以有类别的答案对数。",
        "en": "You gave the number of Q answers; a share is expected: divide by the pairs that "
              "have a category.",
    },
    "check.03.q_percent": {
        "zh": "你给的是百分数；这里要 0 到 1 之间的比例，请除以 100。",
        "en": "You gave percentages; shares between 0 and 1 are expected: divide by 100.",
    },
})


@checker("03", "check.03.swapped_pair", "check.03.like_for_expect")
def kano_pair_category(answer: object, *, functional: int, dysfunctional: int) -> Feedback:
    """Exercise 3.1: the category of one answer pair (codes 1-5) in Berger et al.'s (1993)
    evaluation table. The letter may come with its name ("M 必备型")."""
    from cxlab import kano

    grid = kano.evaluation_table("berger")
    if isinstance(answer, str) and answer.split():
        answer = answer.split()[0]
    mistakes = [Mistake(grid.loc[dysfunctional, functional], "check.03.swapped_pair")]
    if functional == 2:
        mistakes.append(Mistake(grid.loc[1, dysfunctional], "check.03.like_for_expect"))
    expected = grid.loc[functional, dysfunctional]
    return label(answer, expected, mistakes=[m for m in mistakes if m.value != expected])


def _category_counts(categories) -> object:
    """Counts of each Kano category letter, all six letters in order (0 where none)."""
    from cxlab import kano

    return categories.value_counts().reindex(list(kano.CATEGORIES), fill_value=0)


@checker("03", "check.03.swapped_columns", "check.03.counts_not_shares")
def kano_feature_counts(answer: object, functional, dysfunctional) -> Feedback:
    """Exercise 3.2: respondents per category for one feature (``functional`` and
    ``dysfunctional`` are its two answer columns), classified with Berger et al.'s table."""
    import pandas as pd

    from cxlab import kano

    counts = _category_counts(kano.classify(functional, dysfunctional))
    swapped = _category_counts(kano.classify(dysfunctional, functional))
    if isinstance(answer, pd.Series) and set(answer.index) <= set(counts.index):
        answer = answer.reindex(counts.index, fill_value=0)
    return series(answer, counts, index=_CATEGORY,
                  mistakes=[Mistake(swapped, "check.03.swapped_columns"),
                            Mistake(counts / counts.sum(), "check.03.counts_not_shares")])


@checker("03", "check.03.q_over_all", "check.03.q_with_r", "check.03.q_counts",
         "check.03.q_percent")
def kano_q_share(answer: object, responses) -> Feedback:
    """Exercise 3.3: per feature, the share of Q (questionable) among the answer pairs that
    have a category (Berger et al. 1993: Q flags a contradictory pair)."""
    from cxlab import kano

    cats = kano.categories(responses)
    q, classified = cats.eq("Q").sum(), cats.notna().sum()
    expected = q / classified
    return series(answer, expected, index=_FEATURE,
                  mistakes=[Mistake(q / len(cats), "check.03.q_over_all"),
                            Mistake(cats.isin(["Q", "R"]).sum() / classified, "check.03.q_with_r"),
                            Mistake(q, "check.03.q_counts"),
                            Mistake(expected * 100, "check.03.q_percent")])


# ----------------------------------------------------------------- notebook 04

i18n.register({
    "check.04.shares_not_counts": {
        "zh": "你给的是比例；这里要每项功能每一类的人数（计数）。",
        "en": "You gave shares; the number of respondents per feature and category is expected.",
    },
    "check.04.transposed": {
        "zh": "表转置了：这里要每行一项功能、每列一个类别（A、O、M、I、R、Q）。试试 .T。",
        "en": "The table is transposed: one row per feature and one column per category (A, O, "
              "M, I, R, Q) is expected. Try .T.",
    },
    "check.04.strength_counts": {
        "zh": "你用的是人数之差；类别强度是占比之差：先把每行除以该功能的答案总数 n。",
        "en": "You subtracted counts; category strength is a difference of shares: divide each "
              "row by the feature's number of answers n first.",
    },
    "check.04.strength_aomi": {
        "zh": "你除以的是 A+O+M+I；类别强度的占比以全部答案（含 R 和 Q）为分母（Lee & Newcomb 1997）。",
        "en": "You divided by A+O+M+I; the shares in category strength are of all answers, R and Q "
              "included (Lee & Newcomb 1997).",
    },
    "check.04.strength_top_only": {
        "zh": "你给的是第一名的占比；类别强度是第一名占比减去第二名占比。",
        "en": "You gave the top category's share; category strength is the top share minus the "
              "second share.",
    },
    "check.04.denominator_all": {
        "zh": "你除以了全部答案（含 R 和 Q）；本课用 Berger 等（1993）的分母 A+O+M+I。",
        "en": "You divided by all answers, R and Q included; this lesson uses the denominator "
              "A+O+M+I of Berger et al. (1993).",
    },
    "check.04.worse_sign": {
        "zh": "Worse 系数应为负数：−(O+M)/(A+O+M+I)，你漏了负号。",
        "en": "Worse is negative: −(O+M)/(A+O+M+I); the minus sign is missing.",
    },
})


@checker("04", "check.04.shares_not_counts", "check.04.transposed")
def kano_category_counts(answer: object, responses) -> Feedback:
    """Exercise 4.1: respondents per feature (rows) and category A, O, M, I, R, Q (columns),
    from the Berger et al. (1993) classification of every answer pair."""
    import pandas as pd

    from cxlab import kano

    cats = kano.categories(responses)
    counts = pd.DataFrame({f: _category_counts(cats[f]) for f in cats.columns}).T
    if isinstance(answer, pd.DataFrame) and set(counts.columns) <= set(answer.index):
        return Feedback(False, i18n.t("check.04.transposed"))
    return frame(answer, counts, index=_FEATURE,
                 mistakes=[Mistake(counts.div(counts.sum(axis=1), axis=0), "check.04.shares_not_counts"),
                           Mistake(counts / counts.sum().sum(), "check.04.shares_not_counts")])


def _top_two_gap(table) -> object:
    """Per row, the largest value minus the second largest."""
    import numpy as np
    import pandas as pd

    ordered = np.sort(table.to_numpy(dtype=float), axis=1)
    return pd.Series(ordered[:, -1] - ordered[:, -2], index=table.index)


@checker("04", "check.04.strength_counts", "check.04.strength_aomi", "check.04.strength_top_only")
def kano_category_strength(answer: object, counts) -> Feedback:
    """Exercise 4.2: category strength per feature = share of the most frequent category −
    share of the second (Lee & Newcomb 1997), shares of all answers; ``counts`` has columns
    A, O, M, I, R, Q."""
    shares = counts.div(counts.sum(axis=1), axis=0)
    aomi = counts.div(counts[["A", "O", "M", "I"]].sum(axis=1), axis=0)
    return series(answer, _top_two_gap(shares), index=_FEATURE,
                  mistakes=[Mistake(_top_two_gap(counts), "check.04.strength_counts"),
                            Mistake(_top_two_gap(aomi), "check.04.strength_aomi"),
                            Mistake(shares.max(axis=1), "check.04.strength_top_only")])


@checker("04", "check.04.denominator_all", "check.04.worse_sign")
def better_worse(answer: object, counts) -> Feedback:
    """Exercise 4.3: columns ``better`` = (A+O)/(A+O+M+I) and ``worse`` = −(O+M)/(A+O+M+I)
    per feature (Timko's coefficients in Berger et al. 1993); ``counts`` has columns A … Q."""
    import pandas as pd

    def coefficients(denominator):
        return pd.DataFrame({"better": (counts["A"] + counts["O"]) / denominator,
                             "worse": -(counts["O"] + counts["M"]) / denominator})

    expected = coefficients(counts[["A", "O", "M", "I"]].sum(axis=1))
    return frame(answer, expected, index=_FEATURE,
                 mistakes=[Mistake(coefficients(counts.sum(axis=1)), "check.04.denominator_all"),
                           Mistake(expected.abs(), "check.04.worse_sign")])


# ----------------------------------------------------------------- notebook 05

_DIMENSION = {"zh": "维度", "en": "dimensions"}

i18n.register({
    "check.05.e_minus_p": {
        "zh": "你算的是 E − P；SERVQUAL 的差距是感知减期望 P − E（负数表示没达到期望）。",
        "en": "You computed E − P; the SERVQUAL gap is perception minus expectation, P − E "
              "(negative: expectations not met).",
    },
    "check.05.perception_only": {
        "zh": "你只用了感知 P（这是 SERVPERF）；差距要减去期望：P − E。",
        "en": "You used the perceptions P alone (that is SERVPERF); the gap subtracts the "
              "expectations: P − E.",
    },
    "check.05.sum_not_mean": {
        "zh": "你把题项差距加起来了；维度差距是该维度题项差距的平均。",
        "en": "You added up the item gaps; a dimension's gap is the mean of its item gaps.",
    },
    "check.05.items_weighted": {
        "zh": "你对 22 个题项的差距直接求平均，题项多的维度（可靠性、移情性各 5 题）权重就更大；"
              "不加权总分是五个维度差距的平均。",
        "en": "You averaged the 22 item gaps, which gives dimensions with more items (reliability "
              "and empathy have 5) more weight; the unweighted score is the mean of the five "
              "dimension gaps.",
    },
    "check.05.sum_of_dimensions": {
        "zh": "你把五个维度差距加起来了；不加权总分是它们的平均。",
        "en": "You added up the five dimension gaps; the unweighted score is their mean.",
    },
    "check.05.kept_bad_allocations": {
        "zh": "你把分配合计不是 100 的受访者也算进去了；先排除他们（合计与 100 相差超过 0.5 的）。",
        "en": "You kept the respondents whose points do not add up to 100; leave out those whose "
              "sum is more than 0.5 away from 100 first.",
    },
    "check.05.unweighted": {
        "zh": "这是不加权的分数：每位受访者的维度差距要乘以他分配的分数，再除以 100。",
        "en": "That is the unweighted score: multiply each respondent's dimension gaps by the "
              "points they allocated, then divide by 100.",
    },
    "check.05.mean_allocation": {
        "zh": "你用的是平均分配分数加权（另一种算法，下面的表里也有）；"
              "这里要先算每位受访者的加权分，再求平均。",
        "en": "You weighted by the mean allocation (another variant, also in the table below); "
              "here each respondent's weighted score comes first, then their mean.",
    },
    "check.05.not_per_100": {
        "zh": "你忘了除以 100：分配分数合计是 100，乘积之和要除以 100 才回到差距的量纲。",
        "en": "You did not divide by 100: the points add up to 100, so the sum of products must "
              "be divided by 100 to be on the gap's scale.",
    },
    "check.05.mean_of_products": {
        "zh": "你对五个乘积求了平均；加权分是乘积之和除以 100。",
        "en": "You averaged the five products; the weighted score is their sum divided by 100.",
    },
})


def _by_dimension(items, how: str = "mean"):
    """Per respondent, each SERVQUAL dimension's mean (or sum) of its items."""
    from cxlab import servqual

    dimension = servqual.instrument().set_index("item")["dimension"]
    return items.T.groupby(dimension.reindex(items.columns), sort=False).agg(how).T


@checker("05", "check.05.e_minus_p", "check.05.perception_only", "check.05.sum_not_mean")
def servqual_dimension_gaps(answer: object, expectations, perceptions) -> Feedback:
    """Exercise 5.1: the mean gap P − E of each dimension: per respondent the mean of the
    dimension's item gaps, then the mean over respondents (Parasuraman et al. 1988)."""
    gaps = perceptions - expectations
    return series(answer, _by_dimension(gaps).mean(), index=_DIMENSION,
                  mistakes=[Mistake(_by_dimension(-gaps).mean(), "check.05.e_minus_p"),
                            Mistake(_by_dimension(perceptions).mean(), "check.05.perception_only"),
                            Mistake(_by_dimension(gaps, "sum").mean(), "check.05.sum_not_mean")])


@checker("05", "check.05.items_weighted", "check.05.e_minus_p", "check.05.sum_of_dimensions")
def servqual_overall_score(answer: object, expectations, perceptions) -> Feedback:
    """Exercise 5.2: the unweighted SERVQUAL score, the mean of the five dimension gaps
    (Parasuraman, Zeithaml & Berry 1991)."""
    gaps = perceptions - expectations
    dimensions = _by_dimension(gaps).mean()
    return number(answer, dimensions.mean(),
                  mistakes=[Mistake(gaps.mean().mean(), "check.05.items_weighted"),
                            Mistake(-dimensions.mean(), "check.05.e_minus_p"),
                            Mistake(dimensions.sum(), "check.05.sum_of_dimensions")])


@checker("05", "check.05.kept_bad_allocations", "check.05.unweighted", "check.05.mean_allocation",
         "check.05.not_per_100", "check.05.mean_of_products")
def servqual_weighted_score(answer: object, dimension_gaps, points) -> Feedback:
    """Exercise 5.3: the mean over respondents of each one's weighted score Σ dimension gap ×
    points / 100, leaving out allocations that do not add up to 100 ± 0.5 (Parasuraman,
    Zeithaml & Berry 1991)."""
    valid = points.sum(axis=1).sub(100).abs() <= 0.5
    products = dimension_gaps * points[dimension_gaps.columns]
    gaps, kept = dimension_gaps[valid], products[valid]
    mean_points = points[valid].mean()
    return number(answer, kept.sum(axis=1).div(100).mean(),
                  mistakes=[Mistake(products.sum(axis=1).div(100).mean(), "check.05.kept_bad_allocations"),
                            Mistake(gaps.mean(axis=1).mean(), "check.05.unweighted"),
                            Mistake((gaps.mean() * mean_points / mean_points.sum()).sum(),
                                    "check.05.mean_allocation"),
                            Mistake(kept.sum(axis=1).mean(), "check.05.not_per_100"),
                            Mistake(kept.mean(axis=1).div(100).mean(), "check.05.mean_of_products")])


# ----------------------------------------------------------------- notebook 06

i18n.register({
    "check.06.passives_as_detractors": {
        "zh": "你把中立者（7–8 分）也算成了贬损者；贬损者只有 0–6 分。",
        "en": "You counted the passives (7–8) as detractors; detractors are 0–6 only.",
    },
    "check.06.eight_as_promoter": {
        "zh": "你把 8 分也算成了推荐者；推荐者只有 9–10 分，7–8 分是中立者。",
        "en": "You counted 8 as a promoter; promoters are 9–10 only, 7–8 are passives.",
    },
    "check.06.promoters_only": {
        "zh": "你只算了推荐者的比例；NPS 是推荐者比例减去贬损者比例（再乘以 100）。",
        "en": "You gave the promoters' share alone; NPS is the promoters' share minus the "
              "detractors' share (times 100).",
    },
    "check.06.not_filtered": {
        "zh": "你用了全部月份的回答；这里只要题目所说时期的回答（last_half）。",
        "en": "You used the answers of all months; only those of the period asked for are wanted "
              "(last_half).",
    },
    "check.06.top_box_only": {
        "zh": "你只算了 5 分；Top2 满意率是 4 分和 5 分的比例。",
        "en": "You counted 5 only; the top-2-box share counts 4 and 5.",
    },
    "check.06.three_included": {
        "zh": "你把 3 分也算作满意；Top2 只算 4 分和 5 分，3 分是中间。",
        "en": "You counted 3 as satisfied; top-2 counts 4 and 5 only, 3 is the midpoint.",
    },
    "check.06.mean_score": {
        "zh": "你用的是平均分除以 5；Top2 满意率是 4–5 分的人所占的比例，不是均值。",
        "en": "You divided the mean score by 5; the top-2-box share is the share answering 4–5, "
              "not a mean.",
    },
    "check.06.not_pair": {
        "zh": "这里要一对数（下限, 上限），例如 proportion_confint 返回的元组；你给的是 {kind}。",
        "en": "A pair (lower, upper) is expected, such as the tuple proportion_confint returns; "
              "you gave {kind}.",
    },
    "check.06.wald": {
        "zh": "这是普通（Wald）区间；请用 method=\"wilson\"，它在比例靠近 0 或 1、样本较小时也可靠"
              "（Wilson 1927）。",
        "en": "That is the plain (Wald) interval; use method=\"wilson\", which stays reliable "
              "near 0 or 1 and in small samples (Wilson 1927).",
    },
    "check.06.level_90": {
        "zh": "这是 90% 区间；这里要 95%（alpha=0.05，默认值）。",
        "en": "That is a 90% interval; 95% is wanted (alpha=0.05, the default).",
    },
    "check.06.interval_not_filtered": {
        "zh": "你用的是全部月份的回答；区间要基于题目所说时期的回答（last_half）。",
        "en": "You used the answers of all months; the interval is for the answers of the period "
              "asked for (last_half).",
    },
})

_BOUNDS = {"zh": "区间界限", "en": "interval bounds"}


@checker("06", "check.06.passives_as_detractors", "check.06.eight_as_promoter",
         "check.06.promoters_only")
def nps_points(answer: object, scores) -> Feedback:
    """Exercise 6.1: NPS in points, 100 × (share 9-10 − share 0-6) of the 0-10 answers
    (Reichheld 2003)."""
    s = scores.dropna()
    promoters, detractors = (s >= 9).mean(), (s <= 6).mean()
    return number(answer, 100 * (promoters - detractors), scale="points",
                  mistakes=[Mistake(100 * (promoters - (s <= 8).mean()), "check.06.passives_as_detractors"),
                            Mistake(100 * ((s >= 8).mean() - detractors), "check.06.eight_as_promoter"),
                            Mistake(100 * promoters, "check.06.promoters_only")])


@checker("06", "check.06.not_filtered", "check.06.top_box_only", "check.06.three_included",
         "check.06.mean_score")
def csat_top2_share(answer: object, survey, *, since: str) -> Feedback:
    """Exercise 6.2: the top-2-box share (4 or 5 on 1-5) of the answers dated ``since`` or
    later."""
    csat = survey.loc[survey["date"] >= since, "csat"].dropna()
    return number(answer, (csat >= 4).mean(), scale="share",
                  mistakes=[Mistake((survey["csat"].dropna() >= 4).mean(), "check.06.not_filtered"),
                            Mistake((csat == 5).mean(), "check.06.top_box_only"),
                            Mistake((csat >= 3).mean(), "check.06.three_included"),
                            Mistake(csat.mean() / 5, "check.06.mean_score")])


def _bounds(answer: object):
    """A (lower, upper) answer as a Series ci_low, ci_high, or None if it is not such a pair."""
    import numpy as np
    import pandas as pd

    if hasattr(answer, "ci_low") and hasattr(answer, "ci_high"):
        answer = (answer.ci_low, answer.ci_high)
    if isinstance(answer, tuple | list | np.ndarray | pd.Series) and np.size(answer) == 2:
        return pd.Series(list(np.ravel(answer)), index=["ci_low", "ci_high"])
    return None


@checker("06", "check.06.wald", "check.06.level_90", "check.06.interval_not_filtered")
def wilson_interval(answer: object, survey, *, since: str) -> Feedback:
    """Exercise 6.3: the 95% Wilson (1927) interval of the top-2-box share of the answers dated
    ``since`` or later (statsmodels ``proportion_confint``)."""
    import pandas as pd
    from statsmodels.stats.proportion import proportion_confint

    def interval(csat, method="wilson", alpha=0.05):
        low, high = proportion_confint(int((csat >= 4).sum()), len(csat), alpha=alpha, method=method)
        return pd.Series([low, high], index=["ci_low", "ci_high"])

    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    bounds = _bounds(answer)
    if bounds is None:
        return Feedback(False, i18n.t("check.06.not_pair", kind=_kind(answer)))
    csat = survey.loc[survey["date"] >= since, "csat"].dropna()
    return series(bounds, interval(csat), index=_BOUNDS,
                  mistakes=[Mistake(interval(csat, method="normal"), "check.06.wald"),
                            Mistake(interval(csat, alpha=0.10), "check.06.level_90"),
                            Mistake(interval(survey["csat"].dropna()), "check.06.interval_not_filtered")])


# ----------------------------------------------------------------- notebook 07

_QUARTER = {"zh": "季度", "en": "quarters"}

i18n.register({
    "check.07.channels_not_filtered": {
        "zh": "你用了所有渠道的回答；这个目标只管线上和 App 订单（channel 为 online 或 app）。",
        "en": "You used the answers of every channel; this goal covers online and app orders only "
              "(channel online or app).",
    },
    "check.07.gap_sign": {
        "zh": "符号反了：差距 = 目标 − 实际，还没达到目标时为正。",
        "en": "The sign is reversed: gap = target − actual, positive while the target is not "
              "reached.",
    },
    "check.07.gap_to_baseline": {
        "zh": "你用的是基线；到目标的差距是目标值减去实际值。",
        "en": "You used the baseline; the gap to target is the target minus the actual value.",
    },
    "check.07.share_of_target": {
        "zh": "你算的是实际 ÷ 目标；进度是从基线走到目标的那一段里走了多少：(实际 − 基线) / (目标 − 基线)。",
        "en": "You divided the actual by the target; progress is how far along the way from baseline "
              "to target: (actual − baseline) / (target − baseline).",
    },
    "check.07.remaining": {
        "zh": "你算的是还剩多少路；进度是已走的部分：(实际 − 基线) / (目标 − 基线)。",
        "en": "You computed the way still to go; progress is the part covered: (actual − baseline) / "
              "(target − baseline).",
    },
    "check.07.not_divided": {
        "zh": "你只算了实际 − 基线；再除以目标 − 基线，才是走完全程的比例（1 = 达到目标）。",
        "en": "You computed actual − baseline only; divide by target − baseline to get the share of "
              "the way (1 = target reached).",
    },
    "check.07.open_dropped": {
        "zh": "你把还没解决的工单去掉了；没解决的工单当然没有在时限内解决，应计入分母。",
        "en": "You dropped the tickets still open; an open ticket was not resolved in time and "
              "belongs in the denominator.",
    },
    "check.07.response_not_resolution": {
        "zh": "你用的是首次回应时间（first_response）；这里问的是解决时间（resolved）。",
        "en": "You used the first response time (first_response); the question is about the "
              "resolution time (resolved).",
    },
    "check.07.wrong_limit": {
        "zh": "时限不对：用题目给出的时限（pd.Timedelta）。投诉目标是 24 小时内回应、72 小时内给出方案。",
        "en": "Wrong time limit: use the limit the task names (pd.Timedelta). The complaints goal "
              "is an answer within 24 hours and a solution within 72 hours.",
    },
})


def _top2_by_quarter(survey, channels, since):
    """Top-2-box CSAT share per quarter of the answers from ``channels`` dated ``since`` on,
    indexed by the quarter's label (2026Q1)."""
    rows = survey["date"] >= since
    if channels is not None:
        rows &= survey["channel"].isin(channels)
    answers = survey[rows]
    share = (answers["csat"] >= 4).groupby(answers["date"].dt.to_period("Q")).mean()
    return share.rename(index=str)


@checker("07", "check.07.channels_not_filtered", "check.07.gap_sign", "check.07.gap_to_baseline")
def goal_gap_by_quarter(answer: object, survey, *, target: float, baseline: float, channels,
                        since: str) -> Feedback:
    """Exercise 7.1: per quarter, target − top-2-box share of the goal's channels (the gap
    still to close, clause 6.1.3 of GB/T 42509)."""
    import pandas as pd

    share = _top2_by_quarter(survey, channels, since)
    if isinstance(answer, pd.Series):
        answer = answer.rename(index=str)
    return series(answer, target - share, index=_QUARTER,
                  mistakes=[Mistake(target - _top2_by_quarter(survey, None, since),
                                    "check.07.channels_not_filtered"),
                            Mistake(share - target, "check.07.gap_sign"),
                            Mistake(baseline - share, "check.07.gap_to_baseline")])


@checker("07", "check.07.share_of_target", "check.07.remaining", "check.07.not_divided",
         "check.07.channels_not_filtered")
def goal_progress(answer: object, survey, *, target: float, baseline: float, channels,
                  since: str) -> Feedback:
    """Exercise 7.2: progress from baseline to target, (actual − baseline) / (target −
    baseline), of the top-2-box share of the goal's channels dated ``since`` on (0 = still at
    the baseline, 1 = target reached, negative = worse than the baseline)."""
    rows = survey["date"] >= since
    actual = (survey.loc[rows & survey["channel"].isin(channels), "csat"] >= 4).mean()
    everyone = (survey.loc[rows, "csat"] >= 4).mean()
    way = target - baseline
    return number(answer, (actual - baseline) / way,
                  mistakes=[Mistake(actual / target, "check.07.share_of_target"),
                            Mistake((target - actual) / way, "check.07.remaining"),
                            Mistake(actual - baseline, "check.07.not_divided"),
                            Mistake((everyone - baseline) / way, "check.07.channels_not_filtered")])


@checker("07", "check.07.open_dropped", "check.07.response_not_resolution", "check.07.wrong_limit")
def tickets_resolved_in_time(answer: object, tickets, *, within: str) -> Feedback:
    """Exercise 7.3: the census share of tickets resolved within ``within`` of being created;
    an open ticket (no ``resolved`` time) counts as not resolved in time. Every ticket must
    be past its deadline, as in the notebook (see :func:`cxlab.metrics.tickets`)."""
    import pandas as pd

    def in_time(column, limit, rows=slice(None)):
        return ((tickets.loc[rows, column] - tickets.loc[rows, "created"]) <= pd.Timedelta(limit)).mean()

    other = "24h" if pd.Timedelta(within) != pd.Timedelta("24h") else "72h"
    return number(answer, in_time("resolved", within), scale="share",
                  mistakes=[Mistake(in_time("resolved", within, tickets["resolved"].notna()),
                                    "check.07.open_dropped"),
                            Mistake(in_time("first_response", within), "check.07.response_not_resolution"),
                            Mistake(in_time("resolved", other), "check.07.wrong_limit")])


# ----------------------------------------------------------------- notebook 08

STAGES = {"zh": "阶段", "en": "stages"}

i18n.register({
    "check.08.all_channels": {
        "zh": "你用了所有渠道的回答：只取线上和 App 订单（channel 为 online 或 app）。",
        "en": "You used every channel's answers: keep only online and app orders (channel online "
              "or app).",
    },
    "check.08.all_dates": {
        "zh": "你没有按日期筛选：只取 2026 年 4 月 1 日之前的回答（date < \"2026-04-01\"）。",
        "en": "You did not filter by date: keep only answers before 1 April 2026 "
              "(date < \"2026-04-01\").",
    },
    "check.08.not_converted": {
        "zh": "这些还是 1–5 分的评分：用 journey.satisfaction_to_emotion() 换算到 −2…2 的情绪刻度。",
        "en": "These are still 1–5 ratings: convert them to the −2..2 emotion scale with "
              "journey.satisfaction_to_emotion().",
    },
    "check.08.delivery_only": {
        "zh": "“配送安装”只用了配送评分：这一阶段是配送和安装两项评分的平均。",
        "en": "Delivery & installation used the delivery rating alone: that stage averages the "
              "delivery and the installation ratings.",
    },
    "check.08.highest": {
        "zh": "这是情绪曲线的最高点：要找的是最低点（idxmin，不是 idxmax）。",
        "en": "That is the highest point of the curve: the lowest is wanted (idxmin, not idxmax).",
    },
    "check.08.weakest_all_channels": {
        "zh": "这是所有渠道合在一起的最低点：先只取线上和 App 订单。",
        "en": "That is the lowest point with every channel pooled: keep only online and app "
              "orders first.",
    },
    "check.08.gap_sign": {
        "zh": "符号反了：差距是实测减去旅程图估计（measured − mapped），正数表示实测比估计好。",
        "en": "The sign is reversed: the gap is measured minus mapped, positive where the "
              "measurement is better than the estimate.",
    },
    "check.08.gap_ratings": {
        "zh": "你用 1–5 分的评分减去了 −2…2 的情绪：两条曲线要先换到同一个刻度（用 measured）。",
        "en": "You subtracted −2..2 emotions from 1–5 ratings: put both curves on the same scale "
              "first (use measured).",
    },
})


def _stage_ratings(frame, *, delivery=("rating_delivery", "rating_install")):
    """Mean rating (1–5) per measured journey stage, as notebook 08 section 3 defines it."""
    import pandas as pd

    website = frame["rating_website"].mean()
    return pd.Series({"choose": website, "order": website,
                      "deliver_install": frame[list(delivery)].mean(axis=1).mean(),
                      "after_sales": frame["rating_service"].mean()})


def _web_orders(survey, *, before=None, since=None):
    rows = survey["channel"].isin(["online", "app"])
    if before is not None:
        rows &= survey["date"] < before
    if since is not None:
        rows &= survey["date"] >= since
    return survey[rows]


@checker("08", "check.08.all_channels", "check.08.all_dates", "check.08.not_converted",
         "check.08.delivery_only")
def early_emotion(answer, survey) -> Feedback:
    """Exercise 8.1: measured emotion per stage for online and app orders before April 2026."""
    from cxlab.journey import satisfaction_to_emotion

    early = _web_orders(survey, before="2026-04-01")
    mistakes = [Mistake(satisfaction_to_emotion(_stage_ratings(survey[survey["date"] < "2026-04-01"])),
                        "check.08.all_channels"),
                Mistake(satisfaction_to_emotion(_stage_ratings(_web_orders(survey))),
                        "check.08.all_dates"),
                Mistake(_stage_ratings(early), "check.08.not_converted"),
                Mistake(satisfaction_to_emotion(_stage_ratings(early, delivery=["rating_delivery"])),
                        "check.08.delivery_only")]
    return series(answer, satisfaction_to_emotion(_stage_ratings(early)), index=STAGES,
                  mistakes=mistakes)


def _code_of(answer: object, prefix: str) -> object:
    """A name shown in the active language (配送安装, 物流部) is taken as its stored code
    (deliver_install, logistics); ``prefix`` is the label family ("stage", "function")."""
    if not isinstance(answer, str):
        return answer
    names = {"".join(name.split()).casefold(): code
             for code, name in i18n.labels(prefix).items()}
    return names.get("".join(answer.split()).casefold(), answer)


@checker("08", "check.08.highest", "check.08.weakest_all_channels")
def weakest_stage(answer, survey) -> Feedback:
    """Exercise 8.2: the lowest stage of the measured curve (online and app, before April 2026);
    the stage code or its shown name."""
    from cxlab.journey import satisfaction_to_emotion

    curve = satisfaction_to_emotion(_stage_ratings(_web_orders(survey, before="2026-04-01")))
    pooled = satisfaction_to_emotion(_stage_ratings(survey[survey["date"] < "2026-04-01"]))
    ties = pooled[pooled == pooled.min()].index
    return label(_code_of(answer, "stage"), curve.idxmin(),
                 mistakes=[Mistake(curve.idxmax(), "check.08.highest"),
                           *(Mistake(stage, "check.08.weakest_all_channels") for stage in ties)])


@checker("08", "check.08.gap_sign", "check.08.gap_ratings")
def map_gap(answer, survey, trip) -> Feedback:
    """Exercise 8.3: measured minus mapped emotion on the stages measured (online and app
    orders from April 2026)."""
    from cxlab.journey import satisfaction_to_emotion

    ratings = _stage_ratings(_web_orders(survey, since="2026-04-01"))
    mapped = trip.emotion_by_stage().reindex(ratings.index)
    gap = satisfaction_to_emotion(ratings) - mapped
    return series(answer, gap, index=STAGES,
                  mistakes=[Mistake(-gap, "check.08.gap_sign"),
                            Mistake(ratings - mapped, "check.08.gap_ratings")])


# ----------------------------------------------------------------- notebook 09

SUBPROCESSES = {"zh": "子过程", "en": "sub-processes"}
PROCESSES = {"zh": "过程", "en": "processes"}

i18n.register({
    "check.09.no_controllability": {
        "zh": "你只算了可能性 × 损失：规则里还要乘以 (6 − 可控性) 再除以 5。",
        "en": "You computed likelihood × severity only: the rule also multiplies by "
              "(6 − controllability) and divides by 5.",
    },
    "check.09.controllability_not_reversed": {
        "zh": "你直接乘了可控性：可控性越高风险越低，要乘的是 (6 − 可控性)。",
        "en": "You multiplied by controllability itself: the more controllable, the lower the "
              "risk, so multiply by (6 − controllability).",
    },
    "check.09.not_divided": {
        "zh": "你忘了除以 5：指数 = 可能性 × 损失 × (6 − 可控性) / 5。",
        "en": "You forgot to divide by 5: index = likelihood × severity × (6 − controllability) / 5.",
    },
    "check.09.high_only": {
        "zh": "你只取了高风险（指数 ≥ 12）：中等风险（6 ≤ 指数 < 12）也要写进计划。",
        "en": "You kept only the high risks (index ≥ 12): medium ones (6 ≤ index < 12) need a "
              "plan too.",
    },
    "check.09.plan_no_controllability": {
        "zh": "你按可能性 × 损失 ≥ 6 筛选：先按完整规则算出风险指数（含可控性）再比较。",
        "en": "You filtered on likelihood × severity ≥ 6: compute the full risk index "
              "(controllability included) first.",
    },
    "check.09.plan_not_reversed": {
        "zh": "你的指数直接乘了可控性：要乘的是 (6 − 可控性)，最容易控制的风险不该排在前面。",
        "en": "Your index multiplies by controllability itself: use (6 − controllability); the "
              "most controllable risks should not come first.",
    },
    "check.09.sum": {
        "zh": "你把每个过程的风险指数加总了：子过程多的过程会显得更危险；这里要平均值。",
        "en": "You summed each process's risk indices: processes with more sub-processes look "
              "riskier; the mean is wanted.",
    },
    "check.09.max": {
        "zh": "这是每个过程中最高的风险指数：这里要平均值（mean）。",
        "en": "That is each process's highest risk index: the mean is wanted.",
    },
    "check.09.process_no_controllability": {
        "zh": "你平均的是可能性 × 损失：先按完整规则算出风险指数（含可控性）。",
        "en": "You averaged likelihood × severity: compute the full risk index (controllability "
              "included) first.",
    },
})


def _risk_index(register, *, controllability="reversed", divide=True):
    lik, sev, con = (register[c] for c in ("likelihood", "severity", "controllability"))
    factor = {"reversed": 6 - con, "as_is": con, "none": 5}[controllability]
    return lik * sev * factor / (5 if divide else 1)


@checker("09", "check.09.no_controllability", "check.09.controllability_not_reversed",
         "check.09.not_divided")
def risk_index(answer, register) -> Feedback:
    """Exercise 9.1: the risk index of every sub-process by notebook 09's rule."""
    grades = register.set_index("subprocess")
    return series(answer, _risk_index(grades), index=SUBPROCESSES,
                  mistakes=[Mistake(_risk_index(grades, controllability="none"),
                                    "check.09.no_controllability"),
                            Mistake(_risk_index(grades, controllability="as_is"),
                                    "check.09.controllability_not_reversed"),
                            Mistake(_risk_index(grades, divide=False), "check.09.not_divided")])


@checker("09", "check.09.high_only", "check.09.plan_no_controllability",
         "check.09.plan_not_reversed")
def needs_plan(answer, register) -> Feedback:
    """Exercise 9.2: the sub-processes whose risk is medium or high (index ≥ 6)."""
    import pandas as pd

    if isinstance(answer, pd.Series) and not pd.api.types.is_numeric_dtype(answer):
        answer = answer.tolist()  # a column of names, not names in the index
    grades = register.set_index("subprocess")
    index = _risk_index(grades)

    def names(mask):
        return grades.index[mask]

    return members(answer, names(index >= 6), index=SUBPROCESSES,
                   mistakes=[Mistake(names(index >= 12), "check.09.high_only"),
                             Mistake(names(_risk_index(grades, controllability="none") >= 6),
                                     "check.09.plan_no_controllability"),
                             Mistake(names(_risk_index(grades, controllability="as_is") >= 6),
                                     "check.09.plan_not_reversed")])


@checker("09", "check.09.sum", "check.09.max", "check.09.process_no_controllability")
def process_risk(answer, register) -> Feedback:
    """Exercise 9.3: the mean risk index of each process of the guide."""
    by_process = _risk_index(register).groupby(register["process"])
    plain = _risk_index(register, controllability="none").groupby(register["process"])
    return series(answer, by_process.mean(), index=PROCESSES,
                  mistakes=[Mistake(by_process.sum(), "check.09.sum"),
                            Mistake(by_process.max(), "check.09.max"),
                            Mistake(plain.mean(), "check.09.process_no_controllability")])


# ----------------------------------------------------------------- notebook 10

ITEMS = {"zh": "题项", "en": "items"}
DIMENSIONS = {"zh": "维度", "en": "dimensions"}

i18n.register({
    "check.10.sign": {
        "zh": "符号反了：SERVQUAL 差距是感知减期望（P − E），感知低于期望时为负。",
        "en": "The sign is reversed: the SERVQUAL gap is perception minus expectation (P − E), "
              "negative where perception falls short.",
    },
    "check.10.perception_only": {
        "zh": "这是感知（P）的平均分：差距还要减去期望（E）。",
        "en": "That is the mean perception (P): the gap also subtracts the expectation (E).",
    },
    "check.10.all_functions": {
        "zh": "这是所有职能部门合在一起的差距：先只取物流部的评价（function 为 logistics）。",
        "en": "That is the gap of all functions pooled: keep only the ratings of logistics "
              "(function logistics) first.",
    },
    "check.10.smallest_gap": {
        "zh": "这是差距最小（最接近期望）的部门：要找的是平均差距最负的部门（idxmin）。",
        "en": "That is the function with the smallest gap (closest to expectations): the one "
              "with the most negative mean gap is wanted (idxmin).",
    },
    "check.10.single_dimension": {
        "zh": "这是单个维度差距最大的部门：这里比较的是五个维度差距的平均值。",
        "en": "That is the function with the single worst dimension: compare the mean of the "
              "five dimension gaps instead.",
    },
})


def _expectations_perceptions(ratings):
    def items(prefix):
        return ratings.filter(regex=f"^{prefix}_").rename(columns=lambda c: c[2:])

    return items("E"), items("P")


@checker("10", "check.10.sign", "check.10.perception_only")
def internal_item_gaps(answer, ratings) -> Feedback:
    """Exercise 10.1: the mean gap P − E of each internal-service item."""
    E, P = _expectations_perceptions(ratings)
    return series(answer, (P - E).mean(), index=ITEMS,
                  mistakes=[Mistake((E - P).mean(), "check.10.sign"),
                            Mistake(P.mean(), "check.10.perception_only")])


def _dimension_gaps(ratings, items, *, rows=None, sign=1):
    from cxlab import servqual

    E, P = _expectations_perceptions(ratings if rows is None else ratings[rows])
    return sign * servqual.by_dimension(servqual.gaps(E, P, dimensions=items), dimensions=items)


@checker("10", "check.10.all_functions", "check.10.sign", "check.10.perception_only")
def logistics_gaps(answer, ratings, items) -> Feedback:
    """Exercise 10.2: logistics' mean gap on each of the five dimensions."""
    from cxlab import servqual

    rows = ratings["function"] == "logistics"
    _, P = _expectations_perceptions(ratings[rows])
    return series(answer, _dimension_gaps(ratings, items, rows=rows).mean(), index=DIMENSIONS,
                  mistakes=[Mistake(_dimension_gaps(ratings, items).mean(), "check.10.all_functions"),
                            Mistake(_dimension_gaps(ratings, items, rows=rows, sign=-1).mean(),
                                    "check.10.sign"),
                            Mistake(servqual.by_dimension(P, dimensions=items).mean(),
                                    "check.10.perception_only")])


@checker("10", "check.10.smallest_gap", "check.10.single_dimension")
def worst_function(answer, ratings, items) -> Feedback:
    """Exercise 10.3: the function whose mean gap over the five dimensions is most negative;
    its code or its shown name."""
    by_function = _dimension_gaps(ratings, items).groupby(ratings["function"]).mean()
    overall = by_function.mean(axis=1)
    return label(_code_of(answer, "function"), overall.idxmin(),
                 mistakes=[Mistake(overall.idxmax(), "check.10.smallest_gap"),
                           Mistake(by_function.min(axis=1).idxmin(), "check.10.single_dimension")])


# ----------------------------------------------------------------- notebook 11

i18n.register({
    "check.11.passives": {
        "zh": "你把被动者（7–8 分）也算成了贬损者：贬损者只有 0–6 分。",
        "en": "You counted passives (7–8) as detractors: detractors are 0–6 only.",
    },
    "check.11.all_quarters": {
        "zh": "你用了全部季度的数据：只取 2026 年第四季度（2026Q4）。",
        "en": "You used every quarter: keep only the fourth quarter of 2026 (2026Q4).",
    },
    "check.11.without_passives": {
        "zh": "你只在推荐者和贬损者里算比例：被动者也要留在分母里，分母是全部回答。",
        "en": "You took shares among promoters and detractors only: passives stay in the "
              "denominator, which is every answer.",
    },
    "check.11.unresolved_dropped": {
        "zh": "你去掉了还没解决的工单：它们已过 72 小时期限，算作没有按时解决，要留在分母里。",
        "en": "You dropped the tickets not yet resolved: they are past the 72-hour deadline, "
              "count as not resolved in time and stay in the denominator.",
    },
    "check.11.whole_days": {
        "zh": "你按整天数比较（.dt.days <= 3）：3 天 20 小时也被算成 3 天；请和 72 小时的时长比较。",
        "en": "You compared whole days (.dt.days <= 3): 3 days 20 hours counts as 3; compare "
              "with a duration of 72 hours instead.",
    },
    "check.11.first_response": {
        "zh": "你用的是首次回应时间（first_response）：解决率要用解决时间（resolved）。",
        "en": "You used the first-response time (first_response): the resolution share uses "
              "the resolved time.",
    },
    "check.11.after_minus_before": {
        "zh": "符号反了：变化是之后减之前（2026Q4 − 2026Q2），满意率下降时为负。",
        "en": "The sign is reversed: the change is after minus before (2026Q4 − 2026Q2), "
              "negative when the share fell.",
    },
    "check.11.third_quarter": {
        "zh": "你用的是第三季度：目标期限是第四季度（2026Q4）。",
        "en": "You used the third quarter: the goal's deadline is the fourth (2026Q4).",
    },
    "check.11.all_channels": {
        "zh": "你用了所有渠道的回答：这个目标只看线上和 App 订单（用 online）。",
        "en": "You used every channel: this goal covers online and app orders only (use "
              "online).",
    },
})


def _quarter(dates, quarter: str):
    import pandas as pd

    return pd.to_datetime(dates).dt.to_period("Q").astype(str) == quarter


@checker("11", "check.11.passives", "check.11.all_quarters", "check.11.without_passives")
def nps_quarter(answer, survey) -> Feedback:
    """Exercise 11.1: NPS of all channels in 2026Q4, in points."""
    def nps(scores, *, detractor=6, among_all=True):
        promoters, detractors = (scores >= 9).sum(), (scores <= detractor).sum()
        base = len(scores) if among_all else promoters + detractors
        return 100 * (promoters - detractors) / base

    answers = survey.loc[_quarter(survey["date"], "2026Q4"), "recommend"]
    return number(answer, nps(answers), scale="points",
                  mistakes=[Mistake(nps(answers, detractor=8), "check.11.passives"),
                            Mistake(nps(survey["recommend"]), "check.11.all_quarters"),
                            Mistake(nps(answers, among_all=False), "check.11.without_passives")])


@checker("11", "check.11.unresolved_dropped", "check.11.whole_days", "check.11.first_response",
         "check.11.all_quarters")
def resolved_in_72h(answer, tickets) -> Feedback:
    """Exercise 11.2: the share of 2026Q4 tickets resolved within 72 hours, unresolved ones
    counted as late (all are past their deadline when the log was exported)."""
    import pandas as pd

    def share(frame, *, end="resolved", days=False, dropna=False):
        took = frame[end] - frame["created"]
        took = took.dropna() if dropna else took
        return (took.dt.days <= 3).mean() if days else (took <= pd.Timedelta(hours=72)).mean()

    q4 = tickets[_quarter(tickets["created"], "2026Q4")]
    return number(answer, share(q4), scale="share",
                  mistakes=[Mistake(share(q4, dropna=True), "check.11.unresolved_dropped"),
                            Mistake(share(q4, days=True), "check.11.whole_days"),
                            Mistake(share(q4, end="first_response"), "check.11.first_response"),
                            Mistake(share(tickets), "check.11.all_quarters")])


@checker("11", "check.11.after_minus_before", "check.11.third_quarter", "check.11.all_channels")
def top2_change(answer, survey) -> Feedback:
    """Exercise 11.3: the change of the online and app top-2 share from 2026Q2 to 2026Q4 (a
    difference of shares; the lesson's baseline rounded to 3 decimals is accepted)."""
    def top2(frame, quarter):
        return (frame.loc[_quarter(frame["date"], quarter), "csat"] >= 4).mean()

    online = survey[survey["channel"].isin(["online", "app"])]
    change = top2(online, "2026Q4") - top2(online, "2026Q2")
    return number(answer, change, tolerance=1e-3, scale="share",
                  mistakes=[Mistake(-change, "check.11.after_minus_before"),
                            Mistake(top2(online, "2026Q3") - top2(online, "2026Q2"),
                                    "check.11.third_quarter"),
                            Mistake(top2(survey, "2026Q4") - top2(survey, "2026Q2"),
                                    "check.11.all_channels")])
