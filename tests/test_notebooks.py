"""The two editions agree, open and close as DESIGN.md asks, and match their sources."""

import re
import runpy

import nbformat
import pytest

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = sorted(p.name for p in (NOTEBOOKS / "zh").glob("*.ipynb"))
LANG_LINE = re.compile(r'^cxlab\.set_language\("(zh|en)"\)$', re.M)
OPENING = {
    "zh": ("学习目标", "所需时间", "先修要求", "涉及条款"),
    "en": ("Learning objectives", "Time needed", "Prerequisites", "Clauses covered"),
}
CLOSING = {"zh": ("小结", "用你自己的数据"), "en": ("Summary", "your own data")}


def _read(lang, name):
    return nbformat.read(NOTEBOOKS / lang / name, as_version=4)


def _code(nb):
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_both_editions_have_the_same_notebooks():
    assert NAMES, "no notebooks"
    assert sorted(p.name for p in (NOTEBOOKS / "en").glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_code_cells_identical_but_for_the_language_line(name):
    zh, en = _code(_read("zh", name)), _code(_read("en", name))
    assert len(zh) == len(en)
    assert sum(len(LANG_LINE.findall(c)) for c in zh) == 1
    for a, b in zip(zh, en, strict=True):
        assert LANG_LINE.sub("LANG", a) == LANG_LINE.sub("LANG", b)
    assert 'set_language("zh")' in "".join(zh) and 'set_language("en")' in "".join(en)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_opening_block_and_closing_sections(lang, name):
    nb = _read(lang, name)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    for marker in OPENING[lang]:
        assert f"**{marker}**" in first.source, marker
    assert re.search(r"\*\*(涉及条款|Clauses covered)\*\*[:：]\s*\d", first.source)
    tail = "\n".join(c.source for c in nb.cells[-2:] if c.cell_type == "markdown")
    for marker in CLOSING[lang]:
        assert marker in tail, marker


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_outputs_are_stored_and_clean(lang, name):
    code = [c for c in _read(lang, name).cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "run every cell before committing"
    streams = [o for c in code for o in c.outputs if o.output_type in ("stream", "error")]
    assert not [o for o in streams if o.output_type == "error" or o.name == "stderr"]
    # a solution that only assigns the answer shows nothing: the checker cell after it does
    shown = [c for c in code if "solution" not in c.metadata.get("tags", [])]
    assert sum(bool(c.outputs) for c in shown) >= len(shown) - 1


def test_sources_are_jupytext_percent_scripts_with_zh_en_twins_and_tags(tmp_path):
    build = runpy.run_path(str(ROOT / "tools" / "build_notebooks.py"))
    source = tmp_path / "99_demo.py"
    source.write_text('# %% [markdown] lang="zh"\n# ## 练习\n\n# %% [markdown] lang="en"\n# ## Exercise\n\n'
                      '# %% tags=["solution"]\nanswer = 1 + 1\n', encoding="utf-8")
    assert build["cells"](source) == [("md", {"zh": "## 练习", "en": "## Exercise"}, []),
                                      ("code", "answer = 1 + 1", ["solution"])]
    en = build["build"](source, "en")
    assert [c.source for c in en.cells] == ["## Exercise", "answer = 1 + 1"]
    assert en.cells[1].metadata["tags"] == ["solution"]
    source.write_text('# %% [markdown] lang="zh"\n# 只有中文\n\n# %%\nx = 1\n', encoding="utf-8")
    with pytest.raises(ValueError, match="cell 2: a lang=\"zh\" markdown cell must be followed"):
        build["cells"](source)


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_match_their_bilingual_source(name):
    build = runpy.run_path(str(ROOT / "tools" / "build_notebooks.py"))["build"]
    source = NOTEBOOKS / "src" / name.replace(".ipynb", ".py")
    for lang in ("zh", "en"):
        built = [(c.cell_type, c.source) for c in build(source, lang).cells]
        stored = [(c.cell_type, c.source) for c in _read(lang, name).cells]
        assert built == stored, f"{lang}/{name} differs from its source: run `make notebooks`"
