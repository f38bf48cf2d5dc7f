"""Exercises as ipywidgets whose feedback lives in Python state.

A test (or a trainer) drives an exercise exactly as a student does: set
``answer.value``, call ``check_button.click()``, then read ``feedback.value``,
``solved`` and ``attempts``. All texts come from :mod:`cxlab.i18n` in the active
language.
"""

from __future__ import annotations

import html
import math
import unicodedata
import uuid

import ipywidgets as w

from cxlab import i18n
from cxlab.deprecation import options


def parse_number(text: str) -> float | None:
    """Read a typed number: full-width digits, stray spaces and a trailing % are accepted.

    Parameters
    ----------
    text : str
        What the student typed.

    Returns
    -------
    float or None
        The number (a percentage divided by 100), or ``None`` when it is not one finite number.

    Examples
    --------
    >>> from cxlab.widgets import parse_number
    >>> parse_number(" ６２% "), parse_number("0.62"), parse_number("六十")
    (0.62, 0.62, None)
    """
    text = unicodedata.normalize("NFKC", str(text)).strip()
    scale = 100.0 if text.endswith("%") else 1.0
    try:
        value = float(text.rstrip("%").strip()) / scale
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class NumericExercise:
    """A question whose answer is a number, usually computed from the data in the notebook.

    With ``share=True`` the answer is a proportion in [0, 1]: "62%" is read as 0.62, and a bare
    62 where 0.62 is right is explained as a percentage, not just marked wrong. A test drives it
    as a student does: set ``answer_box.value``, call ``check_button.click()`` (or
    :meth:`check`), then read ``feedback.value``, ``solved`` and ``attempts``.

    Parameters
    ----------
    question : str
        The question shown.
    answer : float
        The reference value.
    tolerance : float
        The absolute distance accepted (keyword-only; by position deprecated).
    share : bool
        Whether the answer is a proportion.
    hint : str
        Shown after two wrong attempts.
    explanation : str
        Shown after a right answer.

    Examples
    --------
    >>> from cxlab.widgets import NumericExercise
    >>> ex = NumericExercise("Share of 4-5?", answer=0.62, share=True)
    >>> ex.answer_box.value = "62%"
    >>> _ = ex.check()
    >>> ex.solved, ex.attempts
    (True, 1)
    """

    @options(positional=("tolerance",))
    def __init__(self, question: str, answer: float, *, tolerance: float = 0.005,
                 share: bool = False, hint: str = "", explanation: str = ""):
        self.question, self.answer, self.tolerance = question, float(answer), tolerance
        self.share, self.hint, self.explanation = share, hint, explanation
        self.attempts, self.solved = 0, False
        self.answer_box = w.Text(value="", description=i18n.t("widget.answer"),
                                 style={"description_width": "initial"})
        self.check_button = w.Button(description=i18n.t("widget.check"), button_style="primary")
        self.feedback = w.HTML(value="")
        self.check_button.on_click(lambda _: self.check())
        self.widget = w.VBox([w.HTML(f"<b>{html.escape(question)}</b>"),
                              w.HBox([self.answer_box, self.check_button]), self.feedback])

    def _verdict(self, value: float) -> tuple[bool, str]:
        if abs(value - self.answer) <= self.tolerance:
            return True, i18n.t("widget.correct", explanation=self.explanation)
        if self.share and abs(value / 100 - self.answer) <= self.tolerance:
            return False, i18n.t("widget.scale_hint", value=self.answer_box.value.strip())
        return False, i18n.t("widget.too_high" if value > self.answer else "widget.too_low")

    def check(self) -> str:
        """Mark the typed answer, show the feedback and return its text.

        Returns
        -------
        str
            Right (with the explanation), too high / too low, the percentage hint, or "not a
            number" (which does not count as an attempt); after two wrong attempts, the hint.

        Examples
        --------
        >>> from cxlab.widgets import NumericExercise
        >>> ex = NumericExercise("2 + 2?", answer=4, tolerance=0)
        >>> ex.answer_box.value = "5"
        >>> ex.check() == ex.check() and not ex.solved
        True
        """
        value = parse_number(self.answer_box.value)
        if value is None:
            message = i18n.t("widget.not_number", value=self.answer_box.value.strip())
        else:
            self.attempts += 1
            ok, message = self._verdict(value)
            self.solved = self.solved or ok
            if not ok and self.hint and self.attempts >= 2:
                message = i18n.join([message, i18n.t("widget.hint", hint=self.hint)])
        self.feedback.value = html.escape(message) + "<br><small>" + html.escape(
            i18n.t("widget.attempts", n=self.attempts)) + "</small>"
        return message

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class QuestionForm:
    """One quiz question as a form: inputs, a "Check" button and a feedback line.

    Input values are option indices in the quiz file's order, whatever order they are shown
    in, so :meth:`set_response` and :meth:`response` speak the format of
    :meth:`cxlab.quiz.Question.mark`.

    Parameters
    ----------
    question : cxlab.quiz.Question
        The question.
    rng : random.Random or None
        Shuffles the options shown (``None``: file order).
    on_mark : callable, optional
        Called after each check (a :class:`Quiz` updates its score).

    Examples
    --------
    >>> from cxlab import quiz, widgets
    >>> question = quiz.load("01_terms")[1][0]
    >>> form = widgets.QuestionForm(question, None)
    >>> form.set_response(0)
    >>> form.check().correct
    True
    """

    def __init__(self, question, rng, on_mark=None):
        self.question, self.result, self._on_mark = question, None, on_mark
        labels, rows = question.labels(), question.rows()
        order = list(range(len(labels)))
        if rng is not None and question.type != "truefalse":
            rng.shuffle(order)
        choices = [(labels[i], i) for i in order]
        blank = [("—", None)]
        kind = question.type
        if kind in ("single", "truefalse"):
            values = choices if kind == "single" else [(labels[0], True), (labels[1], False)]
            self.inputs = [w.RadioButtons(options=values, value=None,
                                          layout=w.Layout(width="auto"))]
            rows_ui = self.inputs
        elif kind == "multiple":
            self.inputs = [w.Checkbox(value=False, description=label, indent=False)
                           for label, _ in choices]
            self._option_of = [i for _, i in choices]
            rows_ui = self.inputs
        else:
            names = rows or [f"{k + 1}." for k in range(len(labels))]
            self.inputs = [w.Dropdown(options=blank + choices, value=None) for _ in names]
            rows_ui = [w.HBox([w.HTML(html.escape(name), layout=w.Layout(width="55%")), box])
                       for name, box in zip(names, self.inputs, strict=True)]
        self.check_button = w.Button(description=i18n.t("widget.check"), button_style="primary")
        self.feedback = w.HTML(value="")
        self.check_button.on_click(lambda _: self.check())
        prompt = html.escape(i18n.render(question.prompt))
        self.widget = w.VBox([w.HTML(f"<b>{prompt}</b>"), *rows_ui, self.check_button,
                              self.feedback])

    def response(self):
        """The current answer in :meth:`cxlab.quiz.Question.mark`'s format.

        Returns
        -------
        int, bool, set, list or None
            ``None`` if not answered.

        Examples
        --------
        >>> from cxlab import quiz, widgets
        >>> question = quiz.load("01_terms")[1][0]
        >>> form = widgets.QuestionForm(question, None)
        >>> form.response() is None
        True
        """
        if self.question.type == "multiple":
            chosen = {i for box, i in zip(self.inputs, self._option_of, strict=True) if box.value}
            return chosen or None
        if self.question.type in ("single", "truefalse"):
            return self.inputs[0].value
        return [box.value for box in self.inputs]

    def set_response(self, response) -> None:
        """Put an answer into the inputs, as a student would (for trainers and tests).

        Parameters
        ----------
        response : int, bool, iterable or list
            An answer in :meth:`cxlab.quiz.Question.mark`'s format.

        Returns
        -------
        None
        """
        if self.question.type == "multiple":
            for box, i in zip(self.inputs, self._option_of, strict=True):
                box.value = i in set(response)
        elif self.question.type in ("single", "truefalse"):
            self.inputs[0].value = response
        else:
            for box, value in zip(self.inputs, response, strict=True):
                box.value = value

    def check(self):
        """Mark the current answer and show the feedback.

        Returns
        -------
        cxlab.quiz.Mark
            Whether it is right, and the feedback text.
        """
        self.result = self.question.mark(self.response())
        self.feedback.value = html.escape(self.result.feedback)
        if self._on_mark:
            self._on_mark()
        return self.result

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


