"""Kano's method: questionnaire, answer parsing, classification and analysis.

Sources (cited per function): Berger et al. (1993), *Kano's methods for understanding
customer-defined quality*, CQM Journal 2(4) (evaluation table, Timko's coefficients,
DuMouchel's continuous scores, self-stated importance); Matzler, Hinterhuber, Bailom &
Sauerwein (1996) and Matzler & Hinterhuber (1998) (the M > O > A > I rule and the
(O+A+M) vs (I+R+Q) rule); Lee & Newcomb (1997), Quality Management Journal 4(3) (total and
category strength); Fong (1996), CQM Journal 5(3) (test of the two most frequent categories).

Answers are coded 1 like, 2 must-be (expect), 3 neutral, 4 live with (tolerate), 5 dislike.
Wide response tables have one row per respondent and columns ``{feature}_func``,
``{feature}_dys`` and optionally ``{feature}_imp`` (self-stated importance 1-9).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from cxlab import content, i18n
from cxlab.deprecation import options
from cxlab.errors import DataError, OptionError
from cxlab.results import Result, TupleAccess
from cxlab.validate import (
    CORRECTIONS,
    adjust_p,
    check_option,
    check_range,
    reject,
    require_columns,
    require_groups,
    text_column,
    warn,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

CATEGORIES = ("A", "O", "M", "I", "R", "Q")
PRIORITY = ("M", "O", "A", "I", "R", "Q")  # Matzler et al. (1996): decide near-ties M > O > A > I
SUFFIX = {"functional": "_func", "dysfunctional": "_dys", "importance": "_imp"}


class KanoColumnsError(DataError):
    """A response table without any ``{feature}_func`` / ``{feature}_dys`` pair."""

    key = "error.kano_pairs"


class KanoCountsError(DataError):
    """Category counts that are missing, negative or fractional."""

    key = "error.kano_counts"


def _data() -> dict:
    return content.load("kano")


@options(positional=("language",))
def category_names(*, language: str | None = None) -> dict[str, str]:
    """Category letters → names (魅力型 … / Attractive …).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    dict
        ``{"A": …, "O": …, "M": …, "I": …, "R": …, "Q": …}``.

    Examples
    --------
    >>> from cxlab import kano
    >>> kano.category_names(language="en")["M"]
    'Must-be'
    """
    return content.labels("kano", "categories", language)


def evaluation_table(table: str | pd.DataFrame = "berger") -> pd.DataFrame:
    """The 5×5 Kano evaluation table: rows the functional answer, columns the dysfunctional one.

    Parameters
    ----------
    table : str or 5×5 array-like, default "berger"
        A name in ``cxlab/data/kano.yaml`` (``"berger"``: Berger et al. 1993, the standard
        table; ``"pouliot"``: Fred Pouliot's modified table in Berger et al. 1993, p. 33,
        where the same answer to both questions is questionable except neutral/neutral, as
        implemented by Reppel 2022) or your own 5×5 table of category letters.

    Returns
    -------
    DataFrame
        Index ``functional`` 1-5, columns ``dysfunctional`` 1-5 (1 like, 2 must-be, 3 neutral,
        4 live with, 5 dislike), cells A, O, M, I, R or Q.

    References
    ----------
    Berger, C., Blauth, R., Boger, D. et al. (1993). Kano's methods for understanding
    customer-defined quality. *Center for Quality of Management Journal* 2(4), 3-36.

    Examples
    --------
    >>> from cxlab import kano
    >>> kano.evaluation_table().loc[1, 5]  # like it present, dislike it absent
    'O'
    >>> kano.evaluation_table("pouliot").loc[2, 2]
    'Q'
    """
    if isinstance(table, str):
        tables = _data()["tables"]
        check_option("table", table, tables)
        rows = tables[table]["rows"]
    else:
        rows = [list(row) for row in np.asarray(table, dtype=object)]
    if len(rows) != 5 or any(len(row) != 5 for row in rows):
        raise OptionError(name="table", value="…", valid="5×5 of A, O, M, I, R, Q")
    grid = pd.DataFrame(rows, index=range(1, 6), columns=range(1, 6))
    if not grid.isin(CATEGORIES).all().all():
        raise OptionError(name="table", value="…", valid="5×5 of A, O, M, I, R, Q")
    grid.index.name, grid.columns.name = "functional", "dysfunctional"
    return grid


# ---------------------------------------------------------------- answers and questionnaire

def normalise_answer(text: str) -> str:
    """An answer text reduced to the form :func:`answer_map` is keyed by.

    NFKC (full-width → ASCII), lower case, no spaces, quotes or sentence punctuation, so
    "我喜欢。", " 我喜欢 " and "我喜欢" are one answer.

    Parameters
    ----------
    text : str
        An answer as exported.

    Returns
    -------
    str
        The key to look up in :func:`answer_map`.

    Examples
    --------
    >>> from cxlab import kano
    >>> kano.normalise_answer(" I LIKE it! ")
    'ilikeit'
    >>> kano.answer_map()[kano.normalise_answer("我喜欢。")]
    1
    """
    return re.sub(r"[\s'\"“”‘’。.!！,，]+", "", unicodedata.normalize("NFKC", text).lower())


@functools.cache
def answer_map() -> dict[str, int]:
    """Every accepted answer text (normalised) → code 1-5: codes, all wordings, variants."""
    mapping = {str(code): code for code in range(1, 6)}
    for wording in _data()["wordings"].values():
        for lang in ("zh", "en"):
            mapping.update({normalise_answer(text): code for code, text in enumerate(wording[lang], 1)})
    for code, texts in _data()["variants"].items():
        mapping.update({normalise_answer(str(text)): int(code) for text in texts})
    return mapping


@options(positional=("mapping",))
def parse_answers(answers, *, mapping: dict | None = None) -> pd.Series:
    """Answer codes 1-5 (nullable Int8) from codes, labels or their variants; missing stays missing.

    Unique values are matched once, so the cost does not grow with the number of respondents.

    Parameters
    ----------
    answers : Series or array-like
        Codes 1-5, answer labels in zh or en (any wording set in ``cxlab/data/kano.yaml``) or
        their usual variants; full-width digits and stray spaces are accepted.
    mapping : dict, optional
        Extra or overriding entries, answer text → code.

    Returns
    -------
    Series
        Int8 codes 1-5 on the input's index; missing and blank answers are ``<NA>``.

    Raises
    ------
    cxlab.InvalidValueError
        Naming the column, rows and values that are not Kano answers.

    Examples
    --------
    >>> from cxlab import kano
    >>> kano.parse_answers(["我喜欢", "理所当然", " 3 ", "I dislike it", None]).tolist()
    [1, 2, 3, 5, <NA>]
    """
    s = answers if isinstance(answers, pd.Series) else pd.Series(answers)
    if mapping is None and _numeric(s):
        codes = _number_codes(s)
        return pd.Series(codes, index=s.index, name=s.name, dtype="Int8").where(codes > 0)
    table = {**answer_map(), **{normalise_answer(str(k)): int(v) for k, v in (mapping or {}).items()}}
    uniques = pd.unique(s[s.notna()])
    found = {}
    for value in uniques:
        text = str(value)
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        found[value] = table.get(normalise_answer(text))
    codes = s.map(found)
    blank = pd.Series(False, index=s.index)
    if not pd.api.types.is_numeric_dtype(s):
        empty = {v: isinstance(v, str) and not v.strip() for v in uniques}
        blank = s.map(empty).fillna(False).astype(bool)
    bad = s.notna() & codes.isna() & ~blank
    reject(s, bad, _EXPECTED)
    return codes.where(~blank).astype("Int8")


_EXPECTED = i18n.Text(zh="Kano 答案（1–5、标签或其常见写法）",
                      en="Kano answers (1–5, labels or their usual variants)")


def _numeric(s: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s)


def _number_codes(s: pd.Series) -> np.ndarray:
    """Codes 1-5 as int8 (0 = missing) from a numeric column, refusing other numbers."""
    if s.dtype.kind in "iu" and not s.hasnans:  # whole numbers, none missing
        values = s.to_numpy()
        valid = (values >= 1) & (values <= 5)
        if not valid.all():
            reject(s, pd.Series(~valid, index=s.index), _EXPECTED)
        return values.astype(np.int8)
    values = s.to_numpy(dtype=float, na_value=np.nan)
    valid = (values >= 1) & (values <= 5) & (values % 1 == 0)
    reject(s, pd.Series(~valid & ~pd.isna(values), index=s.index), _EXPECTED)
    return np.where(valid, values, 0).astype(np.int8)


@options(positional=("wording", "language"))
def answer_labels(*, wording: str = "berger", language: str | None = None) -> list[str]:
    """The five answer options (codes 1-5) of a wording set.

    Parameters
    ----------
    wording : str, default "berger"
        A wording set of ``cxlab/data/kano.yaml``.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    list of str
        The labels of codes 1 (like) … 5 (dislike).

    Examples
    --------
    >>> from cxlab import kano
    >>> len(kano.answer_labels(language="en"))
    5
    """
    check_option("wording", wording, list(_data()["wordings"]))
    return list(_data()["wordings"][wording][i18n.code(language)])


@options(positional=("wording", "importance", "language"))
def questionnaire(features: pd.DataFrame, *, wording: str = "berger", importance: bool = False,
                  language: str | None = None) -> pd.DataFrame:
    """The paired Kano questions (and optional importance question) for each feature.

    Parameters
    ----------
    features : DataFrame
        Columns ``feature`` (a short id) and the feature as a phrase in ``zh``, ``en`` or both
        (a table in one language needs only its column), and optionally the dysfunctional
        wording in ``absent`` (one language) or ``absent_zh`` / ``absent_en``. With both
        languages, a blank phrase takes the other language's phrase; a blank absent wording
        (or none) makes the question negate the phrase in ``language``, never borrowing the
        other language's wording.
    wording : str, default "berger"
        The answer wording set (see :func:`answer_labels`).
    importance : bool, default False
        Add the self-stated importance question (1-9; Berger et al. 1993).
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per question: ``question_id`` (the response column it feeds: ``{feature}_func``,
        ``_dys``, ``_imp``), ``feature``, ``form`` (functional, dysfunctional, importance),
        ``question`` and the answer options ``option_1`` … ``option_5`` (``option_1`` …
        ``option_9`` for importance).

    Raises
    ------
    cxlab.errors.MissingColumnError
        Without ``feature``, or without both ``zh`` and ``en``.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> q = kano.questionnaire(cxlab.load_dataset("kano_features").head(2), language="en")
    >>> q["question_id"].tolist()
    ['ar_preview_func', 'ar_preview_dys', 'true_photos_func', 'true_photos_dys']
    """
    lang = i18n.code(language)
    labels = answer_labels(wording=wording, language=lang)
    require_columns(features, ["feature"])
    phrases = text_column(features, "", language=lang)
    # the absent wording only in this language: else the question's own negation, never the
    # other language's wording inside this language's sentence
    own = next((c for c in (f"absent_{lang}", "absent") if c in features), None)
    absents = features[own].fillna("").astype(str).str.strip() if own else [""] * len(features)
    rows = []
    for f, text, absent in zip(features.to_dict("records"), phrases, absents, strict=True):
        absent = absent or i18n.t("kano.absent", lang, feature=text)
        forms = [("functional", i18n.t("kano.functional", lang, feature=text)),
                 ("dysfunctional", i18n.t("kano.dysfunctional", lang, absent=absent))]
        if importance:
            forms.append(("importance", i18n.t("kano.importance", lang, feature=text)))
        for form, question in forms:
            opts = labels if form != "importance" else [str(i) for i in range(1, 10)]
            rows.append({"question_id": f["feature"] + SUFFIX[form], "feature": f["feature"],
                         "form": form, "question": question,
                         **{f"option_{i}": o for i, o in enumerate(opts, 1)}})
    return pd.DataFrame(rows)


def questionnaire_markdown(questions: pd.DataFrame) -> str:
    """A printable questionnaire: numbered questions with their options as check boxes.

    Parameters
    ----------
    questions : DataFrame
        A result of :func:`questionnaire`.

    Returns
    -------
    str
        Markdown text.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> text = kano.questionnaire_markdown(kano.questionnaire(cxlab.load_dataset("kano_features").head(1)))
    >>> text.count("**")
    4
    """
    lines = []
    for number, q in enumerate(questions.to_dict("records"), 1):
        options = [v for k, v in q.items() if k.startswith("option_") and isinstance(v, str)]
        lines += [f"**{number}. {q['question']}**", "",
                  "  ".join(f"☐ {o}" for o in options), ""]
    return "\n".join(lines)


def export_questionnaire(questions: pd.DataFrame, path) -> Path:
    """Write the questionnaire as .csv (UTF-8 with BOM, opens in Excel), .xlsx or .md.

    Parameters
    ----------
    questions : DataFrame
        A result of :func:`questionnaire`.
    path : str or Path
        The file to write; its suffix picks the format.

    Returns
    -------
    Path
        The file written.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        questions.to_csv(path, index=False, encoding="utf-8-sig")
    elif suffix == ".xlsx":
        questions.to_excel(path, index=False, sheet_name="kano", engine="openpyxl")
    elif suffix == ".md":
        path.write_text(questionnaire_markdown(questions), encoding="utf-8")
    else:
        check_option("path suffix", suffix, [".csv", ".xlsx", ".md"])
    return path


