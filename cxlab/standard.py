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


i18n.register({
    "error.unknown_clause": {
        "zh": "GB/T 42509 中没有第 {value} 条。请用如 “6.1.4” 的条款号；可用 standard.clauses() 查看全部。",
        "en": "GB/T 42509 has no clause {value}. Give a number such as '6.1.4'; "
              "standard.clauses() lists them all.",
    },
    "standard.definition": {"zh": "定义", "en": "Definition"},
    "standard.example": {"zh": "例子", "en": "Example"},
    "standard.pitfall": {"zh": "易混淆之处", "en": "Watch out"},
    "standard.qmp": {"zh": "对应的质量管理原则", "en": "Quality-management principles"},
    "standard.clause": {"zh": "第 {number} 条", "en": "Clause {number}"},
    "std.cx_principles": {"zh": "顾客体验管理原则（第 4 条）", "en": "CX-management principles (clause 4)"},
    "std.qmps": {"zh": "质量管理原则（GB/T 19000）", "en": "Quality-management principles (GB/T 19000)"},
    "std.group.external": {"zh": "外部环境", "en": "External environment"},
    "std.group.internal": {"zh": "组织内部", "en": "Inside the organisation"},
    "std.group.experience": {"zh": "直接塑造体验的因素", "en": "Shaping the experience directly"},
    "std.products": {"zh": "产品和服务范围", "en": "Products and services in scope"},
    "std.needs": {"zh": "顾客需求和期望", "en": "Customers' needs and expectations"},
    "std.collaboration": {"zh": "跨部门协同", "en": "Working across departments"},
    "std.cycle.plan": {"zh": "策划", "en": "Plan"},
    "std.cycle.operate": {"zh": "运行", "en": "Operate"},
    "std.cycle.evaluate": {"zh": "评价", "en": "Evaluate"},
    "std.cycle.improve": {"zh": "保持和改进", "en": "Maintain and improve"},
    "std.cycle.title": {"zh": "顾客体验管理过程（第 5.3 条）",
                        "en": "The CX-management process (clause 5.3)"},
    "std.see": {"zh": "第 {clause} 条", "en": "clause {clause}"},
})



def _content() -> dict:
    return content.load("standard")


def _table(section: str, columns: list[str] | None = None):
    import pandas as pd

    table = pd.DataFrame(_content()[section])
    return table[columns] if columns else table


def clauses():
    """The outline: ``number``, ``zh``, ``en``, ``summary_zh``, ``summary_en``, ``inferred``."""
    table = _table("clauses").fillna({"summary_zh": "", "summary_en": "", "inferred": False})
    return table[["number", "zh", "en", "summary_zh", "summary_en", "inferred"]]


def terms():
    """The terms of clause 3: ``clause``, ``zh``, ``en``, ``definition_*``, ``example_*``,
    ``pitfall_*``."""
    return _table("terms")


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
    """The entry for a clause number such as ``"6.1.4"`` or ``"3.7"`` (terms included)."""
    number = str(number).strip()
    for entry in _content()["terms"]:
        if entry["clause"] == number:
            return {"number": number, "kind": "term", **entry}
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
    """An entry rendered as Markdown in the active language."""
    entry = clause(number)
    lang = i18n.get_language()
    head = f"**{i18n.t('standard.clause', number=entry['number'])} {entry[lang]}**"
    if entry["kind"] == "clause":
        return f"{head}\n\n{entry.get('summary_' + lang, '')}".strip()
    other = entry["en" if lang == "zh" else "zh"]
    sep = "：" if lang == "zh" else ": "
    lines = [f"- *{i18n.t('standard.' + f)}*{sep}{entry[f + '_' + lang]}"
             for f in ("definition", "example", "pitfall")]
    return "\n".join([f"{head} ({other})", *lines])
