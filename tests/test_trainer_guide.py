"""The trainer guide (讲师手册): every module of the course map, in both languages, as Markdown,
HTML and (with chromium) an A4 PDF whose pages carry the module titles in a CJK font."""

import runpy
import shutil
import unicodedata

import pytest

from cxlab import content, course

from .conftest import ROOT

tool = runpy.run_path(str(ROOT / "tools" / "trainer_guide.py"))
MODULES = course.modules()


def _sections(text):
    _, *sections = text.split("\n## ")
    return {s.split("\n", 1)[0]: s for s in sections}


def test_guide_content_covers_every_module_of_the_course():
    guide = content.load("trainer")["modules"]
    assert list(guide) == list(MODULES["notebook"])
    for notebook, entry in guide.items():
        assert len(entry["messages"]) >= 2 and entry["questions"] and entry["mistakes"], notebook
        for item in entry["mistakes"]:
            assert all(item[k].strip() for k in ("zh", "en", "shows_zh", "shows_en")), notebook
        assert entry["class_data"]["zh"] and entry["class_data"]["en"], notebook
    seeds = {q["seed"] for entry in guide.values() for q in entry["questions"] if "seed" in q}
    assert seeds == {"000", "001", "002", "004"}  # the seeds' cases are among the questions


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_module_has_its_section_with_timing_from_both_agendas(lang):
    sections = _sections(course.trainer_guide(language=lang))
    titles = [f"{n[:2]} {t}" for n, t in zip(MODULES["notebook"], course.modules(language=lang)["title"],
                                              strict=True)]
    assert list(sections) == titles
    plan = course.agenda(days=1)
    start = plan.set_index("notebook").loc["04_kano_analysis", "start"]
    assert f"{start}–" in sections[titles[4]]  # the one-day slot of notebook 04
    self_study = "课后自学" if lang == "zh" else "self-study"
    assert self_study in sections[titles[9]] and self_study not in sections[titles[4]]
    for title, section in sections.items():
        for heading in ("guide.objectives", "guide.messages", "guide.questions", "guide.mistakes",
                        "guide.class_data"):
            assert f"### {course.i18n.t(heading, lang)}" in section, (title, heading)


def test_extra_mistake_lines_are_appended_to_their_module():
    extra = {"05_servqual": ["把差距算成期望减感知（检查器 gap_sign）"]}
    text = course.trainer_guide(language="zh", extra_mistakes=extra)
    sections = _sections(text)
    assert "- 把差距算成期望减感知（检查器 gap_sign）" in sections["05 SERVQUAL 服务质量差距分析"]
    assert "gap_sign" not in sections["04 分析 Kano 数据"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_objectives_are_read_from_the_notebooks(lang):
    found = tool["objectives"](lang)
    assert "04_kano_analysis" in found and len(found["04_kano_analysis"]) >= 3
    text = course.trainer_guide(language=lang, objectives=found)
    assert found["05_servqual"][0] in _sections(text)[f"05 {course.modules(language=lang).at[5, 'title']}"]
    if "12_capstone_project" not in found:  # its notebook is not here yet: the guide's own list
        assert content.load("trainer")["modules"]["12_capstone_project"]["objectives"][lang][0] in text


@pytest.mark.slow
def test_build_writes_markdown_html_and_pdf_with_chinese_module_titles(tmp_path):
    written = tool["build"](tmp_path)
    for lang in ("zh", "en"):
        assert (tmp_path / f"trainer_guide_{lang}.md").exists()
        page = (tmp_path / f"trainer_guide_{lang}.html").read_text(encoding="utf-8")
        assert page.count('<section class="module">') == len(MODULES)
    if shutil.which("chromium") is None:
        pytest.skip("PDF needs Debian's chromium")
    from pypdf import PdfReader

    pdf = tmp_path / "trainer_guide_zh.pdf"
    assert pdf in written
    reader = PdfReader(pdf)
    tops = [unicodedata.normalize("NFKC", p.extract_text()).split("\n", 1)[0] for p in reader.pages]
    for notebook, title in zip(MODULES["notebook"], course.modules(language="zh")["title"], strict=True):
        # each module starts a page with its title; shared CJK glyphs may map back to a variant
        # (长 → 長): allow one character
        assert any(top.startswith(notebook[:2]) and sum(c in top for c in title) >= len(title) - 1
                   for top in tops), (notebook, tops)
    fonts = {str(font.get_object().get("/BaseFont", font.get_object().get("/FontDescriptor", {})
                                               .get("/FontFamily", "")))
             for p in reader.pages for font in p["/Resources"]["/Font"].values()}
    assert any("CJK" in f or "Han" in f or "YaHei" in f for f in fonts), fonts


def test_every_quiz_item_the_guide_names_exists_in_that_module():
    """The mistakes name the self-check items that bring them out (e.g. `near-tie`): each must be a
    question of that module's quiz, so a renamed question cannot leave the guide pointing nowhere."""
    import re

    from cxlab import quiz

    named = 0
    for notebook, entry in content.load("trainer")["modules"].items():
        ids = {q.id for q in quiz.load(notebook)[1]} if notebook in quiz.available() else set()
        for item in entry["mistakes"]:
            for text in (item["shows_zh"], item["shows_en"]):
                for qid in re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", text):
                    assert qid in ids, (notebook, qid)
                    named += 1
    assert named >= 20


def test_the_mistakes_each_code_exercise_diagnoses_are_in_its_module():
    from cxlab import checks, i18n

    i18n.register({"check.test.guide": {"zh": "把百分数当成比例。", "en": "A percentage taken as a share."}})

    @checks.checker("06", "check.test.guide")
    def guide_demo(answer):
        return checks.number(answer, 0.5)

    try:
        found = tool["checker_mistakes"]()
    finally:
        checks._CHECKERS.pop("guide_demo")
    assert any(line.startswith("把百分数当成比例。 *") and line.endswith("：`checks.guide_demo`")
               for line in found["zh"]["06_measuring_cx"])
    assert any("A percentage taken as a share." in line for line in found["en"]["06_measuring_cx"])
    text = course.trainer_guide(language="en", extra_mistakes=found["en"])
    assert "`checks.guide_demo`" in _sections(text)[next(s for s in _sections(text) if s.startswith("06"))]