class Quiz:
    """A quiz from :mod:`cxlab.quiz` as a stack of forms with a running score.

    Re-answering a question replaces its earlier result.

    Parameters
    ----------
    name : str
        A bundled quiz (:func:`cxlab.quiz.available`).
    shuffle : int, optional
        A seed: the same seed shows questions and options in the same order (keyword-only;
        by position deprecated). ``None`` keeps the file's order.

    Examples
    --------
    >>> from cxlab.widgets import Quiz
    >>> q = Quiz("01_terms", shuffle=2023)
    >>> q.form("internal-customer").set_response(0)
    >>> _ = q.form("internal-customer").check()
    >>> q.right, q.answered, len(q.forms)
    (1, 1, 9)
    """

    @options(positional=("shuffle",))
    def __init__(self, name: str, *, shuffle: int | None = None):
        import random

        from cxlab import quiz

        title, questions = quiz.load(name)
        rng = random.Random(shuffle) if shuffle is not None else None
        questions = list(questions)
        if rng is not None:
            rng.shuffle(questions)
        self.forms = [QuestionForm(q, rng, self._update) for q in questions]
        self.score = w.HTML()
        self._update()
        heading = w.HTML(f"<h3>{html.escape(i18n.render(title))}</h3>")
        numbered = [w.VBox([w.HTML(f"<b>{k}.</b>"), f.widget])
                    for k, f in enumerate(self.forms, 1)]
        self.widget = w.VBox([heading, self.score, *numbered])

    @property
    def right(self) -> int:
        """How many questions are answered right.

        Returns
        -------
        int
        """
        return sum(bool(f.result and f.result.correct) for f in self.forms)

    @property
    def answered(self) -> int:
        """How many questions have been checked with an answer.

        Returns
        -------
        int
        """
        return sum(f.result is not None and f.response() is not None for f in self.forms)

    def form(self, question_id: str) -> QuestionForm:
        """The form of a question.

        Parameters
        ----------
        question_id : str
            The question's id in the quiz file.

        Returns
        -------
        QuestionForm
        """
        return next(f for f in self.forms if f.question.id == question_id)

    def _update(self):
        self.score.value = html.escape(i18n.t("quiz.score", right=self.right,
                                              total=len(self.forms), answered=self.answered))

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


