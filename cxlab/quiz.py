"""Self-check questions as data, and how each kind of answer is marked.

A quiz is a YAML file in ``cxlab/quizzes/`` (one per notebook): a title and a list of
questions, every text given as ``{zh: …, en: …}``. Question types and the response
each takes in :meth:`Question.mark`:

===========  ==========================================  ===============================
type         data fields                                 response
===========  ==========================================  ===============================
single       options: [{text, correct?, why}]            index of the chosen option
multiple     options: [{text, correct?, why}]            set of chosen indices
truefalse    answer: true/false                          True or False
matching     pairs: [{left, right}]                      right index chosen for each left
ordering     items: [text, … in the right order]         item indices in chosen order
classify     categories: [text], statements:             category index for each statement
             [{text, category, why?}]                    ("spot the difference")
===========  ==========================================  ===============================

Marking is pure Python (no widgets): :mod:`cxlab.widgets` draws the forms, tests call
``mark`` directly or drive the widgets.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from cxlab import i18n
from cxlab.errors import CxlabError

FOLDER = Path(__file__).with_name("quizzes")
TYPES = ("single", "multiple", "truefalse", "matching", "ordering", "classify")
_FIELDS = {"single": "options", "multiple": "options", "truefalse": "answer",
           "matching": "pairs", "ordering": "items", "classify": "statements"}


class QuizFormatError(CxlabError, ValueError):
    """A quiz file that does not follow the format in the module's description; the message names
    the file, the question and the problem.
    """

    key = "error.quiz_format"


class UnknownQuizError(CxlabError, LookupError):
    """A quiz name with no file in ``cxlab/quizzes`` (the message lists the bundled quizzes)."""

    key = "error.unknown_quiz"


@dataclass(frozen=True)
class Mark:
    """The verdict on one response.

    Attributes
    ----------
    correct : bool
        Whether the response is right.
    feedback : str
        ✔ / ✘, what is right or off, and the explanation (active language).
    """

    correct: bool
    feedback: str


def _text(value) -> str:
    return i18n.render(value)


@dataclass(frozen=True)
class Question:
    """One checked question of a quiz (made by :func:`load`).

    Attributes
    ----------
    id : str
        The question's id, unique in its quiz.
    type : {"single", "multiple", "truefalse", "matching", "ordering", "classify"}
        How it is answered.
    clause : str
        The GB/T 42509 clause it checks (a number of the outline).
    prompt : dict
        The question in ``zh`` and ``en``.
    data : dict
        The type's fields exactly as in the YAML file (options, pairs, items, statements …).
    explanation : dict, optional
        Why the answer is right, in ``zh`` and ``en``.

    Examples
    --------
    >>> from cxlab import quiz
    >>> title, questions = quiz.load("01_terms")
    >>> question = questions[0]
    >>> question.id, question.type, question.clause
    ('internal-customer', 'single', '3.1')
    """

    id: str
    type: str
    clause: str
    prompt: dict
    data: dict = field(repr=False)
    explanation: dict | None = None

    def labels(self) -> list[str]:
        """What the student chooses from, in the active language, in file order.

        Returns
        -------
        list of str
            The options (single, multiple), true / false, the right-hand items (matching), the
            items to order (ordering) or the categories (classify).

        Examples
        --------
        >>> from cxlab import quiz
        >>> title, questions = quiz.load("01_terms")
        >>> question = questions[0]
        >>> question.labels()[:2]
        ['内部顾客', '供方']
        """
        d = self.data
        return {
            "single": lambda: [_text(o["text"]) for o in d["options"]],
            "multiple": lambda: [_text(o["text"]) for o in d["options"]],
            "truefalse": lambda: [i18n.t("quiz.true"), i18n.t("quiz.false")],
            "matching": lambda: [_text(p["right"]) for p in d["pairs"]],
            "ordering": lambda: [_text(item) for item in d["items"]],
            "classify": lambda: [_text(c) for c in d["categories"]],
        }[self.type]()

    def rows(self) -> list[str]:
        """The left-hand items of a matching question, or the statements of a classify question.

        Returns
        -------
        list of str
            Empty for the other types.

        Examples
        --------
        >>> from cxlab import quiz
        >>> title, questions = quiz.load("01_terms")
        >>> question = questions[0]
        >>> question.rows()
        []
        """
        if self.type == "matching":
            return [_text(p["left"]) for p in self.data["pairs"]]
        if self.type == "classify":
            return [_text(s["text"]) for s in self.data["statements"]]
        return []

    def mark(self, response) -> Mark:
        """Mark a response.

        Parameters
        ----------
        response : int, bool, list or None
            The option's position (single), the positions chosen (multiple), ``True`` / ``False``
            (truefalse), for each left-hand item the position of its right-hand item (matching),
            the items' positions in the order given (ordering) or each statement's category
            position (classify); ``None`` (or a ``None`` in the list) is unanswered.

        Returns
        -------
        Mark
            Whether it is right, and the feedback in the active language.

        Examples
        --------
        >>> from cxlab import quiz
        >>> title, questions = quiz.load("01_terms")
        >>> question = questions[0]
        >>> question.mark(0).correct, question.mark(1).correct
        (True, False)
        """
        if response is None or (isinstance(response, list | tuple) and None in response):
            return Mark(False, i18n.t("quiz.unanswered"))
        ok, detail = getattr(self, "_mark_" + self.type)(response)
        head = i18n.t("quiz.right" if ok else "quiz.wrong")
        tail = _text(self.explanation) if self.explanation and (ok or self.type == "truefalse") \
            else ""
        return Mark(ok, i18n.join([head, detail, tail]))

    def _mark_single(self, chosen: int):
        option = self.data["options"][chosen]
        return bool(option.get("correct")), _text(option.get("why", ""))

    def _mark_multiple(self, chosen):
        chosen = set(chosen)
        options = self.data["options"]
        right = {i for i, o in enumerate(options) if o.get("correct")}
        wrong_picks = [_text(options[i].get("why", "")) for i in sorted(chosen - right)]
        missed = len(right - chosen)
        notes = wrong_picks + ([i18n.t("quiz.missed", n=missed)] if missed else [])
        return chosen == right, i18n.join(notes)

    def _mark_truefalse(self, answer: bool):
        return bool(answer) == bool(self.data["answer"]), ""

    def _placed(self, chosen, truth, names):
        wrong = [names[i] for i, (c, t) in enumerate(zip(chosen, truth, strict=True)) if c != t]
        sep = "；" if i18n.get_language() == "zh" else "; "
        look = i18n.t("quiz.check_items", items=sep.join(wrong)) if wrong else ""
        return not wrong, i18n.join([i18n.t("quiz.placed", right=len(truth) - len(wrong),
                                            total=len(truth)), look])

    def _mark_matching(self, chosen):
        n = len(self.data["pairs"])
        return self._placed(list(chosen), list(range(n)), self.rows())

    def _mark_ordering(self, chosen):
        n = len(self.data["items"])
        positions = [str(i + 1) for i in range(n)]
        return self._placed(list(chosen), list(range(n)), positions)

    def _mark_classify(self, chosen):
        statements = self.data["statements"]
        ok, detail = self._placed(list(chosen), [s["category"] for s in statements], self.rows())
        whys = [_text(s["why"]) for s, c in zip(statements, chosen, strict=True)
                if c != s["category"] and s.get("why")]
        return ok, i18n.join([detail, *whys])


def _check(question: dict, file: str, standard_exists) -> Question:
    def fail(problem: str, **params):
        raise QuizFormatError(file=file, question=question.get("id", "?"),
                              problem=i18n.both(f"quiz.problem.{problem}", **params))

    qtype = question.get("type")
    if qtype not in TYPES:
        fail("type", value=repr(qtype), valid=", ".join(TYPES))
    for name in ("id", "clause", "prompt", _FIELDS[qtype]):
        if name not in question:
            fail("field", name=name)
    if not standard_exists(question["clause"]):
        fail("clause", clause=repr(question["clause"]))
    if qtype in ("single", "multiple"):
        right = sum(bool(o.get("correct")) for o in question["options"])
        if (qtype == "single" and right != 1) or right == 0:
            fail("correct", n=right)
    if qtype == "classify":
        n = len(question["categories"])
        if any(not 0 <= s.get("category", -1) < n for s in question["statements"]):
            fail("category", last=n - 1)
    data = {k: v for k, v in question.items()
            if k not in ("id", "type", "clause", "prompt", "explanation")}
    return Question(str(question["id"]), qtype, str(question["clause"]), question["prompt"], data,
                    question.get("explanation"))


def available() -> list[str]:
    """Names of the bundled quizzes.

    Returns
    -------
    list of str
        The file stems in ``cxlab/quizzes``, sorted (one per notebook ``01`` … ``11``).

    Examples
    --------
    >>> from cxlab import quiz
    >>> quiz.available()[:2]
    ['01_terms', '02_principles_framework']
    """
    return sorted(p.stem for p in FOLDER.glob("*.yaml"))


@functools.cache
def load(name: str) -> tuple[dict, tuple[Question, ...]]:
    """The title and checked questions of a bundled quiz.

    Parameters
    ----------
    name : str
        A name from :func:`available`.

    Returns
    -------
    tuple of (dict, tuple of Question)
        The title in ``zh`` and ``en``, and the questions in file order.

    Raises
    ------
    UnknownQuizError
        For a name that is not a bundled quiz.
    QuizFormatError
        For a question that does not follow the format (unknown type, missing field, a clause
        not in the outline, no correct option, repeated ids).

    Examples
    --------
    >>> from cxlab import quiz
    >>> title, questions = quiz.load("01_terms")
    >>> title["en"], len(questions)
    ('Self-check: the terms of customer experience', 9)
    """
    import yaml

    from cxlab.standard import exists

    if name not in available():
        raise UnknownQuizError(value=name, valid=", ".join(available()))
    content = yaml.safe_load((FOLDER / f"{name}.yaml").read_text(encoding="utf-8"))
    questions = tuple(_check(q, f"{name}.yaml", exists) for q in content["questions"])
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise QuizFormatError(file=f"{name}.yaml", question="-", problem=i18n.both("quiz.problem.ids"))
    return content["title"], questions
