"""Customer journeys and service blueprints (GB/T 42509 3.5, 3.6, 6.1.1, 7.1.1).

A journey is a tidy table, one row per element: ``stage``, ``lane`` (customer actions, front
stage, back stage, support processes: the service-blueprint swimlanes of Shostack 1984 and
Bitner et al. 2008), ``element`` (or the pair ``element_zh`` / ``element_en``), and for
touchpoints ``channel``, ``environment`` (people / physical / digital, clause 6.1.1), ``owner``,
``emotion`` (−2..2), ``pain`` (or ``pain_zh`` / ``pain_en``) and ``moment_of_truth``. A map
written in one language has the one-column texts; a bilingual one (the bundled
``journey_furnishing``) has the pairs, shown in the active language (the other where one is
blank). The blueprint draws the three lines between
the lanes: the line of interaction, the line of visibility and the line of internal interaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from cxlab import i18n
from cxlab.deprecation import options
from cxlab.validate import check_allowed, check_range, require_columns, text_column

if TYPE_CHECKING:
    from matplotlib.axes import Axes

LANES = ("customer", "front", "back", "support")
ENVIRONMENTS = ("people", "physical", "digital")
REQUIRED = ["stage", "lane"]  # and the element's text: element, or element_zh / element_en


def _label(prefix: str, code: str) -> str:
    key = f"{prefix}.{code}"
    return i18n.t(key) if i18n.has(key) else str(code)


@dataclass(frozen=True)
class Journey:
    """A validated journey; build it with :meth:`from_frame`."""

    table: pd.DataFrame
    stages: tuple[str, ...]

    @classmethod
    @options(positional=("stages",))
    def from_frame(cls, frame: pd.DataFrame, *, stages=None) -> Journey:
        """A journey from a tidy table with one row per element (see the module docstring).

        An element in an unknown stage, an unknown lane or environment, or an emotion outside
        −2..2 raises an error naming the rows.

        Parameters
        ----------
        frame : DataFrame
            Columns ``stage``, ``lane`` (customer, front, back, support), ``element`` (or the
            pair ``element_zh`` / ``element_en``) and optionally ``channel``, ``environment``,
            ``owner``, ``emotion``, ``pain`` (or ``pain_zh`` / ``pain_en``) and
            ``moment_of_truth`` (see ``datasets/journey_furnishing``).
        stages : list of str, optional
            The stage order; default the order of first appearance.

        Returns
        -------
        Journey

        Raises
        ------
        cxlab.errors.MissingColumnError
            Without ``stage``, ``lane`` or any of ``element``, ``element_zh``, ``element_en``.

        Examples
        --------
        >>> import cxlab
        >>> from cxlab import journey
        >>> trip = journey.Journey.from_frame(cxlab.load_dataset("journey_furnishing"))
        >>> trip.stages[:3]
        ('browse', 'choose', 'order')
        """
        require_columns(frame, REQUIRED)
        text_column(frame, "element")
        table = frame.copy()
        order = tuple(stages) if stages is not None else tuple(dict.fromkeys(table["stage"]))
        check_allowed(table["stage"], order)
        check_allowed(table["lane"], LANES)
        for column, default in (("channel", ""), ("environment", ""), ("owner", ""),
                                ("moment_of_truth", False)):
            if column not in table:
                table[column] = default
        table[["channel", "environment", "owner"]] = table[["channel", "environment", "owner"]].fillna("")
        check_allowed(table["environment"], (*ENVIRONMENTS, ""))
        if "emotion" not in table:
            table["emotion"] = np.nan
        check_range(table["emotion"], -2, 2, allow_missing=True)
        table["moment_of_truth"] = table["moment_of_truth"].fillna(False).astype(bool)
        return cls(table.reset_index(drop=True), order)

    @staticmethod
    def _texts(rows: pd.DataFrame, field: str = "element") -> pd.Series:
        """The rows' ``field`` in the active language ("" for a map without it)."""
        texts = text_column(rows, field, required=False)
        return pd.Series("", index=rows.index) if texts is None else texts

    def stage_labels(self) -> list[str]:
        """The stages' names in the active language.

        Returns
        -------
        list of str
        """
        return [_label("stage", s) for s in self.stages]

    def touchpoints(self) -> pd.DataFrame:
        """The customer-lane rows, one per touchpoint.

        Returns
        -------
        DataFrame
            ``stage``, ``element`` and ``pain`` (in the active language), ``channel``,
            ``environment``, ``owner``, ``emotion``, ``moment_of_truth``.
        """
        rows = self.table[self.table["lane"] == "customer"]
        return rows.assign(element=self._texts(rows), pain=self._texts(rows, "pain"))[
            ["stage", "element", "channel", "environment", "owner", "emotion", "pain",
             "moment_of_truth"]]

    def touchpoint_matrix(self) -> pd.DataFrame:
        """Stage × channel: the touchpoints (customer actions and front stage) in each cell.

        Returns
        -------
        DataFrame
            Indexed by stage name, one column per channel name (active language).
        """
        rows = self.table[self.table["lane"].isin(["customer", "front"]) & (self.table["channel"] != "")]
        cells = rows.assign(text=self._texts(rows))
        matrix = cells.pivot_table(index="stage", columns="channel", values="text",
                                   aggfunc=lambda v: "；".join(v) if i18n.get_language() == "zh"
                                   else "; ".join(v), fill_value="")
        return matrix.reindex([s for s in self.stages if s in matrix.index]).rename(
            index=lambda s: _label("stage", s), columns=lambda c: _label("channel", c))

    def emotion_by_stage(self) -> pd.Series:
        """Mean mapped emotion per stage, in stage order.

        Returns
        -------
        Series
            Indexed by stage key, −2 … 2.

        Examples
        --------
        >>> import cxlab
        >>> from cxlab import journey
        >>> trip = journey.Journey.from_frame(cxlab.load_dataset("journey_furnishing"))
        >>> trip.emotion_by_stage().round(2).tolist()[:3]
        [1.0, 0.0, 1.0]
        """
        customer = self.table[self.table["lane"] == "customer"]
        return customer.groupby("stage")["emotion"].mean().reindex(list(self.stages)).astype(float)

    @options(positional=("ax",))
    def plot_emotion(self, measured: pd.Series | None = None, *, ax=None) -> Axes:
        """The emotion curve across stages, pain points (×) and moments of truth (★) marked.

        Parameters
        ----------
        measured : Series, optional
            Stage → −2..2 (e.g. from :func:`satisfaction_to_emotion`): adds the measured curve.
        ax : matplotlib Axes, optional
            Where to draw; default a new figure.

        Returns
        -------
        matplotlib Axes
        """
        import matplotlib.pyplot as plt

        ax = ax or plt.subplots(figsize=(9, 4))[1]
        x = np.arange(len(self.stages))
        mapped = self.emotion_by_stage().to_numpy()
        ax.plot(x, mapped, marker="o", color="#1f5f8b", label=i18n.t("journey.mapped"))
        if measured is not None:
            ax.plot(x, measured.reindex(list(self.stages)).to_numpy(dtype=float), marker="s",
                    ls="--", color="#e07b39", label=i18n.t("journey.measured"))
        customer = self.table[self.table["lane"] == "customer"]
        pains = self._texts(customer, "pain")
        for index, row in customer.iterrows():
            k = self.stages.index(row["stage"])
            if pains[index]:
                ax.scatter(k, row["emotion"], marker="X", s=140, color="#c23b3b", zorder=4)
                ax.annotate(pains[index], (k, row["emotion"]), textcoords="offset points",
                            xytext=(0, -22), ha="center", fontsize=8, color="#c23b3b")
            if row["moment_of_truth"]:
                ax.scatter(k, row["emotion"], marker="*", s=260, facecolor="none",
                           edgecolor="#7b5ea7", linewidth=1.5, zorder=5)
        ax.axhline(0, color="0.6", lw=1)
        ax.set_xticks(x, self.stage_labels())
        ax.set(ylim=(-2.8, 2.5), ylabel=i18n.t("journey.emotion"), title=i18n.t("journey.emotion_title"))
        ax.legend(frameon=False, loc="upper right")
        return ax

    @options(positional=("ax",))
    def plot_blueprint(self, *, ax=None) -> Axes:
        """The service blueprint: four swimlanes by stage, elements as boxes, and the lines of
        interaction, visibility and internal interaction.

        Parameters
        ----------
        ax : matplotlib Axes, optional
            Where to draw; default a new figure.

        Returns
        -------
        matplotlib Axes
        """
        import matplotlib.pyplot as plt

        ax = ax or plt.subplots(figsize=(13, 6))[1]
        n = len(self.stages)
        for lane_index, lane in enumerate(LANES):
            y = len(LANES) - 1 - lane_index
            ax.text(-0.55, y, _label("lane", lane), ha="right", va="center", fontsize=10)
            rows = self.table[self.table["lane"] == lane]
            texts = self._texts(rows)
            for index, row in rows.iterrows():
                k = self.stages.index(row["stage"])
                ax.text(k, y, self._wrap(texts[index]), ha="center", va="center", fontsize=8,
                        bbox={"boxstyle": "round,pad=0.35", "fc": "#fff4e6" if row["moment_of_truth"]
                              else "white", "ec": "#1f5f8b", "lw": 1})
        for y, key, style in ((2.5, "line.interaction", "-"), (1.5, "line.visibility", "--"),
                              (0.5, "line.internal", ":")):
            ax.axhline(y, color="0.3", lw=1.2, ls=style)
            ax.text(n - 0.45, y + 0.06, i18n.t(key), ha="right", va="bottom", fontsize=8, color="0.3")
        ax.set_xticks(range(n), self.stage_labels())
        ax.xaxis.tick_top()
        ax.set(xlim=(-0.5, n - 0.5), ylim=(-0.6, 3.6), yticks=[], title=i18n.t("journey.blueprint_title"))
        ax.grid(False)
        return ax

    @staticmethod
    def _wrap(text: str, width: int = 9) -> str:
        if " " in text:  # English: wrap on words
            import textwrap

            return "\n".join(textwrap.wrap(text, width=18))
        return "\n".join(text[i:i + width] for i in range(0, len(text), width))


