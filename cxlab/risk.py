"""The CX risk-and-opportunity register (GB/T 42509 6.5 and 7.2.3).

Clause 7.2.3 grades risks by likelihood, the loss they would cause and how controllable they
are. cxlab's documented scoring rule, each input a whole number 1-5:

    index = likelihood × severity × (6 − controllability) / 5      (0.2 … 25)
    level = "high" if index ≥ 12, "medium" if index ≥ 6, else "low"

so an uncontrollable risk (controllability 1) keeps its full likelihood × severity and a fully
controllable one (5) a fifth of it. The pre-filled register restates the training guide's table
of risks, opportunities and measures per operation process (design, manage, insight, optimise).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from cxlab import content, i18n
from cxlab.deprecation import options
from cxlab.results import Result, TupleAccess
from cxlab.validate import check_range, require_columns

if TYPE_CHECKING:
    from matplotlib.axes import Axes

THRESHOLDS = (6, 12)
COLUMNS = ["process", "subprocess", "clause", "risk", "opportunity", "measure"]


def _content() -> dict:
    return content.load("risk")


@dataclass(frozen=True, eq=False)
class RiskScore(TupleAccess, Result):
    """Risk ``index`` and ``level`` ("low", "medium", "high") of :func:`score`: a float and a
    string for scalar input, numpy arrays otherwise. ``.table`` has columns ``index`` and
    ``level``, one row per risk."""

    index: float | np.ndarray
    level: str | np.ndarray

    _tuple_fields = ("index", "level")

    @property
    def table(self) -> pd.DataFrame:
        return pd.DataFrame({"index": np.atleast_1d(self.index), "level": np.atleast_1d(self.level)})


def score(likelihood, severity, controllability) -> RiskScore:
    """Risk index and level by the rule in the module docstring; scalars or arrays (vectorised).

    Parameters
    ----------
    likelihood, severity, controllability : int or array-like
        Grades 1-5 (whole numbers; anything else is refused, naming the values).

    Returns
    -------
    RiskScore
        ``index`` and ``level`` (floats and "low"/"medium"/"high"; arrays for array input).

    Examples
    --------
    >>> from cxlab import risk
    >>> r = risk.score(4, 4, 2)
    >>> r.index, r.level
    (12.8, 'high')
    """
    parts = [pd.Series(np.atleast_1d(v), name=n) for v, n in
             ((likelihood, "likelihood"), (severity, "severity"), (controllability, "controllability"))]
    for part in parts:
        check_range(part, 1, 5, integer=True)
    lik, sev, con = (p.to_numpy(dtype=float) for p in parts)
    index = lik * sev * (6 - con) / 5
    level = np.select([index >= THRESHOLDS[1], index >= THRESHOLDS[0]], ["high", "medium"], "low")
    if np.ndim(likelihood) == 0:
        return RiskScore(float(index[0]), str(level[0]))
    return RiskScore(index, level)


@options(positional=("lang",), renamed={"lang": "language"})
def default_register(*, language: str | None = None) -> pd.DataFrame:
    """The guide's processes and sub-processes with risk, opportunity and measure.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    DataFrame
        One row per sub-process: ``process``, ``subprocess``, ``clause``, ``risk``,
        ``opportunity``, ``measure`` (in ``language``), the example grading used for teaching
        (``likelihood``, ``severity``, ``controllability``), empty ``owner`` and ``review_date``
        for the organisation to fill in, and ``key``.

    Examples
    --------
    >>> from cxlab import risk
    >>> len(risk.default_register(language="en"))
    16
    """
    lang = i18n.code(language)
    processes = _content()["processes"]
    rows = [{"process": processes[r["process"]][lang], "subprocess": r[lang]["subprocess"],
             "clause": r["clause"], "risk": r[lang]["risk"], "opportunity": r[lang]["opportunity"],
             "measure": r[lang]["measure"], "likelihood": r["likelihood"], "severity": r["severity"],
             "controllability": r["controllability"], "owner": "", "review_date": None,
             "key": r["subprocess"]}
            for r in _content()["rows"]]
    return pd.DataFrame(rows)


def prioritise(register: pd.DataFrame) -> pd.DataFrame:
    """The register ranked by risk index, with the index and level of each risk.

    Parameters
    ----------
    register : DataFrame
        One row per risk with ``likelihood``, ``severity`` and ``controllability`` (1-5), e.g.
        :func:`default_register`.

    Returns
    -------
    DataFrame
        The register sorted by index (highest first) with ``rank`` in front (1 = act first) and
        ``index``, ``level_code`` ("low", "medium", "high") and ``level`` (in the active
        language) added (see :func:`score`).

    Examples
    --------
    >>> from cxlab import risk
    >>> risk.prioritise(risk.default_register())[["rank", "index", "level_code"]].head(3)
        rank  index level_code
    4      1   12.8       high
    5      2    9.0     medium
    14     3    7.2     medium
    """
    require_columns(register, ["likelihood", "severity", "controllability"])
    result = score(register["likelihood"], register["severity"], register["controllability"])
    index, level = result.index, result.level
    out = register.assign(index=index, level_code=level,
                          level=[i18n.t(f"risk.{v}") for v in level])
    out = out.sort_values("index", ascending=False, kind="stable")
    out.insert(0, "rank", range(1, len(out) + 1))
    return out


@options(positional=("ax",))
def plot_heatmap(register: pd.DataFrame, *, ax=None) -> Axes:
    """Likelihood × severity grid coloured by the level at average controllability, with each
    risk's row number placed in its cell.

    Parameters
    ----------
    register : DataFrame
        A register with ``likelihood`` and ``severity`` (e.g. :func:`default_register`).
    ax : matplotlib Axes, optional
        Where to draw; default a new figure.

    Returns
    -------
    matplotlib Axes
    """
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    ax = ax or plt.subplots(figsize=(6, 5))[1]
    grid = np.array([[score(lik, sev, 3).index for lik in range(1, 6)] for sev in range(1, 6)])
    levels = np.digitize(grid, THRESHOLDS)
    ax.imshow(levels, origin="lower", extent=(0.5, 5.5, 0.5, 5.5),
              cmap=ListedColormap(["#cfe8d5", "#f7e3a3", "#f2b0a8"]), vmin=0, vmax=2)
    cells: dict[tuple[int, int], list[str]] = {}
    for k, row in enumerate(register.itertuples(), 1):
        cells.setdefault((row.likelihood, row.severity), []).append(str(k))
    for (lik, sev), ids in cells.items():
        ax.text(lik, sev, ",".join(ids), ha="center", va="center", fontsize=9)
    ax.set(xticks=range(1, 6), yticks=range(1, 6), xlabel=i18n.t("risk.likelihood"),
           ylabel=i18n.t("risk.severity"), title=i18n.t("risk.heat_title"))
    ax.grid(False)
    return ax
