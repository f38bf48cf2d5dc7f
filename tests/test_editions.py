"""Student editions keep no solution; handouts are readable on paper, in Chinese."""

import runpy
import shutil

import nbformat
import pytest

from .conftest import ROOT

editions = runpy.run_path(str(ROOT / "tools" / "editions.py"))
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def _solutions(nb):
    return [c for c in nb.cells if "solution" in c.get("metadata", {}).get("tags", [])]


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip() and
            not line.strip().startswith("#")]


def test_the_workbook_has_solution_cells():
    assert sum(len(_solutions(nbformat.read(p, as_version=4))) for p in NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_solution_content_survives_in_the_student_edition(path):
    nb = nbformat.read(path, as_version=4)
    lang = path.parent.name
    out = editions["student"](nb, lang)
    text = "\n".join([c.source for c in out.cells] + [
        str(value) for c in out.cells for o in c.get("outputs", [])
        for value in [*o.get("data", {}).values(), o.get("text", "")]])
    for cell in _solutions(nb):
        for line in _lines(cell.source):
            assert line not in text, line
        for output in cell.get("outputs", []):
            plain = output.get("data", {}).get("text/plain")  # HTML tables and PNGs open alike
            assert plain is None or str(plain)[:60] not in text
    kept = [c for c in nb.cells if c not in _solutions(nb)]
    assert [c.source for c in out.cells if "exercise" not in c.metadata.get("tags", [])] == \
        [c.source for c in kept]
    assert not _solutions(out)


def test_build_student_writes_both_editions(tmp_path):
    written = editions["build_student"](tmp_path, names=["00_start_here.ipynb"])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "en/00_start_here.ipynb", "zh/00_start_here.ipynb"]
    zh = nbformat.read(tmp_path / "zh" / "00_start_here.ipynb", as_version=4)
    prompt = next(c for c in zh.cells if "exercise" in c.metadata.get("tags", []))
    assert prompt.source == "# 在这里写你的答案" and not prompt.outputs


def test_handouts_are_html_with_chinese_and_no_widget_reprs(tmp_path):
    written = editions["build_handouts"](tmp_path, names=["00_start_here.ipynb"])
    html = (tmp_path / "zh" / "00_start_here.html").read_text(encoding="utf-8")
    assert "从这里开始" in html and "交互练习" in html and "@page { size: A4" in html
    assert "VBox(children" not in html and '(survey["csat"] &gt;= 4).mean()' not in html
    if shutil.which("chromium"):
        pdf = tmp_path / "zh" / "00_start_here.pdf"
        assert pdf in written and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000


def _code_exercises(nb):
    """(prompt cell index, checker cell index) pairs: a solution code cell and the next cell
    that calls a checker of cxlab.checks."""
    pairs = []
    for k, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "solution" in cell.metadata.get("tags", []):
            after = [j for j in range(k + 1, len(nb.cells)) if nb.cells[j].cell_type == "code"]
            if after and "checks." in nb.cells[after[0]].source:
                pairs.append((k, after[0]))
    return pairs


EXERCISED = [p for p in NOTEBOOKS if _code_exercises(nbformat.read(p, as_version=4))]


@pytest.mark.parametrize("path", [p for p in EXERCISED if p.parent.name == "zh"] or [None],
                         ids=lambda p: p and p.name)
def test_blank_student_edition_runs_and_every_checker_asks_for_an_answer(path, tmp_path):
    """The student edition runs top to bottom with its answers blank: no traceback, and each
    checker says the answer is missing. (The code cells of the two editions are the same.)"""
    if path is None:
        pytest.skip("no notebook has a checked code exercise yet")
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    pairs = _code_exercises(nb)
    out = editions["student"](nb, "zh")
    NotebookClient(out, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [c.source[:60] for c in out.cells for o in c.get("outputs", [])
              if o.output_type == "error"]
    assert not errors
    for prompt, check in pairs:
        assert out.cells[prompt].source.startswith("# 在这里写你的答案")
        shown = "".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "")
                        for o in out.cells[check].outputs)
        assert "还没有作答" in shown, out.cells[check].source


def test_student_prompt_keeps_the_answer_name():
    cell = nbformat.v4.new_code_cell('promoters = (s >= 9).mean()\nnps = 100 * (promoters - 0.2)',
                                     metadata={"tags": ["solution"]})
    nb = nbformat.v4.new_notebook(cells=[cell])
    assert editions["student"](nb, "en").cells[0].source == "# Write your answer here\nnps = ..."
    cell.source = "survey.csat.mean()"
    assert editions["student"](nb, "zh").cells[0].source == "# 在这里写你的答案"