# ------------------------------------------------------------------------- classification

def _lookup(table) -> np.ndarray:
    """A 6×6 array of category indices 0-6 (0 = missing) indexed by [functional, dysfunctional]."""
    grid = evaluation_table(table).to_numpy()
    out = np.zeros((6, 6), dtype=np.int8)
    out[1:, 1:] = np.vectorize(lambda c: CATEGORIES.index(c) + 1)(grid)
    return out


_CATEGORY_DTYPE = pd.CategoricalDtype(list(CATEGORIES))


def _codes(values) -> np.ndarray:
    """Answer codes as int8 (0 = missing); numeric columns skip the text lookup."""
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    return _number_codes(s) if _numeric(s) else parse_answers(s).fillna(0).to_numpy(np.int8)


@options(positional=("table",))
def classify(functional, dysfunctional, *, table="berger") -> str | pd.Series | pd.Categorical | None:
    """The Kano category (A, O, M, I, R, Q) of each answer pair, vectorised.

    A pair with a missing answer gets no category (``None`` / NaN), never a guess. A million
    pairs cost about as much as a plain numpy table lookup (int8 codes).

    Parameters
    ----------
    functional, dysfunctional : scalar, Series or array-like
        Answers as codes 1-5, labels or their variants (see :func:`parse_answers`).
    table : str or 5×5 array-like, default "berger"
        The evaluation table (see :func:`evaluation_table`).

    Returns
    -------
    str, Categorical or Series
        A letter for scalars; otherwise a :class:`pandas.Categorical` with categories A, O, M,
        I, R, Q (a Series named ``category`` on the same index for Series input).

    References
    ----------
    Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality.
    *Center for Quality of Management Journal* 2(4), 3-36.

    Examples
    --------
    >>> from cxlab import kano
    >>> kano.classify(1, 5), kano.classify("我喜欢", "理所当然")
    ('O', 'A')
    >>> list(kano.classify([2, 3, None], [5, 3, 5]))
    ['M', 'I', nan]
    """
    scalar = all(v is None or isinstance(v, str) or np.isscalar(v)
                 for v in (functional, dysfunctional))
    f = pd.Series([functional] if scalar else functional, name="functional", copy=False)
    d = pd.Series([dysfunctional] if scalar else dysfunctional, name="dysfunctional", copy=False)
    flat = _lookup(table).ravel() - np.int8(1)  # -1 = missing, 0-5 = A … Q
    codes = flat[_codes(f) * np.int8(6) + _codes(d)]  # 5 * 6 + 5 = 35 fits int8
    if scalar:
        return None if codes[0] < 0 else CATEGORIES[codes[0]]
    out = pd.Categorical.from_codes(codes, dtype=_CATEGORY_DTYPE, validate=False)
    if isinstance(functional, pd.Series):
        return pd.Series(out, index=functional.index, name="category")
    return out


