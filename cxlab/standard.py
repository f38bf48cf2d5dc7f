"""GB/T 42509-2023 as data: clauses, terms, principles, their QMP mapping, the framework.

The content lives in ``cxlab/data/standard.yaml``, written in our own words in zh and
en; every entry carries its clause number (see the file's header for where each number
comes from). Tables are DataFrames with each text once, in the language asked for
(``language=``, default the active one); the name of a clause, term or principle is the
one text given in both languages (``zh`` and ``en``), since the pairs are what a glossary
teaches. :func:`clause` returns one entry, :func:`find` searches terms in either language,
:func:`markdown` renders an entry.
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


def _table(section: str, language: str | None, *, name: str | None = None):
    """A section of the content file, each text once in ``language`` (see content.localised)."""
    import pandas as pd

    lang = i18n.code(language)
    return pd.DataFrame([content.localised(e, lang, name=name) for e in _content()[section]])


NUMBERED_BY = ("standard", "guide", "cxlab")


def clauses(*, language: str | None = None):
    """The guideline's clauses, with who numbered each.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of ``summary``; default: the active language.

    Returns
    -------
    DataFrame
        One row per clause, with columns:

        - ``number``: the clause number (``"8.2"``)
        - ``zh``, ``en``: its title (chapters and clauses x.y: the published titles)
        - ``summary``: our summary in ``language`` ("" where none)
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
    >>> table = standard.clauses(language="en")
    >>> table.loc[table["number"] == "8.2", ["number", "zh", "published"]]
       number          zh  published
    ...   8.2  顾客体验管理的评估       True
    >>> table.set_index("number").loc["1", "summary"][:44]
    'Gives principles and a framework for custome'
    """
    table = _table("clauses", language)
    table["summary"] = table["summary"].fillna("")
    table["published"] = table["numbered_by"] == "standard"
    return table[["number", "zh", "en", "summary", "numbered_by", "published"]]


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


def terms(*, language: str | None = None):
    """The terms of clause 3.

    The standard's text is not public; the numbers 3.1-3.9 follow the order in which the
    training guide presents the terms and are cxlab's (``numbered_by == "cxlab"``).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the definition, example and pitfall; default: the active language.

    Returns
    -------
    DataFrame
        One row per term, with columns ``clause`` (3.1 …), ``zh``, ``en`` (the term in both
        languages: the pairs are what the glossary teaches), ``definition``, ``example``,
        ``pitfall`` (our wording, in ``language``) and ``numbered_by`` (``"cxlab"``).

    Examples
    --------
    >>> from cxlab import standard
    >>> table = standard.terms(language="en").set_index("clause")
    >>> table.loc["3.7", "zh"], table.loc["3.7", "definition"][:40]
    ('净推荐值', 'An indicator of the balance between cust')
    """
    table = _table("terms", language)
    table["numbered_by"] = "cxlab"
    return table[["clause", "zh", "en", "definition", "example", "pitfall", "numbered_by"]]


def principles(*, language: str | None = None):
    """The five principles of clause 4.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of ``summary``; default: the active language.

    Returns
    -------
    DataFrame
        Columns ``order``, ``clause``, ``key``, ``zh``, ``en`` (the principle's name in both
        languages) and ``summary`` (in ``language``).

    Examples
    --------
    >>> from cxlab import standard
    >>> table = standard.principles(language="zh")
    >>> len(table), table.loc[0, "zh"]
    (5, '顾客需求引导')
    """
    return _table("principles", language).drop(columns="qmp")


def qmps(*, language: str | None = None):
    """The seven quality-management principles of GB/T 19000-2016, clause 2.3.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of ``summary``; default: the active language.

    Returns
    -------
    DataFrame
        Columns ``key``, ``clause``, ``zh``, ``en`` (the principle's name in both languages)
        and ``summary`` (in ``language``).

    References
    ----------
    .. [1] GB/T 19000-2016 质量管理体系 基础和术语 (ISO 9000:2015), clause 2.3.

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.qmps(language="en").loc[0, "summary"][:40]
    'The first concern of quality management '
    """
    return _table("qmps", language)


def principle_qmp_map(*, language: str | None = None):
    """Which quality-management principle each CX principle corresponds to.

    One row per (CX principle, QMP) pair, as the training guide's correspondence table groups
    them: engagement, process approach and relationship management all fall under co-creation
    across parties.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the principles' names; default: the active language.

    Returns
    -------
    DataFrame
        Sorted by ``qmp_clause``, with columns ``principle`` (the CX principle's name),
        ``qmp_clause``, ``qmp`` (the QMP's name), both in ``language``, and their keys
        ``principle_key`` and ``qmp_key``.

    Examples
    --------
    >>> from cxlab import standard
    >>> table = standard.principle_qmp_map(language="en")
    >>> len(table), table.loc[0, "qmp"]
    (7, 'Customer focus')
    """
    import pandas as pd

    lang = i18n.code(language)
    qmp = qmps(language=lang).set_index("key")
    rows = [{"principle": p[lang], "qmp_clause": qmp.at[k, "clause"], "qmp": qmp.at[k, lang],
             "principle_key": p["key"], "qmp_key": k}
            for p in _content()["principles"] for k in p["qmp"]]
    return pd.DataFrame(rows).sort_values("qmp_clause", kind="stable").reset_index(drop=True)


# The field each section's zh/en entry text is shown as.
SECTION_NAMES = {"influencing_factors": "factor", "environments": "environment",
                 "design_steps": "step", "leadership_duties": "duty",
                 "customer_kinds": "customer_kind", "references": "title"}


def section(name: str, *, language: str | None = None):
    """Any other table of the content file as a DataFrame.

    Parameters
    ----------
    name : str
        ``influencing_factors``, ``environments``, ``design_steps``, ``leadership_duties``,
        ``customer_kinds``, ``experience_vs_satisfaction`` or ``references``.
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    DataFrame
        The table, each text once in ``language``:

        - ``influencing_factors``: ``group`` (``external`` / ``internal``), ``factor``
        - ``environments``: ``key``, ``environment``, ``summary``, ``examples``
        - ``design_steps``: ``step``, ``summary``
        - ``leadership_duties``: ``duty``
        - ``customer_kinds``: ``customer_kind``, ``note``
        - ``experience_vs_satisfaction``: ``aspect``, ``experience``, ``satisfaction``
        - ``references``: ``id`` (the standard's number), ``title``

    Raises
    ------
    UnknownSectionError
        For another name (the valid ones are listed); also a :class:`KeyError`.

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.section("design_steps", language="en")["step"].tolist()[:2]
    ['Needs analysis', 'Define goals']
    """
    if name not in SECTION_NAMES and name != "experience_vs_satisfaction":
        raise UnknownSectionError(name="name", value=name,
                                  valid=", ".join(sorted([*SECTION_NAMES, "experience_vs_satisfaction"])))
    return _table(name, language, name=SECTION_NAMES.get(name))


def scope_case(*, language: str | None = None) -> dict:
    """The guide's worked scope case for 5.2 (an e-commerce platform for home furnishings).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of the texts; default: the active language.

    Returns
    -------
    dict
        ``organisation`` (str), ``products``, ``needs`` and ``collaboration`` (lists of str),
        and ``departments`` (a list of dicts with ``key``, ``department`` and ``duty``), all
        in ``language``.

    Examples
    --------
    >>> from cxlab import standard
    >>> case = standard.scope_case(language="en")
    >>> sorted(case)
    ['collaboration', 'departments', 'needs', 'organisation', 'products']
    >>> case["departments"][0]
    {'key': 'product', 'department': 'Product', 'duty': 'Keeps descriptions accurate and pictures true'}
    """
    lang = i18n.code(language)
    case = content.localised(_content()["scope_case"], lang)
    return {**case, **{part: [item[lang] for item in case[part]]
                       for part in ("products", "needs", "collaboration")},
            "departments": [content.localised(d, lang, name="department") for d in case["departments"]]}


def clause(number: str, *, language: str | None = None) -> dict:
    """The entry for a clause or term number.

    Parameters
    ----------
    number : str
        A clause number such as ``"8.2"`` or a term number such as ``"3.7"``.
    language : {"zh", "en"}, optional
        The language of the summary, definition, example and pitfall; default: the active
        language.

    Returns
    -------
    dict
        ``number``, ``kind`` (``"clause"`` or ``"term"``), ``zh``, ``en`` (the name in both
        languages), ``numbered_by`` and, in ``language``, the ``summary`` (clauses; "" where
        none) or the ``definition``, ``example`` and ``pitfall`` (terms).

    Raises
    ------
    UnknownClauseError
        For a number that is not in the outline.

    Examples
    --------
    >>> from cxlab import standard
    >>> entry = standard.clause("3.7", language="zh")
    >>> entry["kind"], entry["en"], entry["definition"][:8]
    ('term', 'net promoter score (NPS)', '反映愿意推荐与不')
    """
    number = str(number).strip()
    lang = i18n.code(language)
    for entry in _content()["terms"]:
        if entry["clause"] == number:
            return {"number": number, "kind": "term", "numbered_by": "cxlab",
                    **content.localised(entry, lang)}
    for entry in _content()["clauses"]:
        if entry["number"] == number:
            return {"kind": "clause", "summary": "", **content.localised(entry, lang)}
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


def find(text: str, *, language: str | None = None):
    """Terms whose name or definition, in either language, contains ``text``.

    Parameters
    ----------
    text : str
        A word in Chinese or English (case-insensitive).
    language : {"zh", "en"}, optional
        The language of the returned definitions, examples and pitfalls; default: the
        active language.

    Returns
    -------
    DataFrame
        The matching rows of :func:`terms` (its columns).

    Examples
    --------
    >>> from cxlab import standard
    >>> standard.find("旅程")[["clause", "zh"]]
      clause    zh
    4    3.5  顾客旅程
    """
    import pandas as pd

    needle = str(text).strip().lower()
    searched = pd.concat([terms(language=lang)[["zh", "en", "definition"]] for lang in i18n.LANGUAGES],
                         axis=1)
    hit = searched.apply(lambda col: col.str.lower().str.contains(needle, regex=False))
    return terms(language=language)[hit.any(axis=1)]


def markdown(number: str, *, language: str | None = None) -> str:
    """An entry rendered as Markdown.

    A number that is not the standard's own says so (numbered by the guide or by cxlab).

    Parameters
    ----------
    number : str
        A clause or term number.
    language : {"zh", "en"}, optional
        Default: the active language.

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
    lang = i18n.code(language)
    entry = clause(number, language=lang)
    name = entry[lang]
    if entry["kind"] == "term":
        name += f" ({entry['en' if lang == 'zh' else 'zh']})"
    if entry["numbered_by"] == "standard":
        key = "standard.chapter" if "." not in entry["number"] else "standard.clause"
        head = f"**{i18n.t(key, lang, number=entry['number'])} {name}**"
    else:
        note = i18n.t("standard.numbered_by." + entry["numbered_by"], lang)
        head = f"**{entry['number']} {name}**" + (f"（{note}）" if lang == "zh" else f" ({note})")
    if entry["kind"] == "clause":
        return f"{head}\n\n{entry['summary']}".strip()
    sep = "：" if lang == "zh" else ": "
    lines = [f"- *{i18n.t('standard.' + f, lang)}*{sep}{entry[f]}"
             for f in ("definition", "example", "pitfall")]
    return "\n".join([head, *lines])
