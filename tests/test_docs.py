"""The documentation site is staged from what the repository holds (`make docs` builds it)."""

import runpy

from .conftest import ROOT

docs = runpy.run_path(str(ROOT / "tools" / "docs.py"))


def test_the_site_stages_every_notebook_template_plan_and_card(tmp_path):
    docs["stage"](tmp_path / "src")
    staged = {p.relative_to(tmp_path / "src").as_posix() for p in (tmp_path / "src").rglob("*.*")}
    wanted = {f"notebooks/{p.parent.name}/{p.name}" for p in (ROOT / "notebooks").glob("[ez][nh]/*.ipynb")}
    templates = (ROOT / "notebooks" / "templates").glob("*/*.ipynb")
    wanted |= {f"templates/{p.parent.name}/{p.name}" for p in templates}
    wanted |= {f"datasets/{p.name}" for p in (ROOT / "datasets").glob("*.md")}
    wanted |= {"course_plan_zh.md", "course_plan_en.md", "index.md", "api.md", "conf.py"}
    assert len(wanted) > 40 and wanted <= staged


def test_the_api_page_lists_every_public_module():
    import cxlab

    modules = set(cxlab._SUBMODULES)
    api = (ROOT / "docs" / "site" / "api.md").read_text(encoding="utf-8")
    assert {m for m in modules if f"cxlab.{m}\n" not in api} == set()