def feature_columns(responses: pd.DataFrame) -> list[str]:
    """Features that have both ``{feature}_func`` and ``{feature}_dys`` columns, in order.

    Parameters
    ----------
    responses : DataFrame
        A wide response table.

    Returns
    -------
    list of str

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> kano.feature_columns(cxlab.load_dataset("kano_survey"))[:3]
    ['ar_preview', 'true_photos', 'delivery_slot']
    """
    found = [c[: -len("_func")] for c in responses.columns if str(c).endswith("_func")]
    return [f for f in found if f"{f}_dys" in responses.columns]


def _features(responses: pd.DataFrame, features) -> list[str]:
    features = list(features) if features is not None else feature_columns(responses)
    if not features:
        raise KanoColumnsError(available=", ".join(map(str, responses.columns)))
    require_columns(responses, [f + s for f in features for s in ("_func", "_dys")])
    return features


def _category_codes(responses: pd.DataFrame, features: list[str], table) -> np.ndarray:
    """Respondents × features array of category indices (0 missing, 1-6 = A … Q)."""
    flat = _lookup(table).ravel()  # index functional * 6 + dysfunctional
    out = np.empty((len(responses), len(features)), dtype=np.int8, order="F")  # columns contiguous
    for j, f in enumerate(features):
        out[:, j] = flat[_codes(responses[f + "_func"]).astype(np.int16) * 6
                         + _codes(responses[f + "_dys"])]
    return out


@options(positional=("features", "table"))
def categories(responses: pd.DataFrame, *, features=None, table="berger") -> pd.DataFrame:
    """One category letter per respondent and feature.

    Parameters
    ----------
    responses : DataFrame
        One row per respondent with ``{feature}_func`` and ``{feature}_dys`` columns.
    features : list of str, optional
        Default: every feature with both columns (:func:`feature_columns`).
    table : str or 5×5 array-like, default "berger"
        The evaluation table (see :func:`evaluation_table`).

    Returns
    -------
    DataFrame
        Respondents × features of A, O, M, I, R, Q (None where an answer is missing).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> kano.categories(cxlab.load_dataset("kano_survey")).iloc[0, :3].tolist()
    ['O', 'M', 'O']
    """
    features = _features(responses, features)
    letters = np.array((None, *CATEGORIES), dtype=object)
    return pd.DataFrame(letters[_category_codes(responses, features, table)],
                        index=responses.index, columns=features)


# ------------------------------------------------------------------------------- analysis

RULES = ("max", "aom")
DENOMINATORS = ("AOMI", "all")


def _top_two(counts: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series, pd.Series]:
    """The two most frequent categories (ties broken by PRIORITY) and their counts."""
    ordered = counts[list(PRIORITY)].to_numpy()
    order = np.argsort(-ordered, axis=1, kind="stable")  # stable: equal counts keep PRIORITY order
    rows = np.arange(len(counts))
    first, second = order[:, 0], order[:, 1]
    return (pd.Series(np.array(PRIORITY)[first], index=counts.index),
            pd.Series(np.array(PRIORITY)[second], index=counts.index),
            pd.Series(ordered[rows, first], index=counts.index),
            pd.Series(ordered[rows, second], index=counts.index))


@dataclass(frozen=True, eq=False)
class FongTest(TupleAccess, Result):
    """Fong's test of the two most frequent categories (see :func:`fong_test`).

    Fields are numpy arrays (0-d for scalar input): ``statistic`` ``|a − b|``, ``critical`` the
    critical value, ``significant`` statistic ≥ critical. ``.table`` has one row per pair.
    """

    statistic: np.ndarray
    critical: np.ndarray
    significant: np.ndarray

    _tuple_fields = ("statistic", "critical", "significant")

    @property
    def table(self) -> pd.DataFrame:
        """Columns ``statistic``, ``critical``, ``significant``; one row per pair tested."""
        return pd.DataFrame({"statistic": np.atleast_1d(self.statistic),
                             "critical": np.atleast_1d(self.critical),
                             "significant": np.atleast_1d(self.significant)})


@options(positional=("z",))
def fong_test(a, b, n, *, z: float = 1.65) -> FongTest:
    """Fong (1996): are the two most frequent categories' counts ``a`` and ``b`` different?

    The difference ``|a − b|`` is significant when it is at least
    ``z * sqrt((a + b) * (2n − a − b) / (2n))``. Vectorised over arrays of counts.

    Parameters
    ----------
    a, b : int or array-like
        Counts of the most and the second most frequent category.
    n : int or array-like
        Answers in all (the feature's respondents).
    z : float, default 1.65
        The normal quantile (1.65 in Fong's paper, a one-sided 5 % level).

    Returns
    -------
    FongTest
        ``statistic``, ``critical`` and ``significant`` (NaN / False where n = 0), and
        ``.table`` with those columns.

    References
    ----------
    Fong, D. (1996). Using the self-stated importance questionnaire to interpret Kano
    questionnaire results. *Center for Quality of Management Journal* 5(3), 21-23.

    Examples
    --------
    >>> from cxlab import kano
    >>> r = kano.fong_test(60, 20, 100)
    >>> float(r.statistic), round(float(r.critical), 2), bool(r.significant)  # 1.65·√48
    (40.0, 11.43, True)
    """
    a, b, n = (np.asarray(x, dtype=float) for x in (a, b, n))
    stat = np.abs(a - b)
    with np.errstate(invalid="ignore", divide="ignore"):  # n = 0: no test, NaN
        critical = z * np.sqrt((a + b) * (2 * n - a - b) / (2 * n))
    return FongTest(stat, critical, stat >= critical)


def _near_tie_category(table: pd.DataFrame, second: pd.Series, significant: np.ndarray,
                       near_tie) -> pd.Series:
    """The category of rule "max": the first in PRIORITY among those tied or near-tied with the top."""
    counts = table[list(PRIORITY)].to_numpy()
    n = np.maximum(counts.sum(axis=1, keepdims=True), 1)
    if near_tie == "fong":
        close = counts == counts.max(axis=1, keepdims=True)
        close |= ~np.asarray(significant)[:, None] & (np.array(PRIORITY) == second.to_numpy()[:, None])
    else:  # 1e-12: a gap equal to the band in decimal (0.30 − 0.25 = 0.05) counts as within it
        close = counts / n >= (counts.max(axis=1, keepdims=True) / n) - float(near_tie) - 1e-12
    return pd.Series(np.array(PRIORITY)[close.argmax(axis=1)], index=table.index)


