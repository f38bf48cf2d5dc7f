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
from cxlab.deprecation import options


@dataclass(frozen=True)
class Feedback:
    """The verdict on a student's answer, shown as a coloured line in a notebook.

    Attributes
    ----------
    passed : bool
        Whether the answer is right.
    message : str
        What is off (empty when passed), in the active language.

    Examples
    --------
    >>> from cxlab.checks import Feedback
    >>> Feedback(True, "").passed
    True
    """

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
    """A wrong answer a known mistake produces, and the label key that explains the mistake.

    Attributes
    ----------
    value : object
        The answer the mistake produces (a number, Series, DataFrame, label or set).
    key : str
        The i18n key of the explanation shown to the student.
    """

    value: object
    key: str


_CHECKERS: dict[str, tuple[str, tuple[str, ...]]] = {}


def checker(notebook: str, *mistakes: str) -> Callable:
    """Register a checker of a notebook with the label keys of its mistakes.

    Parameters
    ----------
    notebook : str
        The notebook's two-digit number (``"06"``).
    *mistakes : str
        The i18n keys of the mistakes the checker names (listed by :func:`catalog`).

    Returns
    -------
    callable
        A decorator that registers the function and returns it unchanged.
    """
    def register(func: Callable) -> Callable:
        _CHECKERS[func.__name__] = (notebook, mistakes)
        return func
    return register


@options(positional=("language",))
def catalog(*, language: str | None = None):
    """Every code exercise and each mistake its checker names.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per mistake, sorted by notebook and exercise, with columns ``notebook``,
        ``exercise`` (the checker's name) and ``mistake`` (the explanation the student sees).

    Examples
    --------
    >>> from cxlab import checks
    >>> table = checks.catalog(language="en")
    >>> list(table.columns), table["exercise"].nunique()
    (['notebook', 'exercise', 'mistake'], 27)
    """
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
    """Compare a single number.

    Parameters
    ----------
    answer : object
        The student's answer.
    expected : float
        The right answer.
    tolerance : float
        The absolute difference accepted.
    mistakes : iterable of Mistake
        Wrong answers that known mistakes produce, checked in order.
    scale : {"share", "points"}, optional
        ``"share"`` explains a percentage given for a share in [0, 1]; ``"points"`` explains a
        share given for points (NPS −100…100).

    Returns
    -------
    Feedback
        Passed, or the blank prompt, "not a number", a named mistake, the percentage / share
        hint, or "too high" / "too low".

    Examples
    --------
    >>> from cxlab import checks
    >>> checks.number(0.5, 0.5).passed
    True
    >>> checks.number(50, 0.5, scale="share").passed
    False
    """
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
    """Compare a Series of numbers by label; the order of the labels does not matter.

    Parameters
    ----------
    answer : object
        The student's answer (a Series or a mapping).
    expected : Series
        The right values, by label.
    index : mapping
        What the labels are, in both languages, e.g. ``{"zh": "功能", "en": "features"}``.
    tolerance : float
        The absolute difference accepted for each value.
    mistakes : iterable of Mistake
        Wrong answers that known mistakes produce.

    Returns
    -------
    Feedback
        Passed, or missing / extra labels, a named mistake, or the labels whose values are off.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import checks
    >>> want = pd.Series({"a": 1.0, "b": 2.0})
    >>> checks.series({"b": 2, "a": 1}, want, index={"zh": "功能", "en": "features"}).passed
    True
    """
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
    """Compare the numeric columns of ``expected`` in a DataFrame, by row label.

    The answer may have more columns (they are not judged).

    Parameters
    ----------
    answer : object
        The student's answer.
    expected : DataFrame
        The right values.
    index : mapping
        What the row labels are, in both languages.
    tolerance : float
        The absolute difference accepted for each value.
    mistakes : iterable of Mistake
        Wrong tables that known mistakes produce (compared column by column).

    Returns
    -------
    Feedback
        Passed, or the first column that is missing or off, with what is off.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import checks
    >>> want = pd.DataFrame({"better": [0.5]}, index=["x"])
    >>> checks.frame(want.assign(note="ok"), want, index={"zh": "功能", "en": "features"}).passed
    True
    """
    import pandas as pd

    if _blank(answer):
        return Feedback(False, i18n.t("check.blank"))
    if not isinstance(answer, pd.DataFrame):
        return Feedback(False, i18n.t("check.not_frame", kind=_kind(answer)))
    missing = [c for c in expected.columns if c not in answer.columns]
    if missing:
        return Feedback(False, i18n.t("check.missing_columns", labels=i18n.listing(missing),
                                      present=i18n.listing(answer.columns)))
    wrong = [(pd.DataFrame(m.value), m.key) for m in mistakes]  # each mistake's table, once
    for column in expected.columns:
        result = series(answer[column], expected[column], index=index, tolerance=tolerance,
                        mistakes=[Mistake(table[column], key) for table, key in wrong if column in table])
        if not result.passed:
            return Feedback(False, i18n.join([f"{column}:", result.message]))
    return Feedback(True, "")