@options(positional=("low", "high"))
def satisfaction_to_emotion(scores: pd.Series, *, low: float = 1, high: float = 5) -> pd.Series:
    """Mean satisfaction per stage mapped linearly onto the −2..2 emotion scale.

    So measured and estimated emotion curves share an axis (:meth:`Journey.plot_emotion`).

    Parameters
    ----------
    scores : Series
        Mean satisfaction per stage, on ``low``..``high``.
    low, high : float, default 1 and 5
        The ends of the satisfaction scale.

    Returns
    -------
    Series
        The emotion per stage, −2 (``low``) … 2 (``high``).

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab import journey
    >>> journey.satisfaction_to_emotion(pd.Series({"order": 4.5, "deliver": 2.0})).tolist()
    [1.5, -1.0]
    """
    return (scores - (low + high) / 2) * 4 / (high - low)


# --------------------------------------------------------- needs analysis (7.1.1): empathy

EMPATHY_FIELDS = ("says", "thinks", "does", "feels", "pains", "gains")


def persona_template() -> dict[str, object]:
    """An empty persona with the empathy-map fields, to fill in during needs analysis (7.1.1).

    Returns
    -------
    dict
        ``persona``, ``segment``, ``goal`` and the lists :data:`EMPATHY_FIELDS` (says, thinks,
        does, feels, pains, gains). A template to fill in, not an analysis result.
    """
    return {"persona": "", "segment": "", "goal": "", **{f: [] for f in EMPATHY_FIELDS}}


