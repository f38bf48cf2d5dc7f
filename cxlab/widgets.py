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

import ipywidgets as w

from cxlab import i18n


def parse_number(text: str) -> float | None:
    """Read a typed number: full-width digits, stray spaces and a trailing % are accepted."""
    text = unicodedata.normalize("NFKC", str(text)).strip()
    scale = 100.0 if text.endswith("%") else 1.0
    try:
        value = float(text.rstrip("%").strip()) / scale
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class NumericExercise:
    """A question whose answer is a number, usually computed from the data in the notebook.

    ``answer`` is the reference value and ``tolerance`` the absolute distance accepted.
    With ``share=True`` the answer is a proportion in [0, 1]: "62%" is read as 0.62, and
    a bare 62 where 0.62 is right is explained as a percentage, not just marked wrong.
    ``hint`` is shown after two wrong attempts; ``explanation`` after a right one.
    """

    def __init__(self, question: str, answer: float, tolerance: float = 0.005, *,
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
        """Mark the typed answer, show the feedback and return its text."""
        value = parse_number(self.answer_box.value)
        if value is None:
            message = i18n.t("widget.not_number", value=self.answer_box.value.strip())
        else:
            self.attempts += 1
            ok, message = self._verdict(value)
            self.solved = self.solved or ok
            if not ok and self.hint and self.attempts >= 2:
                message += " " + i18n.t("widget.hint", hint=self.hint)
        self.feedback.value = html.escape(message) + "<br><small>" + html.escape(
            i18n.t("widget.attempts", n=self.attempts)) + "</small>"
        return message

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