def label(answer: object, expected: str, *, mistakes: Iterable[Mistake] = ()) -> Feedback:
    """Compare a text answer (a category, a dimension, a verdict), ignoring case and spaces.

    Parameters
    ----------
    answer : object
        The student's answer.
    expected : str
        The right label.
    mistakes : iterable of Mistake
        Wrong labels that known mistakes produce.

    Returns
    -------
    Feedback
        Passed, or the blank prompt, "not a text", a named mistake or "wrong label".

    Examples
    --------
    >>> from cxlab import checks
    >>> checks.label(" Tangibles", "tangibles").passed
    True
    """
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
    """Compare a collection of names regardless of order.

    Parameters
    ----------
    answer : object
        A list, set, Index, or a Series / DataFrame whose index holds the names.
    expected : iterable
        The right names.
    index : mapping
        What the names are, in both languages.
    mistakes : iterable of Mistake
        Wrong collections that known mistakes produce.

    Returns
    -------
    Feedback
        Passed, or a named mistake, or the missing / extra names.

    Examples
    --------
    >>> from cxlab import checks
    >>> checks.members(["b", "a"], {"a", "b"}, index={"zh": "功能", "en": "features"}).passed
    True
    """
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


@checker("03", "check.03.swapped_pair", "check.03.like_for_expect")
def kano_pair_category(answer: object, *, functional: int, dysfunctional: int) -> Feedback:
    """Exercise 3.1: the category of one answer pair (codes 1-5) in Berger et al.'s (1993)
    evaluation table. The letter may come with its name ("M 必备型").

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    functional : int or Series
        The functional answer code(s), 1-5.
    dysfunctional : int or Series
        The dysfunctional answer code(s), 1-5.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.

    Examples
    --------
    >>> from cxlab import checks
    >>> checks.kano_pair_category("O 期望型", functional=1, dysfunctional=5).passed
    True
    >>> checks.kano_pair_category("A", functional=1, dysfunctional=5).passed
    False
    """
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
    ``dysfunctional`` are its two answer columns), classified with Berger et al.'s table.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    functional : int or Series
        The functional answer code(s), 1-5.
    dysfunctional : int or Series
        The dysfunctional answer code(s), 1-5.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    have a category (Berger et al. 1993: Q flags a contradictory pair).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    responses : DataFrame
        Kano answers, ``{feature}_func`` / ``{feature}_dys`` columns coded 1-5 (as in ``kano_survey``).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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

