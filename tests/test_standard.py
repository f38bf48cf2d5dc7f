"""The guideline as data: complete, bilingual, numbered, and referenced correctly by notebooks."""

import re

import nbformat
import pytest

import cxlab
from cxlab import standard

from .conftest import ROOT

TERMS = ["顾客", "顾客满意", "顾客体验", "顾客体验管理", "顾客旅程", "触点", "净推荐值",
         "顾客费力度", "服务"]


def test_all_nine_terms_of_clause_3_in_both_languages_with_clause_numbers():
    for language in ("zh", "en"):
        terms = standard.terms(language=language)
        assert list(terms["zh"]) == TERMS
        assert list(terms["clause"]) == [f"3.{i}" for i in range(1, 10)]
        for column in ("en", "definition", "example", "pitfall"):
            assert terms[column].str.len().min() > 3, (language, column)


def test_five_principles_and_seven_qmps():
    p = standard.principles()
    assert list(p["zh"]) == ["顾客需求引导", "高层领导重视", "多方协作共创", "注重循证决策",
                             "持续改进提升"]
    assert (p["clause"] == "4").all() and p["en"].str.len().min() > 3
    q = standard.qmps()
    assert list(q["clause"]) == [f"2.3.{i}" for i in range(1, 8)]


def test_every_qmp_maps_to_exactly_one_principle_and_every_principle_is_used():
    m = standard.principle_qmp_map(language="zh")
    assert sorted(m["qmp_key"]) == sorted(standard.qmps()["key"])
    assert m["qmp_key"].is_unique
    assert set(m["principle_key"]) == set(standard.principles()["key"])
    co = m[m["principle_key"] == "co_creation"]["qmp"]
    assert set(co) == {"全员积极参与", "过程方法", "关系管理"}


def test_clause_lookup_and_errors():
    assert standard.clause("6.1.4")["zh"] == "确定顾客体验管理目标"
    assert standard.clause(" 3.7 ")["kind"] == "term"
    assert standard.clause("5.4")["en"] == "Leadership and commitment"
    with pytest.raises(standard.UnknownClauseError) as err:
        standard.clause("8.4")
    assert "8.4" in str(err.value)
    cxlab.set_language("en")
    assert "has no clause 8.4" in str(err.value)


OUTLINE = ROOT / "docs" / "reference" / "gbt42509-outline.md"
ROW = re.compile(r"^\| (—|\d+(?:\.\d+)*) \| ([^|]+) \| ([^|]+) \|$", re.M)


def _published_outline():
    rows = [(n.strip(), zh.strip(), en.strip()) for n, zh, en in ROW.findall(OUTLINE.read_text())]
    return [("" if n == "—" else n, zh, en) for n, zh, en in rows]


def test_outline_matches_the_published_table_of_contents_number_by_number():
    published = _published_outline()
    assert len(published) == 26 and published[0][1] == "前言" and published[-1][1] == "参考文献"
    ours = standard.outline()
    assert list(ours.itertuples(index=False, name=None)) == published
    for number, zh, en in published:
        if number:
            entry = standard.clause(number)
            assert (entry["zh"], entry["en"], entry["numbered_by"]) == (zh, en, "standard")
    chapters = [n for n, _, _ in published if n and "." not in n]
    assert chapters == [str(i) for i in range(1, 9)]


@pytest.mark.parametrize("number, zh, en", [
    ("8.1", "建立绩效测量和评价机制", "Establishing performance measurement and evaluation"),
    ("8.2", "顾客体验管理的评估", "Assessing CX management"),
    ("8.3", "持续改进", "Continual improvement"),
])
def test_chapter_8_clauses(number, zh, en):
    entry = standard.clause(number)
    assert (entry["zh"], entry["en"], entry["kind"]) == (zh, en, "clause")
    assert standard.clause(number, language="zh")["summary"] and \
        standard.clause(number, language="en")["summary"].isascii()


def test_every_number_says_who_gave_it():
    table = standard.clauses()
    assert set(table["numbered_by"]) == set(standard.NUMBERED_BY)
    published = set(table.loc[table["published"], "number"])
    in_outline = {n for n, _, _ in _published_outline() if n}
    # beyond the table of contents, only the sub-clauses quoted in public previews
    assert published - in_outline == {"7.2.4.2", "7.2.4.3", "7.2.5"}
    assert set(table.loc[table["numbered_by"] == "guide", "number"]) == {
        "6.1.1", "7.2.2", "7.2.3", "7.2.4"}
    assert (standard.terms()["numbered_by"] == "cxlab").all()
    assert standard.clause("3.1")["numbered_by"] == "cxlab"