@options(positional=("rule", "near_tie", "denominator"))
def analyze_counts(counts: pd.DataFrame, *, rule: str = "max", near_tie: float | str = 0.0,
                   denominator: str = "AOMI", mixed: bool = False) -> pd.DataFrame:
    """The Kano analysis from category counts per feature.

    Parameters
    ----------
    counts : DataFrame
        One row per feature, columns A, O, M, I, R, Q (non-negative whole numbers), e.g. from a
        SQL ``GROUP BY`` or a published table.
    rule : {"max", "aom"}, default "max"
        ``"max"``: the most frequent category, unless others come within ``near_tie`` of it:
        then the first of them in M > O > A > I > R > Q (:data:`PRIORITY`) wins (Matzler et
        al. 1996). ``"aom"``: if O + A + M > I + R + Q, the most frequent of O, A, M, else of
        I, R, Q (Matzler & Hinterhuber 1998); exact ties are warned about.
    near_tie : float or "fong", default 0.0
        A share difference (every category within it competes) or ``"fong"`` (the second
        competes when Fong's test finds no significant difference). Exact ties always compete.
    denominator : {"AOMI", "all"}, default "AOMI"
        D of Better = (A + O) / D and Worse = −(O + M) / D: A + O + M + I (Timko, in Berger et
        al. 1993) or all answers.
    mixed : bool, default False
        Add ``label``: "O/M" (the two most frequent, in that order) where Fong's test finds no
        significant difference between them, otherwise the category. A mixed label reports
        the split honestly (Fong 1996: the feature is then a combination of the two);
        ``category`` still holds one letter for plots and priorities.

    Returns
    -------
    DataFrame
        Indexed by feature: the counts ``A`` … ``Q``; ``n``; shares ``share_A`` … ``share_Q``;
        ``category``; ``better``; ``worse`` (negative); ``total_strength`` (A + O + M) / n and
        ``category_strength`` (top share − second share; Lee & Newcomb 1997); ``fong_stat``,
        ``fong_critical``, ``fong_significant`` (:func:`fong_test` of the two most frequent);
        ``label`` with ``mixed=True``. ``attrs["denominator"]`` records D.

    References
    ----------
    Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality.
    *Center for Quality of Management Journal* 2(4), 3-36.
    Matzler, K., Hinterhuber, H. H., Bailom, F. & Sauerwein, E. (1996). How to delight your
    customers. *Journal of Product & Brand Management* 5(2), 6-18.
    Matzler, K. & Hinterhuber, H. H. (1998). How to make product development projects more
    successful by integrating Kano's model of customer satisfaction into quality function
    deployment. *Technovation* 18(1), 25-38.
    Lee, M. C. & Newcomb, J. F. (1997). Applying the Kano methodology to meet customer
    requirements: NASA's microgravity science program. *Quality Management Journal* 4(3), 95-110.
    Fong, D. (1996). Using the self-stated importance questionnaire to interpret Kano
    questionnaire results. *Center for Quality of Management Journal* 5(3), 21-23.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import kano
    >>> counts = pd.DataFrame({"A": [10, 2], "O": [5, 20], "M": [3, 19], "I": [2, 1], "R": [0, 0],
    ...                        "Q": [0, 0]}, index=["gift_wrap", "tracking"])
    >>> kano.analyze_counts(counts)[["category", "better", "worse"]]
              category  better  worse
    gift_wrap        A    0.75  -0.40
    tracking         O    0.52  -0.93
    >>> kano.analyze_counts(counts, near_tie=0.05)["category"].tolist()  # M within 5 points of O
    ['A', 'M']
    """
    check_option("rule", rule, RULES)
    check_option("denominator", denominator, DENOMINATORS)
    _check_near_tie(near_tie)
    require_columns(counts, CATEGORIES)
    table = counts[list(CATEGORIES)].apply(pd.to_numeric, errors="coerce")
    bad = table.isna().any(axis=1) | (table < 0).any(axis=1) | (table % 1 != 0).any(axis=1)
    if bad.any():
        raise KanoCountsError(rows=", ".join(map(str, table.index[bad])))
    table = table.astype(int)
    n = table.sum(axis=1)
    shares = table.div(n.where(n > 0), axis=0)
    first, second, c1, c2 = _top_two(table)
    fong = fong_test(c1, c2, n)
    stat, critical, significant = fong.statistic, fong.critical, fong.significant
    p1, p2 = c1 / n.where(n > 0), c2 / n.where(n > 0)
    if rule == "aom":
        aom, irq = table[["O", "A", "M"]].sum(axis=1), table[["I", "R", "Q"]].sum(axis=1)
        first_of = [c for c in PRIORITY if c in "OAM"], [c for c in PRIORITY if c in "IRQ"]
        category = table[first_of[0]].idxmax(axis=1).where(aom > irq, table[first_of[1]].idxmax(axis=1))
        ties = table.index[(aom == irq) & (n > 0)]
        if len(ties):
            warn("kano.aom_tie", features=", ".join(map(str, ties)))
    else:
        category = _near_tie_category(table, second, significant, near_tie)
    d = table[["A", "O", "M", "I"]].sum(axis=1) if denominator == "AOMI" else n
    d = d.where(d > 0)
    out = table.assign(n=n)
    for c in CATEGORIES:
        out[f"share_{c}"] = shares[c]
    out["category"] = category.where(n > 0)
    out["better"] = (table["A"] + table["O"]) / d
    out["worse"] = -(table["O"] + table["M"]) / d
    out["total_strength"] = table[["A", "O", "M"]].sum(axis=1) / n.where(n > 0)
    out["category_strength"] = p1 - p2
    out["fong_stat"], out["fong_critical"], out["fong_significant"] = stat, critical, significant
    if mixed:
        split = ~np.asarray(significant, dtype=bool) & (c2 > 0).to_numpy()
        out["label"] = out["category"].where(~split, first + "/" + second)
    out.attrs["denominator"] = denominator
    if rule == "aom":
        out.attrs["aom_ties"] = list(ties)
    return out


def _check_near_tie(near_tie) -> None:
    """``near_tie`` is "fong" or a share 0 ≤ near_tie < 1 (5 points = 0.05, not 5)."""
    if near_tie == "fong":
        return
    number = isinstance(near_tie, int | float | np.integer | np.floating) and not isinstance(near_tie, bool)
    if not (number and 0 <= near_tie < 1):
        raise OptionError(name="near_tie", value=near_tie, valid=i18n.Text(
            zh="0 到 1 之间（不含 1）的比例差，如 0.05 表示 5 个百分点；或 \"fong\"",
            en="a share difference from 0 up to (not including) 1, such as 0.05 for 5 points; "
               "or \"fong\""))


def _count(codes: np.ndarray, features: list[str]) -> pd.DataFrame:
    counts = np.stack([np.bincount(codes[:, j], minlength=7)[1:] for j in range(len(features))]) \
        if features else np.zeros((0, 6), dtype=int)
    return pd.DataFrame(counts, index=pd.Index(features, name="feature"), columns=list(CATEGORIES))


@options(positional=("features", "segment", "table", "rule", "near_tie", "denominator"),
         renamed={"segment": "by"})