@checker("04", "check.04.shares_not_counts", "check.04.transposed")
def kano_category_counts(answer: object, responses) -> Feedback:
    """Exercise 4.1: respondents per feature (rows) and category A, O, M, I, R, Q (columns),
    from the Berger et al. (1993) classification of every answer pair.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    responses : DataFrame
        Kano answers, ``{feature}_func`` / ``{feature}_dys`` columns coded 1-5 (as in ``kano_survey``).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    A, O, M, I, R, Q.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    counts : DataFrame
        Respondents per feature (rows) and category (columns A, O, M, I, R, Q).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
    shares = counts.div(counts.sum(axis=1), axis=0)
    aomi = counts.div(counts[["A", "O", "M", "I"]].sum(axis=1), axis=0)
    return series(answer, _top_two_gap(shares), index=_FEATURE,
                  mistakes=[Mistake(_top_two_gap(counts), "check.04.strength_counts"),
                            Mistake(_top_two_gap(aomi), "check.04.strength_aomi"),
                            Mistake(shares.max(axis=1), "check.04.strength_top_only")])


@checker("04", "check.04.denominator_all", "check.04.worse_sign")
def better_worse(answer: object, counts) -> Feedback:
    """Exercise 4.3: columns ``better`` = (A+O)/(A+O+M+I) and ``worse`` = −(O+M)/(A+O+M+I)
    per feature (Timko's coefficients in Berger et al. 1993); ``counts`` has columns A … Q.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    counts : DataFrame
        Respondents per feature (rows) and category (columns A, O, M, I, R, Q).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import checks
    >>> counts = pd.DataFrame({"A": [10], "O": [20], "M": [5], "I": [5], "R": [0], "Q": [0]},
    ...                       index=["AR preview"])
    >>> answer = pd.DataFrame({"better": [0.75], "worse": [-0.625]}, index=["AR preview"])
    >>> checks.better_worse(answer, counts).passed
    True
    """
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


def _by_dimension(items, how: str = "mean"):
    """Per respondent, each SERVQUAL dimension's mean (or sum) of its items."""
    from cxlab import servqual

    dimension = servqual.instrument().set_index("item")["dimension"]
    return items.T.groupby(dimension.reindex(items.columns), sort=False).agg(how).T


@checker("05", "check.05.e_minus_p", "check.05.perception_only", "check.05.sum_not_mean")
def servqual_dimension_gaps(answer: object, expectations, perceptions) -> Feedback:
    """Exercise 5.1: the mean gap P − E of each dimension: per respondent the mean of the
    dimension's item gaps, then the mean over respondents (Parasuraman et al. 1988).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    expectations : DataFrame
        Expectation ratings, one column per SERVQUAL item.
    perceptions : DataFrame
        Perception ratings, the same items.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
    gaps = perceptions - expectations
    return series(answer, _by_dimension(gaps).mean(), index=_DIMENSION,
                  mistakes=[Mistake(_by_dimension(-gaps).mean(), "check.05.e_minus_p"),
                            Mistake(_by_dimension(perceptions).mean(), "check.05.perception_only"),
                            Mistake(_by_dimension(gaps, "sum").mean(), "check.05.sum_not_mean")])


@checker("05", "check.05.items_weighted", "check.05.e_minus_p", "check.05.sum_of_dimensions")
def servqual_overall_score(answer: object, expectations, perceptions) -> Feedback:
    """Exercise 5.2: the unweighted SERVQUAL score, the mean of the five dimension gaps
    (Parasuraman, Zeithaml & Berry 1991).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    expectations : DataFrame
        Expectation ratings, one column per SERVQUAL item.
    perceptions : DataFrame
        Perception ratings, the same items.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    Zeithaml & Berry 1991).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    dimension_gaps : DataFrame
        Per respondent, the gap of each dimension (one column per dimension).
    points : DataFrame
        Per respondent, the 100 points allocated over the dimensions.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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

_BOUNDS = {"zh": "区间界限", "en": "interval bounds"}


@checker("06", "check.06.passives_as_detractors", "check.06.eight_as_promoter",
         "check.06.promoters_only")
def nps_points(answer: object, scores) -> Feedback:
    """Exercise 6.1: NPS in points, 100 × (share 9-10 − share 0-6) of the 0-10 answers
    (Reichheld 2003).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    scores : Series
        0-10 likelihood-to-recommend answers (missing ones are left out).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import checks
    >>> scores = pd.Series([10, 9, 8, 7, 3])
    >>> checks.nps_points(20, scores).passed
    True
    >>> checks.nps_points(0.2, scores).passed  # a share, not points: the message says so
    False
    """
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
    later.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).
    since : str
        The first date counted, ``"YYYY-MM-DD"``.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    ``since`` or later (statsmodels ``proportion_confint``).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).
    since : str
        The first date counted, ``"YYYY-MM-DD"``.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    still to close, clause 6.1.3 of GB/T 42509).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).
    target : float
        The goal's target share.
    baseline : float
        The goal's baseline share.
    channels : list of str
        The channels the goal covers.
    since : str
        The first date counted, ``"YYYY-MM-DD"``.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    the baseline, 1 = target reached, negative = worse than the baseline).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).
    target : float
        The goal's target share.
    baseline : float
        The goal's baseline share.
    channels : list of str
        The channels the goal covers.
    since : str
        The first date counted, ``"YYYY-MM-DD"``.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    be past its deadline, as in the notebook (see :func:`cxlab.metrics.tickets`).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    tickets : DataFrame
        The ticket log (``cx_tickets``: ``created``, ``first_response``, ``resolved``).
    within : str
        The time limit, a pandas Timedelta string (``"72h"``).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    """Exercise 8.1: measured emotion per stage for online and app orders before April 2026.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    the stage code or its shown name.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    orders from April 2026).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).
    trip : cxlab.journey.Journey
        The mapped journey whose ``emotion_by_stage`` is compared.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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


def _risk_index(register, *, controllability="reversed", divide=True):
    lik, sev, con = (register[c] for c in ("likelihood", "severity", "controllability"))
    factor = {"reversed": 6 - con, "as_is": con, "none": 5}[controllability]
    return lik * sev * factor / (5 if divide else 1)


@checker("09", "check.09.no_controllability", "check.09.controllability_not_reversed",
         "check.09.not_divided")
def risk_index(answer, register) -> Feedback:
    """Exercise 9.1: the risk index of every sub-process by notebook 09's rule.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    register : DataFrame
        The risk register: ``subprocess``, ``process``, ``likelihood``, ``severity``, ``controllability``
        (1-5).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    """Exercise 9.2: the sub-processes whose risk is medium or high (index ≥ 6).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    register : DataFrame
        The risk register: ``subprocess``, ``process``, ``likelihood``, ``severity``, ``controllability``
        (1-5).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    """Exercise 9.3: the mean risk index of each process of the guide.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    register : DataFrame
        The risk register: ``subprocess``, ``process``, ``likelihood``, ``severity``, ``controllability``
        (1-5).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
    by_process = _risk_index(register).groupby(register["process"])
    plain = _risk_index(register, controllability="none").groupby(register["process"])
    return series(answer, by_process.mean(), index=PROCESSES,
                  mistakes=[Mistake(by_process.sum(), "check.09.sum"),
                            Mistake(by_process.max(), "check.09.max"),
                            Mistake(plain.mean(), "check.09.process_no_controllability")])


