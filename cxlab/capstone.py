"""The capstone project (notebook 12): its rubric as data.

The rubric (``cxlab/data/capstone.yaml``) is cxlab's own design: four criteria, each judged at
one of three levels with points. Notebook 12 shows it and ``tools/worksheets.py`` prints it as
an A4 sheet for the trainer to score each team on.
"""

from __future__ import annotations

from cxlab import content, i18n
from cxlab.deprecation import options


@options(positional=("language",))
def rubric(*, language: str | None = None):
    """The capstone's rubric: four criteria, each judged at one of three levels with points.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language (keyword-only; by position deprecated).

    Returns
    -------
    DataFrame
        Indexed by criterion key, with columns ``criterion``, ``clauses`` (GB/T 42509) and
        one column per level, headed "level (points)", holding what a deliverable at that
        level does; ``attrs["max_points"]`` is the best total.

    Examples
    --------
    >>> from cxlab import capstone
    >>> table = capstone.rubric(language="en")
    >>> table.shape, table.attrs["max_points"]
    ((4, 5), 100)
    """
    import pandas as pd

    lang = i18n.code(language)
    data = content.load("capstone")
    heads = {lv["key"]: f"{lv[lang]}（{lv['points']} 分）" if lang == "zh" else
             f"{lv[lang]} ({lv['points']} pts)" for lv in data["levels"]}
    rows = [{"key": c["key"], "criterion": c[lang], "clauses": c["clauses"],
             **{heads[k]: c[k][lang] for k in heads}} for c in data["criteria"]]
    table = pd.DataFrame(rows).set_index("key")
    table.attrs["max_points"] = len(rows) * max(lv["points"] for lv in data["levels"])
    return table