_CANVAS_FIELDS = ("organisation", "products", "customers", "departments", "collaboration",
                  "boundary")


class ScopeCanvas:
    r"""A form for drafting the scope of CX management (GB/T 42509 clause 5.2).

    One text box per aspect the clause asks to consider; one item per line. :meth:`check`
    names what is missing or thin, and writes the canvas as Markdown into ``output`` (also
    returned by :meth:`to_markdown`) for the student to copy or :meth:`save`.

    Examples
    --------
    >>> from cxlab.widgets import ScopeCanvas
    >>> canvas = ScopeCanvas()
    >>> canvas.fields["products"].value = "sofas\n- beds"
    >>> canvas.items("products")
    ['sofas', 'beds']
    """

    def __init__(self):
        self.fields = {name: (w.Text if name in ("organisation", "boundary") else w.Textarea)(
            value="", placeholder=i18n.t(f"canvas.{name}"),
            layout=w.Layout(width="95%", height="auto" if name in ("organisation", "boundary")
                            else "80px")) for name in _CANVAS_FIELDS}
        self.check_button = w.Button(description=i18n.t("canvas.check"), button_style="primary",
                                     layout=w.Layout(width="auto"))
        self.feedback = w.HTML(value="")
        self.output = w.Textarea(value="", layout=w.Layout(width="95%", height="160px"))
        self.check_button.on_click(lambda _: self.check())
        rows = [w.VBox([w.HTML(f"<b>{html.escape(i18n.t(f'canvas.{n}'))}</b>"), box])
                for n, box in self.fields.items()]
        self.widget = w.VBox([w.HTML(f"<h3>{html.escape(i18n.t('canvas.title'))}</h3>"), *rows,
                              self.check_button, self.feedback, self.output])

    def items(self, name: str) -> list[str]:
        """The non-empty lines of one field (bullets and spaces stripped).

        Parameters
        ----------
        name : str
            One of ``organisation``, ``products``, ``customers``, ``departments``,
            ``collaboration``, ``boundary``.

        Returns
        -------
        list of str
        """
        return [line.strip(" -•\t") for line in self.fields[name].value.splitlines()
                if line.strip(" -•\t")]

    def to_markdown(self) -> str:
        """The canvas as Markdown: a heading per aspect, a bullet per item ("…" where empty).

        Returns
        -------
        str
        """
        lines = [f"# {i18n.t('canvas.title')}", ""]
        for name in _CANVAS_FIELDS:
            lines += [f"## {i18n.t(f'canvas.{name}')}", ""]
            lines += [f"- {item}" for item in self.items(name)] or ["- …"]
            lines.append("")
        return "\n".join(lines)

    def check(self) -> str:
        """Name missing and one-item aspects, export the Markdown, return the feedback.

        Returns
        -------
        str
            The feedback in the active language.
        """
        missing = [i18n.t(f"canvas.{n}") for n in _CANVAS_FIELDS if not self.items(n)]
        thin = [i18n.t("canvas.thin", field=i18n.t(f"canvas.{n}"))
                for n in ("products", "customers", "departments") if len(self.items(n)) == 1]
        sep = "；" if i18n.get_language() == "zh" else "; "
        if missing:
            message = i18n.join([i18n.t("canvas.missing", fields=sep.join(missing)), *thin])
        else:
            message = i18n.join(thin) if thin else i18n.t("canvas.done")
        self.feedback.value = html.escape(message)
        self.output.value = self.to_markdown()
        return message

    def save(self, path) -> None:
        """Write the Markdown to a file (UTF-8).

        Parameters
        ----------
        path : str or Path
            The file to write.

        Returns
        -------
        None
        """
        from pathlib import Path

        Path(path).write_text(self.to_markdown(), encoding="utf-8")

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def _scale(question: dict) -> list[int] | None:
    """The integer scale of a question: ``low``..``high``, or options that are all whole numbers."""
    if question.get("low") is not None and question.get("high") is not None:
        return list(range(int(question["low"]), int(question["high"]) + 1))
    options = _options(question)
    return [int(o) for o in options] if options and all(str(o).isdigit() for o in options) else None


def _options(question: dict) -> list[str]:
    keys = sorted((k for k in question if k.startswith("option_")), key=lambda k: int(k[7:]))
    return [question[k] for k in keys if isinstance(question[k], str) and question[k]]


class QuestionnaireForm:
    """A questionnaire as a form to fill in, one respondent after another.

    The questionnaire has one row per question with ``question_id`` and ``question``, and
    either labelled options ``option_1`` … (answers coded 1, 2, …) or a numeric scale
    (``low`` / ``high``, or options that are all numbers).

    Each submission is handed to ``on_submit(row)``, e.g. ``Store().submitter("kano")`` to save
    it to the class response store. Only when that returns does the row join ``responses``
    (the wide format the analyses read), the form clear for the next respondent and the
    feedback say "submitted". When ``on_submit`` raises, the feedback says in the active
    language what went wrong and what to tell the trainer (:meth:`cxlab.store.StoreError.advice`),
    the answers stay in the inputs for another try, and the failure is added to ``failures``
    (``failed_at``, ``respondent_id``, ``error``, ``message``); the store also logs it for the
    trainer (:meth:`cxlab.store.Store.failures`). When ``on_submit`` returns ``"kept"`` (a store
    with ``on_duplicate="keep"`` that already has this ID) the answers were not saved, and the
    feedback says so. A blank ID gets a random one (``S-1a2b3c4d``), so students never collide.

    Parameters
    ----------
    questions : DataFrame
        From :func:`cxlab.kano.questionnaire`, :func:`cxlab.metrics.poll` or
        :func:`cxlab.servqual.questionnaire`.
    on_submit : callable, optional
        Called with each row (a dict with ``respondent_id`` and one entry per question); keyword-only
        (by position deprecated).

    Examples
    --------
    >>> from cxlab import metrics
    >>> from cxlab.widgets import QuestionnaireForm
    >>> form = QuestionnaireForm(metrics.poll())
    >>> for box in form.inputs.values():
    ...     box.value = box.options[-1][1]
    >>> form.respondent.value = "S1"
    >>> form.submit()["respondent_id"], len(form.responses)
    ('S1', 1)
    """

    @options(positional=("on_submit",))
    def __init__(self, questions, *, on_submit=None):
        import pandas as pd

        self.questions, self.on_submit = questions, on_submit
        self.responses = pd.DataFrame(columns=["respondent_id", *questions["question_id"]])
        self.failures = pd.DataFrame(columns=["failed_at", "respondent_id", "error", "message"])
        self.inputs = {}
        rows = []
        for number, q in enumerate(questions.to_dict("records"), 1):
            if (scale := _scale(q)) is not None:
                box = w.Dropdown(options=[("—", None)] + [(str(i), i) for i in scale],
                                 value=None, layout=w.Layout(width="120px"))
            else:
                labels = _options(q)
                box = w.RadioButtons(options=list(zip(labels, range(1, len(labels) + 1), strict=True)),
                                     value=None, layout=w.Layout(width="auto"))
            self.inputs[q["question_id"]] = box
            rows.append(w.VBox([w.HTML(f"<b>{number}. {html.escape(q['question'])}</b>"), box]))
        self.respondent = w.Text(value="", description="ID", placeholder="S001")
        self.submit_button = w.Button(description=i18n.t("kanoform.submit"), button_style="primary")
        self.feedback = w.HTML(value="")
        self.submit_button.on_click(lambda _: self.submit())
        self.widget = w.VBox([self.respondent, *rows, self.submit_button, self.feedback])

    def submit(self) -> dict | None:
        """Submit the form.

        Checks that every question is answered, hands the row to ``on_submit``, and only when that
        succeeded records it, clears the form and says "submitted".

        Returns
        -------
        dict or None
            The row stored, or ``None`` (answers missing, not saved, or kept from before).
        """
        ids = list(self.inputs)
        missing = [str(k) for k, qid in enumerate(ids, 1) if self.inputs[qid].value is None]
        if missing:
            self.feedback.value = html.escape(i18n.t("kanoform.missing", n=len(missing),
                                                     items=", ".join(missing)))
            return None
        row = {"respondent_id": self.respondent.value.strip() or f"S-{uuid.uuid4().hex[:8]}",
               **{qid: box.value for qid, box in self.inputs.items()}}
        try:
            outcome = self.on_submit(row) if self.on_submit else None
        except Exception as err:  # shown to the student and kept in self.failures, never lost
            self._failed(row, err)
            return None
        if outcome == "kept":
            self.feedback.value = html.escape(i18n.t("kanoform.kept", respondent=row["respondent_id"]))
            return None
        self.responses.loc[len(self.responses)] = row
        for box in self.inputs.values():
            box.value = None
        self.respondent.value = ""
        self.feedback.value = html.escape(i18n.t("kanoform.done", n=len(self.responses)))
        return row

    def _failed(self, row: dict, err: Exception) -> None:
        """Say what went wrong (advice for the student, the error for the trainer) and record it."""
        from datetime import UTC, datetime

        from cxlab.store import StoreError

        advice = err.advice() if isinstance(err, StoreError) else i18n.t("kanoform.failed")
        detail = str(err) or type(err).__name__
        self.failures.loc[len(self.failures)] = {
            "failed_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "respondent_id": row["respondent_id"], "error": type(err).__name__, "message": detail}
        self.feedback.value = f"{html.escape(advice)}<br><small>{html.escape(detail)}</small>"

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def __getattr__(name: str):
    if name == "KanoForm":  # the previous release's alias, kept one release
        from cxlab.deprecation import warn

        warn("widgets.KanoForm", "widgets.QuestionnaireForm")
        return QuestionnaireForm
    raise AttributeError(f"module 'cxlab.widgets' has no attribute {name!r}")


class GoalBuilder:
    """Draft a CX goal in a form, press "Check goal", read the checker's findings, fix, repeat.

    Input problems (a word where a number belongs, an impossible date) become findings too:
    the form never raises. ``findings`` holds the last list of :class:`cxlab.goals.Finding`.

    Parameters
    ----------
    today : datetime.date, optional
        The date deadlines are judged against (default: today); keyword-only (by position
        deprecated), as is ``data``.
    data : DataFrame, optional
        Data to check the goal's metric against (:func:`cxlab.goals.check`).

    Examples
    --------
    >>> import datetime
    >>> from cxlab.widgets import GoalBuilder
    >>> builder = GoalBuilder(today=datetime.date(2026, 1, 1))
    >>> builder.statement.value = "Better service"
    >>> builder.target.value = "lots"
    >>> "bad_input" in [f.code for f in builder.check()]
    True
    """

    @options(positional=("today", "data"))
    def __init__(self, *, today=None, data=None):
        from cxlab import goals

        self._goals, self.today, self.data, self.findings = goals, today, data, []
        text = lambda key, **kw: w.Text(description=i18n.t(key), style={"description_width": "initial"},  # noqa: E731
                                         layout=w.Layout(width="95%"), **kw)
        self.statement = text("gb.statement")
        self.kind = w.Dropdown(options=[(str(v), k) for k, v in goals.KINDS.items()],
                               description=i18n.t("gb.kind"), style={"description_width": "initial"})
        self.metric = w.Dropdown(options=[("—", None)] + [(k, k) for k in goals.METRICS],
                                 description=i18n.t("gb.metric"), style={"description_width": "initial"})
        self.baseline, self.target = text("gb.baseline"), text("gb.target")
        self.direction = w.Dropdown(options=list(goals.DIRECTIONS), description=i18n.t("gb.direction"))
        self.deadline, self.owner = text("gb.deadline"), text("gb.owner")
        self.per_period = text("gb.per_period")
        self.check_button = w.Button(description=i18n.t("gb.check"), button_style="primary")
        self.feedback = w.HTML(value="")
        self.check_button.on_click(lambda _: self.check())
        self.widget = w.VBox([self.statement, self.kind, self.metric, self.baseline, self.target,
                              self.direction, self.deadline, self.owner, self.per_period,
                              self.check_button, self.feedback])

    def _number(self, box, field, problems):
        raw = box.value.strip()
        if not raw:
            return None
        value = parse_number(raw)
        if value is None:
            problems.append(self._goals.Finding("bad_input", i18n.t("gb.bad_number",
                                                field=i18n.t(field), value=raw)))
        return value

    def goal(self, problems: list | None = None):
        """The goal as drafted.

        Parameters
        ----------
        problems : list, optional
            Input problems (as :class:`cxlab.goals.Finding`) are appended here.

        Returns
        -------
        cxlab.goals.Goal
        """
        import pandas as pd

        problems = [] if problems is None else problems
        deadline = self.deadline.value.strip() or None
        if deadline is not None:
            try:
                pd.Timestamp(deadline)
            except ValueError:
                problems.append(self._goals.Finding("bad_input", i18n.t("gb.bad_date", value=deadline)))
                deadline = None
        per_period = self._number(self.per_period, "gb.per_period", problems)
        return self._goals.Goal(
            statement=self.statement.value.strip(), kind=self.kind.value, metric=self.metric.value,
            baseline=self._number(self.baseline, "gb.baseline", problems),
            target=self._number(self.target, "gb.target", problems),
            direction=self.direction.value, deadline=deadline, owner=self.owner.value,
            per_period=int(per_period) if per_period else None)

    def check(self) -> list:
        """Run the checker on the draft, show the findings, and return them.

        Returns
        -------
        list of cxlab.goals.Finding
            Input problems first, then :func:`cxlab.goals.check`'s findings; empty when the goal
            is fine.
        """
        problems: list = []
        goal = self.goal(problems)
        self.findings = problems + self._goals.check(goal, data=self.data, today=self.today)
        items = "".join(f"<li><code>{f.code}</code> {html.escape(f.message)}</li>" for f in self.findings)
        self.feedback.value = f"<ul>{items}</ul>" if self.findings else html.escape(i18n.t("goal.ok"))
        return self.findings

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