def test_outline_is_complete_for_what_other_issues_link_to():
    for number in ["1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "5.4", "6.1.1", "6.1.2",
                   "6.1.3", "6.1.4", "6.1.5", "6.2", "6.3", "6.4", "6.5", "7.1.1", "7.2.3",
                   "7.2.4", "7.2.5", "7.3.3", "7.3.6", "7.4"]:
        assert standard.exists(number), number
    table = standard.clauses()
    assert table["number"].is_unique and table["zh"].str.len().min() > 1
    assert not standard.exists("7.5") and not standard.exists("abc")


def test_find_in_either_language():
    assert list(standard.find("推荐")["clause"]) == ["3.7"]
    assert list(standard.find("EFFORT")["clause"]) == ["3.8"]
    assert "3.1" in set(standard.find("organisation")["clause"])
    assert standard.find("量子").empty


def test_markdown_follows_language_and_marks_who_numbered():
    zh = standard.markdown("3.6")
    assert zh.startswith("**3.6 触点 (touchpoint)**（编号由 cxlab 给出") and "*定义*：" in zh
    assert standard.markdown("8").startswith("**第 8 章 评价、保持和改进**")
    assert standard.markdown("7.2.3").startswith("**7.2.3 顾客体验的风险管理**（培训指南给出的编号")
    cxlab.set_language("en")
    en = standard.markdown("3.6")
    assert en.startswith("**3.6 touchpoint (触点)** (numbered by cxlab") and "*Definition*: " in en
    assert standard.markdown("5.2").startswith("**Clause 5.2 Determining the scope**")


def test_tables_and_case():
    assert len(standard.section("design_steps")) == 6
    assert set(standard.section("environments")["key"]) == {"people", "physical", "digital"}
    assert len(standard.section("references")) == 8
    assert len(standard.section("leadership_duties")) == 8
    assert len(standard.section("customer_kinds")) == 7
    assert len(standard.scope_case()["departments"]) == 6
    assert list(standard.section("references", language="en").columns) == ["id", "title"]
    with pytest.raises(KeyError):
        standard.section("scope_case")
    with pytest.raises(standard.UnknownSectionError) as err:
        standard.section("refs")
    assert "'refs'" in err.value.message("en") and "design_steps" in err.value.message("zh")


# Clause citations in notebooks: "第 6.1.4 条", "clause 6.1.4", "clauses 3–5", and every number
# in the opening block's "涉及条款" / "Clauses covered" line.
NUM = r"\d+(?:\.\d+)*"
CITE = re.compile(rf"第\s*({NUM})\s*条|[Cc]lauses?\s+({NUM})(?:\s*(?:[–-]|and|to)\s*({NUM}))?")
COVERED = re.compile(r"\*\*(?:涉及条款|Clauses covered)\*\*[:：](.*)")


def _cited():
    found = set()
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "markdown":
                continue
            numbers = [n for match in CITE.findall(cell.source) for n in match if n]
            for line in COVERED.findall(cell.source):
                numbers += re.findall(rf"(?:^|[,，、]\s*)({NUM})", line.strip())
            found.update((path.name, n) for n in numbers)
    return found


def test_every_clause_cited_in_the_notebooks_exists():
    cited = _cited()
    assert len({n for _, n in cited}) >= 5
    assert not sorted((name, n) for name, n in cited if not standard.exists(n))


def test_notebooks_do_not_present_cxlab_numbers_as_the_standards():
    # term numbers are never cited as clauses, and the opening block of every notebook marks the
    # numbers it covers that are not in the published table of contents
    table = standard.clauses().set_index("number")["numbered_by"]
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        cells = [c.source for c in nbformat.read(path, as_version=4).cells
                 if c.cell_type == "markdown"]
        text = "\n".join(cells)
        assert not re.search(r"第\s*3\.\d\s*条|[Cc]lauses?\s+3\.\d", text), path.name
        for line in COVERED.findall(cells[0]):
            numbers = re.findall(rf"(?:^|[,，、]\s*)({NUM})", line.strip())
            ours = [n for n in numbers if table.get(n, "standard") != "standard"]
            if ours:
                assert "cxlab" in line or "published" in line or "已公布" in line, (path.name, ours)