# ----------------------------------------------------------------- notebook 10

ITEMS = {"zh": "题项", "en": "items"}
DIMENSIONS = {"zh": "维度", "en": "dimensions"}


def _expectations_perceptions(ratings):
    def items(prefix):
        return ratings.filter(regex=f"^{prefix}_").rename(columns=lambda c: c[2:])

    return items("E"), items("P")


@checker("10", "check.10.sign", "check.10.perception_only")
def internal_item_gaps(answer, ratings) -> Feedback:
    """Exercise 10.1: the mean gap P − E of each internal-service item.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    ratings : DataFrame
        ``servqual_internal``: ``function`` and ``E_*`` / ``P_*`` item ratings.

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    """Exercise 10.2: logistics' mean gap on each of the five dimensions.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    ratings : DataFrame
        ``servqual_internal``: ``function`` and ``E_*`` / ``P_*`` item ratings.
    items : DataFrame or mapping
        The internal items and their dimensions (as passed to :func:`cxlab.servqual.gaps`).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    its code or its shown name.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    ratings : DataFrame
        ``servqual_internal``: ``function`` and ``E_*`` / ``P_*`` item ratings.
    items : DataFrame or mapping
        The internal items and their dimensions (as passed to :func:`cxlab.servqual.gaps`).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
    by_function = _dimension_gaps(ratings, items).groupby(ratings["function"]).mean()
    overall = by_function.mean(axis=1)
    return label(_code_of(answer, "function"), overall.idxmin(),
                 mistakes=[Mistake(overall.idxmax(), "check.10.smallest_gap"),
                           Mistake(by_function.min(axis=1).idxmin(), "check.10.single_dimension")])


# ----------------------------------------------------------------- notebook 11

def _quarter(dates, quarter: str):
    import pandas as pd

    return pd.to_datetime(dates).dt.to_period("Q").astype(str) == quarter


@checker("11", "check.11.passives", "check.11.all_quarters", "check.11.without_passives")
def nps_quarter(answer, survey) -> Feedback:
    """Exercise 11.1: NPS of all channels in 2026Q4, in points.

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    counted as late (all are past their deadline when the log was exported).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    tickets : DataFrame
        The ticket log (``cx_tickets``: ``created``, ``first_response``, ``resolved``).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
    difference of shares; the lesson's baseline rounded to 3 decimals is accepted).

    Parameters
    ----------
    answer : object
        The student's answer (``...`` or ``None`` when left blank).
    survey : DataFrame
        The survey the notebook uses (``cx_monthly`` or ``journey_furnishing``: ``date``, ``channel``,
        ``csat``, ``recommend``, ratings).

    Returns
    -------
    Feedback
        ``passed`` and a message in the active language: a prompt for a blank answer, the named mistake
        when the answer is one a known mistake produces, else what is off.
    """
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
