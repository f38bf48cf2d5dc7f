"""The house plot theme, with a font that draws Chinese on any machine.

matplotlib's default font (DejaVu Sans) has no Chinese glyphs. :func:`chinese_font`
picks an installed system CJK font when there is one, otherwise registers the
OFL-licensed Noto Sans CJK SC file shipped by the ``mplfonts`` package (only its
OFL files are used). :func:`set_theme` wraps ``seaborn.set_theme``: a bare
``sns.set_theme()`` resets the font list, so call this one instead (it takes the
same arguments), or call :func:`use_chinese_font` after your own theme.
"""

from __future__ import annotations

import functools
from importlib.util import find_spec
from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager

from cxlab.deprecation import options
from cxlab.errors import FontError

# System families that cover simplified Chinese, best first (Linux, Windows, macOS).
SYSTEM_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Source Han Sans CN",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
    "Hiragino Sans GB", "Heiti SC", "SimHei", "Sarasa Gothic SC",
)
# OFL-licensed files inside the mplfonts package (its SimHei.ttf is not free and never used).
BUNDLED_FILES = ("NotoSansCJKsc-Regular.otf", "SourceHanSerifSC-Regular.otf")

PALETTE = ["#1f5f8b", "#e07b39", "#3a9d5d", "#c23b3b", "#7b5ea7", "#8c6d31", "#5f9ea0"]


def _system_family() -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in SYSTEM_FAMILIES if name in installed), None)


def _bundled_family() -> str | None:
    spec = find_spec("mplfonts")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "fonts"
    for filename in BUNDLED_FILES:
        path = folder / filename
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
            return font_manager.FontProperties(fname=str(path)).get_name()
    return None


@functools.cache
def chinese_font() -> str:
    """The family name used for Chinese text: a system CJK font, else mplfonts' Noto Sans CJK.

    Returns
    -------
    str
        A font family matplotlib knows.

    Raises
    ------
    cxlab.errors.FontError
        When no font able to draw Chinese is found.

    Examples
    --------
    >>> from cxlab import plotting
    >>> isinstance(plotting.chinese_font(), str)
    True
    """
    family = _system_family() or _bundled_family()
    if family is None:
        raise FontError()
    return family


def font_rc() -> dict[str, object]:
    """rcParams that put the Chinese font first, with DejaVu Sans as fallback for symbols.

    Returns
    -------
    dict
        ``font.family``, ``font.sans-serif`` and ``axes.unicode_minus``.

    Examples
    --------
    >>> from cxlab import plotting
    >>> plotting.font_rc()["font.sans-serif"][-1]
    'DejaVu Sans'
    """
    return {
        "font.family": ["sans-serif"],
        "font.sans-serif": [chinese_font(), "DejaVu Sans"],
        "axes.unicode_minus": True,
    }


def use_chinese_font() -> None:
    """Make the current matplotlib style draw Chinese (keeps everything else as it is).

    Returns
    -------
    None
    """
    mpl.rcParams.update(font_rc())


def set_theme(context: str = "notebook", style: str = "whitegrid", palette=None,
              font_scale: float = 1.0, rc: dict | None = None, **kwargs) -> None:
    """cxlab's house theme: ``seaborn.set_theme`` with our palette and a Chinese-capable font.

    Takes the same arguments as ``seaborn.set_theme``; ``rc`` entries win over the house
    settings, the font list is always the one of :func:`font_rc`.

    Parameters
    ----------
    context : str
        seaborn's plotting context (``"notebook"``, ``"talk"`` …).
    style : str
        seaborn's axes style.
    palette : list or str, optional
        Colours; default :data:`PALETTE`.
    font_scale : float
        Scale of the font sizes.
    rc : dict, optional
        rcParams to set on top.
    **kwargs
        Passed on to ``seaborn.set_theme``.

    Returns
    -------
    None
    """
    import seaborn as sns

    house = {"figure.dpi": 100, "axes.titlesize": "large"}  # no bold: mplfonts has Regular only
    sns.set_theme(context=context, style=style, palette=palette or PALETTE,
                  font_scale=font_scale, rc={**house, **(rc or {}), **font_rc()}, **kwargs)


@options(positional=("ax", "title", "notes"))
def cycle_diagram(steps: list[str], *, ax=None, title: str | None = None,
                  notes: list[str] | None = None):
    """Draw steps on a circle joined by clockwise arrows (a management cycle such as PDCA).

    Parameters
    ----------
    steps : list of str
        The steps, clockwise from the top.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new 6 × 6 inch figure by default (keyword-only; by position
        deprecated, as are ``title`` and ``notes``).
    title : str, optional
        The title.
    notes : list of str, optional
        A second line under each step ("" for none).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from matplotlib import pyplot as plt
    >>> from cxlab import plotting
    >>> ax = plotting.cycle_diagram(["Plan", "Do", "Check", "Act"], title="PDCA")
    >>> [t.get_text() for t in ax.texts if t.get_text()], ax.get_title()
    (['Plan', 'Do', 'Check', 'Act'], 'PDCA')
    >>> plt.close("all")
    """
    import numpy as np
    from matplotlib import pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(6, 6))
    n = len(steps)
    angles = np.pi / 2 - 2 * np.pi * np.arange(n) / n
    xy = np.column_stack([np.cos(angles), np.sin(angles)])
    for k, (x, y) in enumerate(xy):
        label = steps[k] + (f"\n{notes[k]}" if notes and notes[k] else "")
        ax.text(x, y, label, ha="center", va="center", fontsize=11,
                bbox={"boxstyle": "round,pad=0.5", "fc": "white", "ec": PALETTE[k % len(PALETTE)],
                      "lw": 2})
        nx, ny = xy[(k + 1) % n]
        ax.annotate("", xy=(0.75 * nx + 0.25 * x, 0.75 * ny + 0.25 * y),
                    xytext=(0.25 * nx + 0.75 * x, 0.25 * ny + 0.75 * y),
                    arrowprops={"arrowstyle": "-|>", "color": "0.4", "lw": 1.5,
                                "connectionstyle": "arc3,rad=-0.25"})
    ax.set(xlim=(-1.5, 1.5), ylim=(-1.5, 1.5), aspect="equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax
