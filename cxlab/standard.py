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
from cxlab.errors import CxlabError, OptionError

_CLAUSE = re.compile(r"\d+(\.\d+)*")


class UnknownClauseError(CxlabError, LookupError):
    """A clause number that is not in the guideline's outline (the message names the number)."""

    key = "error.unknown_clause"


class UnknownSectionError(OptionError, KeyError):
    """A table name :func:`section` does not have (the message lists the valid names)."""

    __str__ = CxlabError.__str__  # KeyError would quote the message


def _content() -> dict:
    return content.load("standard")


def _table(section: str, columns: list[str] | None = None):
    import pandas as pd

    table = pd.DataFrame(_content()[section])
    return table[columns] if columns else table


NUMBERED_BY = ("standard", "guide", "cxlab")


def clauses():
    """The guideline's clauses, with who numbered each.

    Returns
    -------
    DataFrame
        One row per clause, with columns:

        - ``number``: the clause number (``"8.2"``)
        - ``zh``, ``en``: its title (chapters and clauses x.y: the published titles)
        - ``summary_zh``, ``summary_en``: our summary ("" where none)
        - ``numbered_by``: who gave the number: ``"standard"`` (the published table of
          contents of GB/T 42509-2023, or a sub-clause quoted in public previews of its text),
          ``"guide"`` (printed as a cross-reference by the training guide only) or ``"cxlab"``
          (our numbering of a sub-clause the guide presents without a number)
        - ``published``: ``numbered_by == "standard"``

    References
    ----------
    .. [1] GB/T 42509-2023 质量管理 顾客体验管理指南 (Quality management — Guidelines for
       customer experience management), SAMR/SAC, 2023: published table of contents.

    Examples
    --------
    >>> from cxlab import standard
    >>> table = standard.clauses()
    >>> table.loc[table["number"] == "8.2", ["number", "zh", "published"]]
       number          zh  published
    ...   8.2  顾客体验管理的评估       True
    """
    table = _table("clauses").fillna({"summary_zh": "", "summary_en": ""})
    table["published"] = table["numbered_by"] == "standard"
    return table[["number", "zh", "en", "summary_zh", "summary_en", "numbered_by", "published"]]


def outline():
    """The published table of contents in order.

    Returns
    -------
    DataFrame
        Columns ``number`` (empty for the foreword and the bibliography), ``zh`` and ``en``:
        chapters 1-8 and their clauses x.y with the published titles.

    References
    ----------
    .. [1] GB/T 42509-2023, table of contents.

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.outline().shape
    (26, 3)
    """
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
    """The terms of clause 3.

    The standard's text is not public; the numbers 3.1-3.9 follow the order in which the
    training guide presents the terms and are cxlab's (``numbered_by == "cxlab"``).

    Returns
    -------
    DataFrame
        One row per term, with columns ``clause`` (3.1 …), ``zh``, ``en`` (the term),
        ``definition_zh``, ``definition_en``, ``example_zh``, ``example_en``, ``pitfall_zh``,
        ``pitfall_en`` (our wording) and ``numbered_by`` (``"cxlab"``).

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.terms().set_index("clause").loc["3.7", "zh"]
    '净推荐值'
    """
    table = _table("terms")
    table["numbered_by"] = "cxlab"
    return table


def principles():
    """The five principles of clause 4.

    Returns
    -------
    DataFrame
        Columns ``order``, ``clause``, ``key``, ``zh``, ``en``, ``summary_zh``, ``summary_en``.

    Examples
    --------
    >>> from cxlab import standard
    >>> len(standard.principles())
    5
    """
    return _table("principles").drop(columns="qmp")


def qmps():
    """The seven quality-management principles of GB/T 19000-2016, clause 2.3.

    Returns
    -------
    DataFrame
        Columns ``key``, ``clause``, ``zh``, ``en``, ``summary_zh``, ``summary_en``.

    References
    ----------
    .. [1] GB/T 19000-2016 质量管理体系 基础和术语 (ISO 9000:2015), clause 2.3.

    Examples
    --------
    >>> from cxlab import standard
    >>> len(standard.qmps())
    7
    """
    return _table("qmps")


def principle_qmp_map():
    """Which quality-management principle each CX principle corresponds to.

    One row per (CX principle, QMP) pair, as the training guide's correspondence table groups
    them: engagement, process approach and relationship management all fall under co-creation
    across parties.

    Returns
    -------
    DataFrame
        Sorted by ``qmp_clause``, with columns ``principle_zh``, ``principle_en``,
        ``qmp_clause``, ``qmp_zh``, ``qmp_en``, ``principle`` (key) and ``qmp`` (key).

    Examples
    --------
    >>> from cxlab import standard
    >>> len(standard.principle_qmp_map())
    7
    """
    import pandas as pd

    qmp = qmps().set_index("key")
    rows = [{"principle_zh": p["zh"], "principle_en": p["en"], "qmp_clause": qmp.at[k, "clause"],
             "qmp_zh": qmp.at[k, "zh"], "qmp_en": qmp.at[k, "en"], "principle": p["key"],
             "qmp": k}
            for p in _content()["principles"] for k in p["qmp"]]
    return pd.DataFrame(rows).sort_values("qmp_clause", kind="stable").reset_index(drop=True)


def section(name: str):
    """Any other table of the content file as a DataFrame.

    Parameters
    ----------
    name : str
        ``influencing_factors``, ``environments``, ``design_steps``, ``leadership_duties``,
        ``customer_kinds``, ``experience_vs_satisfaction`` or ``references``.

    Returns
    -------
    DataFrame
        The table, its texts in ``*_zh`` / ``*_en`` (or ``zh`` / ``en``) columns.

    Raises
    ------
    UnknownSectionError
        For another name (the valid ones are listed); also a :class:`KeyError`.

    Examples
    --------
    >>> from cxlab import standard
    >>> len(standard.section("design_steps"))
    6
    """
    if name not in _content() or name == "scope_case":
        raise UnknownSectionError(name="name", value=name,
                                  valid=", ".join(sorted(k for k in _content() if k != "scope_case")))
    return _table(name)


def scope_case() -> dict:
    """The guide's worked scope case for 5.2 (an e-commerce platform for home furnishings).

    Returns
    -------
    dict
        ``organisation_zh``, ``organisation_en``, ``products``, ``needs``, ``departments``
        and ``collaboration``.

    Examples
    --------
    >>> from cxlab import standard
    >>> sorted(standard.scope_case())[:2]
    ['collaboration', 'departments']
    """
    return _content()["scope_case"]


def clause(number: str) -> dict:
    """The entry for a clause or term number.

    Parameters
    ----------
    number : str
        A clause number such as ``"8.2"`` or a term number such as ``"3.7"``.

    Returns
    -------
    dict
        ``number``, ``kind`` (``"clause"`` or ``"term"``), ``zh``, ``en``, ``numbered_by`` and
        the summary (clauses) or definition, example and pitfall fields (terms).

    Raises
    ------
    UnknownClauseError
        For a number that is not in the outline.

    Examples
    --------
    >>> from cxlab import standard
    >>> entry = standard.clause("3.7")
    >>> entry["kind"], entry["en"]
    ('term', 'net promoter score (NPS)')
    """
    number = str(number).strip()
    for entry in _content()["terms"]:
        if entry["clause"] == number:
            return {"number": number, "kind": "term", "numbered_by": "cxlab", **entry}
    for entry in _content()["clauses"]:
        if entry["number"] == number:
            return {"kind": "clause", **entry}
    raise UnknownClauseError(value=number)


def exists(number: str) -> bool:
    """Whether ``number`` is a clause or term number in the outline.

    Parameters
    ----------
    number : str
        A number such as ``"8.2"``.

    Returns
    -------
    bool

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.exists("8.2"), standard.exists("9.9")
    (True, False)
    """
    number = str(number).strip()
    known = {e["number"] for e in _content()["clauses"]} | {t["clause"] for t in
                                                           _content()["terms"]}
    return bool(_CLAUSE.fullmatch(number)) and number in known


def find(text: str):
    """Terms whose name or definition contains ``text``.

    Parameters
    ----------
    text : str
        A word in Chinese or English (case-insensitive).

    Returns
    -------
    DataFrame
        The matching rows of :func:`terms`.

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.find("旅程")[["clause", "zh"]]
      clause    zh
    4    3.5  顾客旅程
    """
    table = terms()
    needle = str(text).strip().lower()
    fields = ["zh", "en", "definition_zh", "definition_en"]
    hit = table[fields].apply(lambda col: col.str.lower().str.contains(needle, regex=False))
    return table[hit.any(axis=1)]


def markdown(number: str) -> str:
    """An entry rendered as Markdown in the active language.

    A number that is not the standard's own says so (numbered by the guide or by cxlab).

    Parameters
    ----------
    number : str
        A clause or term number.

    Returns
    -------
    str
        The bold title, then the summary (clauses) or definition, example and pitfall (terms).

    Raises
    ------
    UnknownClauseError
        For a number that is not in the outline.

    Examples
    --------
    >>> from cxlab import standard
    >>> print(standard.markdown("8.2").splitlines()[0])
    **第 8.2 条 顾客体验管理的评估**
    """
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
