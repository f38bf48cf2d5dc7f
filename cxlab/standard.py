"""GB/T 42509-2023 as data: clauses, terms, principles, their QMP mapping, the framework.

The content lives in ``cxlab/data/standard.yaml``, written in our own words in zh and
en; every entry carries its clause number (see the file's header for where each number
comes from). Tables are DataFrames with both languages side by side; :func:`clause`
returns one entry, :func:`find` searches terms in either language, :func:`markdown`
renders an entry in the active language.
"""

from __future__ import annotations

import re

from cxlab import content, i18n
from cxlab.errors import CxlabError

_CLAUSE = re.compile(r"\d+(\.\d+)*")


class UnknownClauseError(CxlabError, LookupError):
    """A clause number that is not in the guideline's outline."""

    key = "error.unknown_clause"


def _content() -> dict:
    return content.load("standard")


def _table(section: str, columns: list[str] | None = None):
    import pandas as pd

    table = pd.DataFrame(_content()[section])
    return table[columns] if columns else table


NUMBERED_BY = ("standard", "guide", "cxlab")


def clauses():
    """The outline: ``number``, ``zh``, ``en``, ``summary_zh``, ``summary_en``,
    ``numbered_by`` and ``published``.

    ``numbered_by`` says who gave the number: ``"standard"`` (the published table of contents
    of GB/T 42509-2023, or a sub-clause quoted in public previews of its text), ``"guide"``
    (printed as a cross-reference by the training guide only) or ``"cxlab"`` (our numbering
    of a sub-clause the guide presents without a number). ``published`` is ``numbered_by ==
    "standard"``. Titles of chapters and of clauses x.y are the published ones.
    """
    table = _table("clauses").fillna({"summary_zh": "", "summary_en": ""})
    table["published"] = table["numbered_by"] == "standard"
    return table[["number", "zh", "en", "summary_zh", "summary_en", "numbered_by", "published"]]


def outline():
    """The published table of contents in order: ``number`` (empty for the foreword and the
    bibliography), ``zh``, ``en``: chapters 1-8 and their clauses x.y with the published
    titles."""
    import pandas as pd

    extra = _content()["unnumbered"]
    table = clauses()
    table = table[table["published"] & (table["number"].str.count(r"\.") <= 1)]
    rows = ([{"number": "", "zh": e["zh"], "en": e["en"]} for e in extra
             if e["position"] == "before"]
            + table[["number", "zh", "en"]].to_dict("records")
            + [{"number": "", "zh": e["zh"], "en": e["en"]} for e in extra
               if e["position"] == "after"])
    return pd.DataFrame(rows)


def terms():
    """The terms of clause 3: ``clause``, ``zh``, ``en``, ``definition_*``, ``example_*``,
    ``pitfall_*``, ``numbered_by``.

    The standard's text is not public; the numbers 3.1-3.9 follow the order in which the
    training guide presents the terms and are cxlab's (``numbered_by == "cxlab"``).
    """
    table = _table("terms")
    table["numbered_by"] = "cxlab"
    return table


def principles():
    """The five principles of clause 4: ``order``, ``clause``, ``key``, ``zh``, ``en``,
    ``summary_*``."""
    return _table("principles").drop(columns="qmp")


def qmps():
    """The seven quality-management principles of GB/T 19000-2016, clause 2.3."""
    return _table("qmps")


def principle_qmp_map():
    """One row per (CX principle, QMP) pair, as the training guide's correspondence table
    groups them: engagement, process approach and relationship management all fall under
    co-creation across parties."""
    import pandas as pd

    qmp = qmps().set_index("key")
    rows = [{"principle_zh": p["zh"], "principle_en": p["en"], "qmp_clause": qmp.at[k, "clause"],
             "qmp_zh": qmp.at[k, "zh"], "qmp_en": qmp.at[k, "en"], "principle": p["key"],
             "qmp": k}
            for p in _content()["principles"] for k in p["qmp"]]
    return pd.DataFrame(rows).sort_values("qmp_clause", kind="stable").reset_index(drop=True)


def section(name: str):
    """Any other table of the content file as a DataFrame: ``influencing_factors``,
    ``environments``, ``design_steps``, ``leadership_duties``, ``customer_kinds``,
    ``experience_vs_satisfaction``, ``references``."""
    if name not in _content() or name == "scope_case":
        raise KeyError(f"no table {name!r}; choose from {sorted(_content())}")
    return _table(name)


def scope_case() -> dict:
    """The guide's worked scope case for 5.2 (an e-commerce platform for home furnishings)."""
    return _content()["scope_case"]


def clause(number: str) -> dict:
    """The entry for a clause number such as ``"8.2"`` or ``"3.7"`` (terms included):
    ``number``, ``kind`` (``"clause"`` or ``"term"``), ``zh``, ``en``, ``numbered_by`` and
    the summary or definition fields."""
    number = str(number).strip()
    for entry in _content()["terms"]:
        if entry["clause"] == number:
            return {"number": number, "kind": "term", "numbered_by": "cxlab", **entry}
    for entry in _content()["clauses"]:
        if entry["number"] == number:
            return {"kind": "clause", **entry}
    raise UnknownClauseError(value=number)


def exists(number: str) -> bool:
    """Whether ``number`` is a clause or term number in the outline."""
    number = str(number).strip()
    known = {e["number"] for e in _content()["clauses"]} | {t["clause"] for t in
                                                           _content()["terms"]}
    return bool(_CLAUSE.fullmatch(number)) and number in known


def find(text: str):
    """Terms whose name or definition contains ``text`` (zh or en, case-insensitive)."""
    table = terms()
    needle = str(text).strip().lower()
    fields = ["zh", "en", "definition_zh", "definition_en"]
    hit = table[fields].apply(lambda col: col.str.lower().str.contains(needle, regex=False))
    return table[hit.any(axis=1)]


def markdown(number: str) -> str:
    """An entry rendered as Markdown in the active language. A number that is not the
    standard's own says so (numbered by the guide or by cxlab)."""
    entry = clause(number)
    lang = i18n.get_language()
    name = entry[lang]
    if entry["kind"] == "term":
        name += f" ({entry['en' if lang == 'zh' else 'zh']})"
    if entry["numbered_by"] == "standard":
        key = "standard.chapter" if "." not in entry["number"] else "standard.clause"
        head = f"**{i18n.t(key, number=entry['number'])} {name}**"
    else:
        note = i18n.t("standard.numbered_by." + entry["numbered_by"])
        head = f"**{entry['number']} {name}**" + (f"（{note}）" if lang == "zh" else f" ({note})")
    if entry["kind"] == "clause":
        return f"{head}\n\n{entry.get('summary_' + lang, '')}".strip()
    sep = "：" if lang == "zh" else ": "
    lines = [f"- *{i18n.t('standard.' + f)}*{sep}{entry[f + '_' + lang]}"
             for f in ("definition", "example", "pitfall")]
    return "\n".join([head, *lines])