def analyze(responses: pd.DataFrame, *, features=None, by: str | list[str] | None = None,
            table="berger", rule: str = "max", near_tie: float | str = 0.0,
            denominator: str = "AOMI", mixed: bool = False) -> pd.DataFrame:
    """Classify every answer pair and analyse per feature (and per group of ``by``).

    Respondents with a missing answer for a feature are left out for that feature only and
    counted in ``missing``.

    Parameters
    ----------
    responses : DataFrame
        One row per respondent with ``{feature}_func`` and ``{feature}_dys`` columns (codes
        1-5, labels or their variants).
    features : list of str, optional
        Default: every feature with both columns.
    by : str or list of str, optional
        Grouping column(s) of ``responses``: one analysis per group (no missing group values).
    table : str or 5×5 array-like, default "berger"
        The evaluation table (see :func:`evaluation_table`).
    rule, near_tie, denominator, mixed
        As in :func:`analyze_counts`.

    Returns
    -------
    DataFrame
        Indexed by feature (by ``(*by, feature)`` when grouped): ``missing`` and every column of
        :func:`analyze_counts`.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> survey = cxlab.load_dataset("kano_survey")
    >>> kano.analyze(survey)[["n", "category", "better", "worse"]].round(2).head(3)
                     n category  better  worse
    feature
    ar_preview     395        A    0.61  -0.16
    true_photos    398        M    0.27  -0.88
    delivery_slot  392        O    0.69  -0.74
    >>> kano.analyze(survey, by="age_band").loc[("45+", "ar_preview"), "category"]
    'I'
    """
    features = _features(responses, features)
    codes = _category_codes(responses, features, table)
    names = _by_names(by)
    if not names:
        groups = [(None, codes)]
    else:
        _group_keys(responses, names)
        positions = responses.groupby(names if len(names) > 1 else names[0], sort=True).indices
        groups = [(key, codes[rows]) for key, rows in positions.items()]
    frames = []
    for key, part in groups:
        result = analyze_counts(_count(part, features), rule=rule, near_tie=near_tie,
                                denominator=denominator, mixed=mixed)
        result.insert(0, "missing", result["n"].rsub(len(part)).to_numpy())
        for name, value in zip(names, key if len(names) > 1 else (key,), strict=False):
            result.insert(names.index(name), name, value)
        frames.append(result)
    out = pd.concat(frames)
    if names:
        out = out.set_index(names, append=True).reorder_levels([*names, "feature"])
    out.attrs = {"denominator": denominator}  # concat keeps attrs only where all parts agree
    if rule == "aom":
        out.attrs["aom_ties"] = [(key, f) if names else f
                                 for (key, _), frame in zip(groups, frames, strict=True)
                                 for f in frame.attrs["aom_ties"]]
    return out


def _by_names(by) -> list[str]:
    """``by`` as a list of column names (a name, a list of names, or None)."""
    return [] if by is None else [by] if isinstance(by, str) else list(by)


def _group_keys(responses: pd.DataFrame, names: list[str]) -> pd.Series:
    """One key per respondent (the value of ``by``, a tuple for several columns); none missing."""
    require_columns(responses, names)
    for name in names:
        keys = responses[name]
        reject(keys, keys.isna(), i18n.Text(zh="每位受访者都要有分组值", en="a group for every respondent"))
    if len(names) == 1:
        return responses[names[0]]
    codes = responses.groupby(names, sort=True).ngroup()
    return codes.rename(", ".join(names))


SEGMENT_METHODS = ("chi2", "monte_carlo", "auto")


@options(positional=("segment", "features", "table", "categories", "correction", "alpha"),
         renamed={"segment": "by"})
def compare_segments(responses: pd.DataFrame, *, by: str | list[str], features=None,
                     table="berger", categories=None, correction: str = "holm",
                     alpha: float = 0.05, min_count: float = 5, method: str = "chi2", reps: int = 9999,
                     seed: int = 0) -> pd.DataFrame:
    """Do the groups of ``by`` classify a feature differently? One row per feature.

    Pearson's chi-square test of independence of group × category (scipy
    ``chi2_contingency``, no continuity correction), Cramér's V as the effect size (scipy
    ``contingency.association``) and p-values adjusted over the features (statsmodels
    ``multipletests``: "holm", "bonferroni" or "fdr_bh").

    Parameters
    ----------
    responses : DataFrame
        As in :func:`analyze`.
    by : str or list of str
        Grouping column(s) of ``responses`` (customer segments, age bands…); no missing values.
    features : list of str, optional
        Default: every feature with both columns.
    table : str or 5×5 array-like, default "berger"
        The evaluation table.
    correction : {"holm", "bonferroni", "fdr_bh"}, default "holm"
        Multiple-testing adjustment over the features (Holm 1979).
    alpha : float, default 0.05
        The threshold of ``significant`` on the adjusted p-value.
    categories : str or list, optional
        The categories that enter the test. Default: per feature, every one of A, O, M, I, R
        with at least ``min_count`` answers per segment on average (total ≥ min_count ×
        segments), so R enters where it is common (a feature many customers reject) and rare
        categories, whose cells would have expected counts below 5, stay out. Q is a flag on
        the answer pair (Berger et al. 1993), not a view of the feature, and enters only when
        named. Pass e.g. ``"AOMI"`` to fix the set; what is left out is reported.
    min_count : int
        The average count per segment a category needs to enter by default (5, our choice
        after Cochran's expected-count rule).
    method : {"chi2", "monte_carlo", "auto"}
        The p-value: the chi-square approximation; a Monte-Carlo p-value of the same
        statistic from ``reps`` random tables with the observed margins (scipy
        ``MonteCarloMethod`` / ``random_table``; Hope 1968, as R's ``chisq.test(simulate.p.value
        = TRUE)``), seeded with ``seed``; or "auto": Monte-Carlo only where
        ``small_expected``.

    Returns
    -------
    DataFrame indexed by feature: ``n`` answers tested, ``left_out`` answers in a category
    not tested, ``missing`` pairs with a missing answer (n + left_out + missing = respondents),
    ``categories`` tested, ``left_out_categories`` (e.g. "M 2, Q 3"), ``chi2``, ``dof``,
    ``p_value``, ``p_method``, ``cramers_v``, ``small_expected`` (more than 20 % of the
    expected counts below 5, Cochran 1954: prefer the Monte-Carlo p-value), ``p_adjusted``,
    ``significant`` (p_adjusted < alpha).

    References
    ----------
    Cochran, W. G. (1954). Some methods for strengthening the common χ² tests. *Biometrics*
    10(4), 417-451. Hope, A. C. A. (1968). A simplified Monte Carlo significance test
    procedure. *JRSS B* 30(3), 582-598. Holm, S. (1979). A simple sequentially rejective
    multiple test procedure. *Scandinavian Journal of Statistics* 6(2), 65-70.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> tests = kano.compare_segments(cxlab.load_dataset("kano_survey"), by="customer_type")
    >>> row = tests.loc["fast_refund"]
    >>> row["categories"], int(row["dof"]), bool(row["significant"])
    ('AOMI', 3, True)
    """
    from scipy.stats import MonteCarloMethod, chi2_contingency, contingency

    check_option("correction", correction, CORRECTIONS)  # before any work
    check_option("method", method, SEGMENT_METHODS)
    for c in categories or ():
        check_option("categories", c, CATEGORIES)
    features = _features(responses, features)
    keys = _group_keys(responses, _by_names(by))
    require_groups(keys)
    keys = keys.to_numpy()
    n_segments = len(pd.unique(keys))
    codes = _category_codes(responses, features, table)
    rng = np.random.default_rng(seed)
    rows = []
    for j, f in enumerate(features):
        totals = np.bincount(codes[:, j], minlength=7)
        used = (np.flatnonzero(totals[1:6] >= min_count * n_segments) + 1 if categories is None
                else np.array([CATEGORIES.index(c) + 1 for c in categories]))
        keep = np.isin(codes[:, j], used)
        dropped = [k for k in range(1, 7) if k not in used and totals[k] > 0]
        observed = pd.crosstab(keys[keep], codes[keep, j]).to_numpy()
        row = {"feature": f, "n": int(keep.sum()), "left_out": int(totals[dropped].sum()),
               "missing": int(totals[0]), "categories": "".join(CATEGORIES[k - 1] for k in used),
               "left_out_categories": ", ".join(f"{CATEGORIES[k - 1]} {totals[k]}" for k in dropped)}
        if min(observed.shape) >= 2:
            test = chi2_contingency(observed, correction=False)
            small = bool((test.expected_freq < 5).mean() > 0.2)
            row.update(chi2=test.statistic, dof=test.dof, p_value=test.pvalue, p_method="chi2",
                       cramers_v=contingency.association(observed, method="cramer"),
                       small_expected=small)
            if method == "monte_carlo" or (method == "auto" and small):
                simulated = chi2_contingency(observed, correction=False, method=MonteCarloMethod(
                    n_resamples=reps, rng=rng))
                row.update(p_value=simulated.pvalue, p_method="monte_carlo")
        rows.append(row)
    out = pd.DataFrame(rows, columns=["feature", "n", "left_out", "missing", "categories",
                                      "left_out_categories", "chi2", "dof", "p_value", "p_method",
                                      "cramers_v", "small_expected"]).set_index("feature")
    out["p_adjusted"] = adjust_p(out["p_value"], correction=correction)
    out["significant"] = out["p_adjusted"] < alpha
    return out


