"""Printable worksheets and the question bank: every sheet in both languages, as HTML, XLSX and
(with chromium) PDF whose text has the sheet's title in a font that draws Chinese."""

import runpy
import shutil
import unicodedata

import openpyxl
import pytest

from .conftest import ROOT

worksheets = runpy.run_path(str(ROOT / "tools" / "worksheets.py"))
pytestmark = pytest.mark.slow
NAMES = ["journey_map", "service_blueprint", "empathy_map", "persona", "risk_register", "concept_sheet",
         "user_test", "goal_worksheet", "kano_questionnaire", "servqual_questionnaire", "capstone_rubric"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("templates")
    return out, worksheets["build"](out)


def test_every_worksheet_in_both_languages_as_html_and_xlsx(built):
    out, _ = built
    for lang in ("zh", "en"):
        names = sorted(p.stem for p in (out / lang).glob("*.xlsx"))
        assert [n[3:] for n in names] == NAMES
        for path in (out / lang).glob("*.xlsx"):
            sheet = openpyxl.load_workbook(path).active
            title = sheet["A1"].value
            assert title and title in path.with_suffix(".html").read_text(encoding="utf-8")
            assert sheet.max_row > 4 and int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    kano = openpyxl.load_workbook(out / "zh" / "09_kano_questionnaire.xlsx").active
    assert [c.value for c in kano[3]][1:] == ["我很喜欢", "它理应如此", "无所谓", "我能忍受", "我很不喜欢"]
    assert kano.max_row == 3 + 24  # a functional and a dysfunctional question for each of 12 features
    rubric = openpyxl.load_workbook(out / "en" / "11_capstone_rubric.xlsx").active
    assert [c.value for c in rubric[3]] == ["Criterion (clauses)", "Needs work (10 pts)",
                                            "Meets the standard (18 pts)", "Excellent (25 pts)", "Score"]
    assert rubric["A4"].value == "Data cleaning and quality (7.3)"
    assert rubric.max_row == 3 + 4 + 1 and rubric["E8"].value == "/ 100"  # four criteria, then the total


def test_question_bank_hides_the_answers_until_the_key(built):
    out, _ = built
    bank = (out / "zh" / "question_bank.html").read_text(encoding="utf-8")
    questions, key = bank.split('<div class="key">')
    assert questions.count("<h2>") == key.count("<h2>") >= 10
    assert "答案" in key and "→" in key


@pytest.mark.skipif(shutil.which("chromium") is None, reason="PDF needs Debian's chromium")
def test_pdf_pages_carry_the_chinese_titles_in_a_cjk_font(built):
    from pypdf import PdfReader

    out, _ = built
    for path in sorted((out / "zh").glob("*.pdf")):
        reader = PdfReader(path)
        title = openpyxl.load_workbook(path.with_suffix(".xlsx")).active["A1"].value \
            if path.with_suffix(".xlsx").exists() else "题库"
        text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
        # the font's shared glyphs can map back to a variant (户 → 戶, 心 → ⼼): allow one
        assert sum(c in text for c in title) >= len(title) - 1, (path.name, title, text[:40])
        fonts = {str(_font_name(f.get_object())) for page in reader.pages
                 for f in page["/Resources"]["/Font"].values()}
        assert any("CJK" in f or "Han" in f or "YaHei" in f for f in fonts), (path.name, fonts)


def _font_name(font) -> str:
    """A PDF font's name: BaseFont, or the family of its descriptor (chromium writes Type3 fonts)."""
    if "/BaseFont" in font:
        return font["/BaseFont"]
    return font.get("/FontDescriptor", {}).get("/FontFamily", "")