@options(positional=("ax",))
def plot_empathy_map(persona: dict, *, ax=None) -> Axes:
    """An empathy map: says, thinks, does, feels around the persona, pains and gains below.

    Parameters
    ----------
    persona : dict
        As :func:`persona_template`, filled in.
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt

    missing = [f for f in ("persona", *EMPATHY_FIELDS) if f not in persona]
    if missing:
        from cxlab.errors import MissingColumnError

        raise MissingColumnError(what="persona", missing=", ".join(missing),
                                 available=", ".join(persona))
    ax = ax or plt.subplots(figsize=(9, 7))[1]
    boxes = {"says": (0, 2), "thinks": (1, 2), "does": (0, 1), "feels": (1, 1),
             "pains": (0, 0), "gains": (1, 0)}
    for field, (col, row) in boxes.items():
        ax.add_patch(plt.Rectangle((col, row), 1, 1, fill=False, lw=1.2, ec="0.4"))
        ax.text(col + 0.04, row + 0.94, i18n.t(f"empathy.{field}"), va="top", fontsize=11,
                color=("#c23b3b" if field == "pains" else "#3a9d5d" if field == "gains" else "#1f5f8b"))
        body = "\n".join(f"• {item}" for item in persona[field])
        ax.text(col + 0.06, row + 0.78, body, va="top", fontsize=9, wrap=True)
    ax.set(xlim=(0, 2), ylim=(0, 3), title=i18n.t("empathy.title", persona=persona["persona"]))
    ax.axis("off")
    return ax


def design_steps(*, language: str | None = None) -> pd.DataFrame:
    """The six steps of designing the experience as the training guide describes them under
    7.1.1 (its numbering).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    DataFrame
        Indexed 1-6 in order: ``step``, ``aim`` and where the workbook practises it
        (``workbook``).

    References
    ----------
    Training guide to GB/T 42509-2023 (../shared/seeds/003), design process under 7.1.1;
    cxlab/data/design.yaml (the ``workbook`` column is cxlab's).
    """
    from cxlab import content

    table = pd.DataFrame([content.localised(s, language, name="step")
                          for s in content.load("design")["steps"]])
    return table.set_axis(pd.RangeIndex(1, len(table) + 1))[["step", "aim", "workbook"]]


def design_criteria(*, language: str | None = None) -> pd.DataFrame:
    """The six factors the training guide lists for evaluating a design and its implementation
    under 7.1.2 (its numbering).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    DataFrame
        One row per factor: ``criterion`` and ``question``.
    """
    from cxlab import content

    table = pd.DataFrame([content.localised(c, language, name="criterion")
                          for c in content.load("design")["criteria"]])
    return table.set_axis(pd.RangeIndex(1, len(table) + 1)).rename(columns={"ask": "question"})[
        ["criterion", "question"]]