# ------------------------------------------------------------------- uncertainty, quality

def _interval_denominator(counts: pd.DataFrame, denominator: str | None) -> str:
    """The Better/Worse denominator of an interval: the one the analysis used (its attrs)."""
    used = counts.attrs.get("denominator")
    if denominator is None:
        return used or "AOMI"
    check_option("denominator", denominator, DENOMINATORS)
    if used is not None and denominator != used:
        raise OptionError(name="denominator", value=denominator, valid=used)
    return denominator


def _bw_counts(counts: pd.DataFrame, denominator: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(A + O, O + M, D) per feature, D = A + O + M + I or all answers."""
    c = counts[list(CATEGORIES)].to_numpy(dtype=np.int64)
    a, o, m, i = (c[:, CATEGORIES.index(k)] for k in "AOMI")
    d = a + o + m + i if denominator == "AOMI" else c.sum(axis=1)
    return a + o, o + m, d


@options(positional=("level", "denominator"))
def wilson(counts: pd.DataFrame, *, level: float = 0.95, denominator: str | None = None) -> pd.DataFrame:
    """Wilson score intervals for Better and Worse, per feature (analytic, no resampling).

    Better = (A + O) / D and ``|Worse|`` = (O + M) / D are binomial proportions of the D answers in
    the denominator (given D), so each gets Wilson's (1927) score interval (statsmodels
    ``proportion_confint(method="wilson")``; Brown, Cai & DasGupta 2001 recommend it over the
    Wald interval). Unlike a percentile bootstrap it has width when every answer falls in one
    category (10 of 10 attractive: Better in [0.72, 1]).

    Parameters
    ----------
    counts : DataFrame
        A result of :func:`analyze` or :func:`analyze_counts` (columns A … Q).
    level : float, default 0.95
        The interval level.
    denominator : {"AOMI", "all"}, optional
        Default: the one the analysis used (``counts.attrs``); a different one is refused.

    Returns
    -------
    DataFrame
        Indexed as ``counts``: ``better_low``, ``better_high``, ``worse_low``, ``worse_high``
        (Worse negative, so ``worse_low`` is the more negative end); NaN where D = 0.

    References
    ----------
    Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
    inference. *JASA* 22(158), 209-212. Brown, L. D., Cai, T. T. & DasGupta, A. (2001).
    Interval estimation for a binomial proportion. *Statistical Science* 16(2), 101-133.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import kano
    >>> counts = pd.DataFrame({"A": [10], "O": [0], "M": [0], "I": [0], "R": [0], "Q": [0]},
    ...                       index=["gift_wrap"])
    >>> kano.wilson(kano.analyze_counts(counts)).round(2)
               better_low  better_high  worse_low  worse_high
    gift_wrap        0.72          1.0      -0.28        -0.0
    """
    from statsmodels.stats.proportion import proportion_confint

    denominator = _interval_denominator(counts, denominator)
    better, worse, d = _bw_counts(counts, denominator)
    ok = d > 0
    out = np.full((len(counts), 4), np.nan)
    if ok.any():
        bounds = []
        for x in (better[ok], worse[ok]):
            low, high = proportion_confint(x, d[ok], alpha=1 - level, method="wilson")
            # exact ends where the formula's rounding misses them: 0 of D starts at 0, D of D ends at 1
            bounds.append((np.where(x == 0, 0.0, low), np.where(x == d[ok], 1.0, high)))
        (b_low, b_high), (w_low, w_high) = bounds
        out[ok] = np.column_stack([b_low, b_high, 0.0 - w_high, 0.0 - w_low])
    return pd.DataFrame(out, index=counts.index,
                        columns=["better_low", "better_high", "worse_low", "worse_high"])


@options(positional=("reps", "level", "seed", "denominator"))
def bootstrap(counts: pd.DataFrame, *, reps: int = 2000, level: float = 0.95, seed: int = 0,
              denominator: str | None = None) -> pd.DataFrame:
    """Percentile bootstrap intervals for Better and Worse, resampling each feature's counts.

    Each replicate draws n answers from the observed category shares (a multinomial), all
    replicates at once; seeded, so the same call gives the same intervals. Works on grouped
    results (one row per group and feature). A percentile bootstrap has zero width when a
    coefficient is 0 or 1 (every answer in one category): such intervals are replaced by
    :func:`wilson`'s, with a :class:`cxlab.DataWarning` naming the features
    (``attrs["wilson"]`` lists them).

    Parameters
    ----------
    counts : DataFrame
        A result of :func:`analyze` or :func:`analyze_counts`.
    reps : int, default 2000
        Bootstrap replicates.
    level : float, default 0.95
        The interval level.
    seed : int, default 0
        Seed of the random generator.
    denominator : {"AOMI", "all"}, optional
        Default: the one the analysis used; a different one is refused.

    Returns
    -------
    DataFrame
        Indexed as ``counts``: ``better_low``, ``better_high``, ``worse_low``, ``worse_high``;
        NaN for features without answers.

    References
    ----------
    Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*, ch. 13
    (percentile interval). Chapman & Hall.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> result = kano.analyze(cxlab.load_dataset("kano_survey"))
    >>> ci = kano.bootstrap(result, reps=500)
    >>> bool((ci["better_low"] <= result["better"]).all() and (result["better"] <= ci["better_high"]).all())
    True
    """
    denominator = _interval_denominator(counts, denominator)
    rng = np.random.default_rng(seed)
    lo, hi = 100 * (1 - level) / 2, 100 * (1 + level) / 2
    table = counts[list(CATEGORIES)].to_numpy(dtype=np.int64)
    out = np.full((len(counts), 4), np.nan)
    for k, row in enumerate(table):
        n = int(row.sum())
        if n == 0:
            continue
        draws = rng.multinomial(n, row / n, size=reps)
        better, worse, d = _bw_counts(pd.DataFrame(draws, columns=list(CATEGORIES)), denominator)
        ok = d > 0
        if ok.any():
            ratios = np.column_stack([better[ok], -worse[ok]]) / d[ok, None]
            out[k] = np.percentile(ratios, [lo, hi], axis=0).T.ravel()
    result = pd.DataFrame(out, index=counts.index,
                          columns=["better_low", "better_high", "worse_low", "worse_high"])
    flat = {c: (result[f"{c}_low"] == result[f"{c}_high"]).to_numpy() for c in ("better", "worse")}
    if any(f.any() for f in flat.values()):
        analytic = wilson(counts, level=level, denominator=denominator)
        for c, rows in flat.items():
            result.loc[rows, [f"{c}_low", f"{c}_high"]] = analytic.loc[rows, [f"{c}_low", f"{c}_high"]]
        features = counts.index[flat["better"] | flat["worse"]]
        warn("kano.wilson_fallback", features=", ".join(map(str, features)))
        result.attrs["wilson"] = list(features)
    return result


@options(positional=("features", "table"))
def respondent_quality(responses: pd.DataFrame, *, features=None, table="berger") -> pd.DataFrame:
    """Per respondent: answered pairs, and the share of them classified Q and R.

    Parameters
    ----------
    responses : DataFrame
        As in :func:`analyze`.
    features : list of str, optional
        Default: every feature with both columns.
    table : str or 5×5 array-like, default "berger"
        The evaluation table.

    Returns
    -------
    DataFrame
        On the index of ``responses``: ``answered`` (pairs with both answers), ``q_share`` and
        ``r_share`` (of the answered pairs; NaN when none).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> quality = kano.respondent_quality(cxlab.load_dataset("kano_survey"))
    >>> list(quality.columns)
    ['answered', 'q_share', 'r_share']
    """
    cats = categories(responses, features=features, table=table)
    answered = cats.notna().sum(axis=1)
    return pd.DataFrame({"answered": answered,
                         "q_share": cats.eq("Q").sum(axis=1) / answered.where(answered > 0),
                         "r_share": cats.eq("R").sum(axis=1) / answered.where(answered > 0)})


@dataclass(frozen=True, eq=False)
class Exclusion(TupleAccess, Result):
    """The outcome of :func:`exclude_respondents`: ``kept`` (the responses left) and
    ``excluded`` (one row per excluded respondent: ``answered``, ``q_share``, ``r_share``,
    ``reason``); ``.table`` is ``excluded``."""

    kept: pd.DataFrame = field(repr=False)
    excluded: pd.DataFrame = field(repr=False)

    _tuple_fields = ("kept", "excluded")

    @property
    def table(self) -> pd.DataFrame:
        """The excluded respondents with their shares and reason."""
        return self.excluded


@options(positional=("max_q", "max_r", "features", "table"))
def exclude_respondents(responses: pd.DataFrame, *, max_q: float = 0.5, max_r: float = 0.5,
                        features=None, table="berger") -> Exclusion:
    """Drop respondents whose Q or R share is above the limits, reporting each of them.

    The report lists every excluded respondent with their shares and the reason, so the
    exclusion is visible, never silent.

    Parameters
    ----------
    responses : DataFrame
        As in :func:`analyze`.
    max_q, max_r : float, default 0.5
        The highest share of questionable (Q) and reverse (R) pairs a respondent may have.
    features : list of str, optional
        Default: every feature with both columns.
    table : str or 5×5 array-like, default "berger"
        The evaluation table.

    Returns
    -------
    Exclusion
        ``kept`` (the responses left) and ``excluded`` (= ``.table``): per excluded respondent
        ``answered``, ``q_share``, ``r_share`` and ``reason`` ("Q", "R" or "Q+R").

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> survey = cxlab.load_dataset("kano_survey")
    >>> screened = kano.exclude_respondents(survey, max_q=0.15, max_r=0.3)
    >>> len(screened.kept) + len(screened.excluded) == len(survey)
    True
    """
    quality = respondent_quality(responses, features=features, table=table)
    too_q, too_r = quality["q_share"] > max_q, quality["r_share"] > max_r
    reason = np.select([too_q & too_r, too_q, too_r], ["Q+R", "Q", "R"], default="")
    report = quality.assign(reason=reason)[reason != ""]
    return Exclusion(responses.drop(index=report.index), report)


# -------------------------------------------------------------------------- continuous

@options(positional=("features",))
def continuous(responses: pd.DataFrame, *, features=None, scale=None, exclude="",
               table="berger", level: float = 0.95) -> pd.DataFrame:
    """DuMouchel's continuous Kano scores (in Berger et al. 1993), per feature.

    Parameters
    ----------
    responses : DataFrame
        As in :func:`analyze`; ``{feature}_imp`` columns (1-9) add importance weights.
    features : list of str, optional
        Default: every feature with both columns.
    scale : sequence, optional
        See below; default DuMouchel's −2, −1, 0, 2, 4.
    exclude : str, default ""
        Categories whose answer pairs are left out (e.g. ``"QR"``).
    table : str or 5×5 array-like, default "berger"
        The evaluation table that classifies the pairs for ``exclude``.
    level : float, default 0.95
        Level of the t intervals.

    Answers map to −2, −1, 0, 2, 4 (functional: like 4 … dislike −2; dysfunctional: like
    −2 … dislike 4), or to your own ``scale``: five scores for the functional answers (like
    … dislike), the dysfunctional answers taking them in reverse order; or a pair (functional
    scores, dysfunctional scores). A symmetric 2, 1, 0, −1, −2 is a common alternative.

    ``exclude`` drops answer pairs of the listed categories (e.g. ``"QR"``: questionable and
    reverse pairs, classified by ``table``) before averaging; their count is in ``excluded``.

    Returns
    -------
    DataFrame
        Indexed by feature: ``functional_mean``, ``functional_sd``, ``functional_low``,
        ``functional_high`` (t interval at ``level``), the same for ``dysfunctional``, ``n``,
        ``excluded``, and, where ``{feature}_imp`` columns exist, ``importance`` (mean) and the
        importance-weighted means ``functional_weighted`` and ``dysfunctional_weighted``.
        ``attrs["scale"]`` holds the (functional, dysfunctional) scores used.

    References
    ----------
    Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality.
    *Center for Quality of Management Journal* 2(4), 3-36 (DuMouchel's continuous analysis).

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> scores = kano.continuous(cxlab.load_dataset("kano_survey"))
    >>> scores.loc["true_photos", ["functional_mean", "dysfunctional_mean", "n"]].round(2).tolist()
    [1.84, 3.43, 398.0]
    """
    from scipy import stats

    features = _features(responses, features)
    functional, dysfunctional = _continuous_scale(scale)
    for c in exclude:
        check_option("exclude", c, CATEGORIES)
    dropped = np.isin(_category_codes(responses, features, table),
                      [CATEGORIES.index(c) + 1 for c in exclude])
    rows = {}
    for j, f in enumerate(features):
        func = parse_answers(responses[f + "_func"]).map(dict(enumerate(functional, 1))).astype(float)
        dys = parse_answers(responses[f + "_dys"]).map(dict(enumerate(dysfunctional, 1))).astype(float)
        both = func.notna() & dys.notna() & ~dropped[:, j]
        row = {}
        for name, x in (("functional", func[both]), ("dysfunctional", dys[both])):
            mean, sd = x.mean(), x.std()
            low = high = np.nan
            if len(x) > 1 and sd > 0:
                low, high = stats.t.interval(level, len(x) - 1, loc=mean, scale=sd / np.sqrt(len(x)))
            row.update({f"{name}_mean": mean, f"{name}_sd": sd, f"{name}_low": low, f"{name}_high": high})
        row.update(n=int(both.sum()), excluded=int(dropped[:, j].sum()))
        if f + "_imp" in responses:
            imp = pd.to_numeric(responses[f + "_imp"], errors="coerce")
            check_range(responses[f + "_imp"], 1, 9, integer=True, allow_missing=True)
            w = imp.where(both)
            row.update(importance=w.mean(),
                       functional_weighted=(func * w).sum() / w.sum(),
                       dysfunctional_weighted=(dys * w).sum() / w.sum())
        rows[f] = row
    out = pd.DataFrame(rows).T.rename_axis("feature").astype({"n": int, "excluded": int})
    out.attrs["scale"] = (functional, dysfunctional)
    return out


def _continuous_scale(scale) -> tuple[list[float], list[float]]:
    """(functional, dysfunctional) scores for answer codes 1-5, from DuMouchel or the user."""
    if scale is None:
        data = _data()["continuous"]
        return list(data["functional"]), list(data["dysfunctional"])
    parts = [scale, scale[::-1]] if np.ndim(scale) == 1 else list(scale)
    try:
        parts = [[float(v) for v in part] for part in parts]
    except (TypeError, ValueError):
        parts = []
    if len(parts) != 2 or any(len(p) != 5 or not np.isfinite(p).all() for p in parts):
        raise OptionError(name="scale", value=scale, valid=i18n.Text(
            zh="5 个分数（喜欢 … 不喜欢），或（正向 5 个，反向 5 个）", en="five scores (like … "
            "dislike), or a pair (five functional, five dysfunctional)"))
    return parts[0], parts[1]


# ---------------------------------------------------------------------------------- plots

COLOURS = {"A": "#3a9d5d", "O": "#1f5f8b", "M": "#c23b3b", "I": "#9a9a9a", "R": "#7b5ea7",
           "Q": "#d9b44a"}


def _labels(index, labels) -> list[str]:
    if labels is None:
        return [str(i) for i in index]
    if isinstance(labels, pd.DataFrame):  # a features table: feature, zh, en
        labels = labels.set_index("feature")[i18n.get_language()]
    return [str(labels.get(i, i)) for i in index]


@options(positional=("labels", "ci", "threshold", "ax"))
def plot_quadrant(result: pd.DataFrame, *, labels=None, ci: pd.DataFrame | None = None,
                  threshold: float = 0.5, ax=None) -> Axes:
    """Better against ``|Worse|`` with the four quadrants named (Berger et al. 1993, Timko).

    Parameters
    ----------
    result : DataFrame
        A result of :func:`analyze` or :func:`analyze_counts`.
    labels : dict, Series or DataFrame, optional
        Feature ids → display names (a dict, a Series, or the features table with ``feature``,
        ``zh``, ``en``); default the ids.
    ci : DataFrame, optional
        :func:`wilson` or :func:`bootstrap` intervals, drawn as whiskers.
    threshold : float, default 0.5
        Where the quadrant lines cross.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    ax = ax or plt.subplots(figsize=(7, 6))[1]
    x, y = -result["worse"], result["better"]
    names = category_names()
    for (left, bottom), cat in zip([(0, 1), (1, 1), (1, 0), (0, 0)], "AOMI", strict=True):
        ax.text(0.02 + 0.96 * left, 0.02 + 0.96 * bottom, f"{names[cat]} ({cat})",
                transform=ax.transAxes, ha="right" if left else "left",
                va="top" if bottom else "bottom", color=COLOURS[cat], fontsize=12, alpha=0.8)
    ax.axhline(threshold, color="0.6", lw=1, ls="--")
    ax.axvline(threshold, color="0.6", lw=1, ls="--")
    if ci is not None:
        ci = ci.reindex(result.index)
        ax.errorbar(x, y, xerr=[x - (-ci["worse_high"]), (-ci["worse_low"]) - x],
                    yerr=[y - ci["better_low"], ci["better_high"] - y], fmt="none",
                    ecolor="0.7", elinewidth=1, zorder=1)
    ax.scatter(x, y, c=[COLOURS.get(c, "0.5") for c in result["category"]], s=45, zorder=3)
    texts = [ax.text(xi, yi, label, fontsize=9)
             for xi, yi, label in zip(x, y, _labels(result.index, labels), strict=True)]
    ax.set(xlim=(0, 1), ylim=(0, 1), xlabel=i18n.t("kano.worse"), ylabel=i18n.t("kano.better"),
           title=i18n.t("kano.quadrant_title"))
    adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "0.6", "lw": 0.5})
    return ax


@options(positional=("labels", "ax"))
def plot_shares(result: pd.DataFrame, *, labels=None, ax=None) -> Axes:
    """Stacked horizontal bars of the category shares of each feature.

    Parameters
    ----------
    result : DataFrame
        A result of :func:`analyze` or :func:`analyze_counts`.
    labels : dict, Series or DataFrame, optional
        Feature ids → display names (a dict, a Series, or the features table with ``feature``,
        ``zh``, ``en``); default the ids.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    shares = result[[f"share_{c}" for c in CATEGORIES]].set_axis(list(CATEGORIES), axis=1)
    shares.index = _labels(result.index, labels)
    names = category_names()
    ax = ax or plt.subplots(figsize=(8, 0.45 * len(shares) + 1.5))[1]
    left = np.zeros(len(shares))
    for c in CATEGORIES:
        ax.barh(shares.index, shares[c], left=left, color=COLOURS[c], label=f"{names[c]} ({c})")
        left += shares[c].to_numpy()
    ax.invert_yaxis()
    ax.set(xlim=(0, 1), xlabel=i18n.t("kano.share"), title=i18n.t("kano.shares_title"))
    ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.12), frameon=False)
    return ax


@options(positional=("labels", "ax"))
def plot_continuous(scores: pd.DataFrame, *, labels=None, ax=None) -> Axes:
    """DuMouchel's continuous Kano plot: mean dysfunctional (x) against functional (y) score.

    Point size follows mean importance when known.

    Parameters
    ----------
    scores : DataFrame
        A result of :func:`continuous`.
    labels : dict, Series or DataFrame, optional
        Feature ids → display names (a dict, a Series, or the features table with ``feature``,
        ``zh``, ``en``); default the ids.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    ax = ax or plt.subplots(figsize=(7, 6))[1]
    size = 20 + 12 * scores["importance"] if "importance" in scores else 45
    ax.scatter(scores["dysfunctional_mean"], scores["functional_mean"], s=size,
               color=COLOURS["O"], alpha=0.75, zorder=3)
    ax.axhline(0, color="0.6", lw=1)
    ax.axvline(0, color="0.6", lw=1)
    texts = [ax.text(xi, yi, label, fontsize=9) for xi, yi, label in
             zip(scores["dysfunctional_mean"], scores["functional_mean"],
                 _labels(scores.index, labels), strict=True)]
    ends = [f(v for part in scores.attrs.get("scale", ([-2, 4],)) for v in part) for f in (min, max)]
    ax.set(xlim=ends, ylim=ends, xlabel=i18n.t("kano.dys_score"),
           ylabel=i18n.t("kano.func_score"), title=i18n.t("kano.continuous_title"))
    adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "0.6", "lw": 0.5})
    return ax


