"""Build the zh and en editions of each notebook from one bilingual source, and run them.

A source is ``notebooks/src/NN_topic.py`` (built into ``notebooks/{zh,en}/``) or a report
template ``notebooks/src/templates/NAME_report.py`` (built into ``notebooks/templates/{zh,en}/``;
its cell tagged ``parameters`` holds the papermill parameters). Sources are Jupytext
"percent" scripts: they open as notebooks in JupyterLab (right-click → Open With → Jupytext
Notebook) and ruff checks their code. Each paragraph is written twice, next to each other:
a markdown cell with ``lang="zh"`` followed by its ``lang="en"`` twin; code cells are written
once, so both editions' code is identical by construction. Cell tags (``solution``,
``parameters``, ``raises-exception`` …) are kept in the source's cell headers::

    # %% [markdown] lang="zh"
    # ## 1 计算 NPS
    # %% [markdown] lang="en"
    # ## 1 Computing NPS
    # %% tags=["solution"]
    nps = metrics.nps(survey["nps"])

``{LANG}`` in code becomes "zh" or "en" (use it only in the ``cxlab.set_language`` line, or in
a template's ``language`` parameter). Each edition is executed in a fresh kernel and saved
with its outputs, ready for strict nbval. End a plotting cell with ``_ = …`` rather than ``;``:
nbval does not honour the semicolon, so the stored and re-run outputs would differ.

    python tools/build_notebooks.py            # every source and template
    python tools/build_notebooks.py 00 03      # sources whose name starts so
    python tools/build_notebooks.py kano_report templates   # one template, every template
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "notebooks" / "src"
TEMPLATES = SOURCES / "templates"
EDITIONS = ("zh", "en")
KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def cells(source: Path) -> list[tuple]:
    """The source's cells as ``("md", {"zh": text, "en": text}, tags)`` and ``("code", code, tags)``
    items."""
    import jupytext

    items, pending = [], None
    for k, cell in enumerate(jupytext.read(source).cells, 1):
        lang, tags = cell.metadata.get("lang"), list(cell.metadata.get("tags", []))
        if cell.cell_type == "markdown" and lang == "zh" and pending is None:
            pending = cell.source
            continue
        is_en = cell.cell_type == "markdown" and lang == "en"
        if (pending is not None) != is_en or lang not in (None, "zh", "en"):
            raise ValueError(f"{source.name}, cell {k}: a lang=\"zh\" markdown cell must be "
                             f"followed by its lang=\"en\" twin")
        if cell.cell_type == "markdown":
            items.append(("md", {"zh": cell.source if pending is None else pending, "en": cell.source}, tags))
            pending = None
        else:
            items.append(("code", cell.source, tags))
    if pending is not None:
        raise ValueError(f"{source.name}: the last zh markdown cell has no en twin")
    return items


def build(source: Path, lang: str) -> nbformat.NotebookNode:
    """One edition of a source as an unexecuted notebook."""
    nb = nbformat.v4.new_notebook()
    for item in cells(source):
        if item[0] == "md":
            cell = nbformat.v4.new_markdown_cell(item[1][lang].strip())
        else:
            cell = nbformat.v4.new_code_cell(item[1].strip().replace("{LANG}", lang))
        if item[-1]:
            cell.metadata["tags"] = item[-1]
        nb.cells.append(cell)
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell.id = f"{source.stem[:2]}-{i:03d}"
    return nb


def run(nb: nbformat.NotebookNode, folder: Path) -> None:
    """Execute in a fresh kernel, in the folder the notebook lives in."""
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()


def sources(prefixes: list[str]) -> list[tuple[Path, Path]]:
    """(source, output folder with ``{lang}`` in it) for the notebooks and templates asked for:
    names starting with one of ``prefixes`` (``templates`` selects every template), or all."""
    found = [(p, Path("notebooks") / "{lang}") for p in sorted(SOURCES.glob("[0-9][0-9]_*.py"))]
    found += [(p, Path("notebooks") / "templates" / "{lang}") for p in sorted(TEMPLATES.glob("*_report.py"))]
    return [(p, folder) for p, folder in found if not prefixes or p.name.startswith(tuple(prefixes))
            or ("templates" in prefixes and p.parent == TEMPLATES)]


def main(prefixes: list[str]) -> None:
    for source, folder in sources(prefixes):
        for lang in EDITIONS:
            target = ROOT / str(folder).format(lang=lang)
            nb = build(source, lang)
            run(nb, target)
            nbformat.write(nb, target / f"{source.stem}.ipynb")
            print(f"built {(target / source.stem).relative_to(ROOT)}.ipynb")


if __name__ == "__main__":
    main(sys.argv[1:])