# ----------------------------------------------------------------------------- priorities

def priorities(result: pd.DataFrame) -> pd.DataFrame:
    """Features in the order to act on them.

    Must-be first, then one-dimensional, then attractive (Matzler & Hinterhuber 1998), then
    indifferent, reverse, questionable (:data:`PRIORITY`). Within must-be the larger ``|worse|``
    comes first, within one-dimensional the larger better + ``|worse|``, otherwise the larger better.

    Parameters
    ----------
    result : DataFrame
        A result of :func:`analyze` or :func:`analyze_counts`.

    Returns
    -------
    DataFrame
        The rows of ``result`` in that order, with ``rank`` (1 = act first) in front and
        ``action`` (what to do with the category, in the active language) at the end.

    References
    ----------
    Matzler, K. & Hinterhuber, H. H. (1998). How to make product development projects more
    successful by integrating Kano's model of customer satisfaction into quality function
    deployment. *Technovation* 18(1), 25-38.

    Examples
    --------
    >>> import cxlab
    >>> from cxlab import kano
    >>> ranked = kano.priorities(kano.analyze(cxlab.load_dataset("kano_survey")))
    >>> ranked[["rank", "category"]].head(3)
                  rank category
    feature
    true_photos      1        M
    ...
    """
    order = {c: k for k, c in enumerate(PRIORITY)}
    key = np.where(result["category"] == "M", -result["worse"],
                   np.where(result["category"] == "O", result["better"] - result["worse"],
                            result["better"]))
    table = result.assign(_group=result["category"].map(order), _key=-key)
    table = table.sort_values(["_group", "_key"], kind="stable").drop(columns=["_group", "_key"])
    table.insert(0, "rank", range(1, len(table) + 1))
    table["action"] = [i18n.t(f"kano.action.{c}") if isinstance(c, str) else "" for c in
                       table["category"]]
    return table
