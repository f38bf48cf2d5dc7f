"""Build the zh and en editions of each notebook from one bilingual source, and run them.

A source is ``notebooks/src/NN_topic.py`` defining ``CELLS``: a list of
``("md", zh_text, en_text)``, ``("code", source)`` and ``("code", source, tags)`` items.
Code is shared by both editions, so their code cells are identical by construction;
``{LANG}`` in code becomes "zh" or "en" (use it only in the ``cxlab.set_language`` line). Each
edition is executed in a fresh kernel and saved with its outputs, ready for
strict nbval. End a plotting cell with ``_ = …`` rather than ``;``: nbval does not honour
the semicolon, so the stored and re-run outputs would differ.

    python tools/build_notebooks.py            # every source
    python tools/build_notebooks.py 00 03      # sources whose name starts so
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "notebooks" / "src"
EDITIONS = ("zh", "en")
KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def build(source: Path, lang: str) -> nbformat.NotebookNode:
    """One edition of a source as an unexecuted notebook."""
    cells = []
    for item in runpy.run_path(str(source))["CELLS"]:
        if item[0] == "md":
            cells.append(nbformat.v4.new_markdown_cell(item[1 if lang == "zh" else 2].strip()))
        elif item[0] == "code":
            cell = nbformat.v4.new_code_cell(item[1].strip().replace("{LANG}", lang))
            if len(item) > 2:
                cell.metadata["tags"] = list(item[2])
            cells.append(cell)
        else:
            raise ValueError(f"{source.name}: unknown cell kind {item[0]!r}")
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = KERNEL
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell.id = f"{source.stem[:2]}-{i:03d}"
    return nb


def run(nb: nbformat.NotebookNode, folder: Path) -> None:
    """Execute in a fresh kernel, in the folder the notebook lives in."""
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()


def main(prefixes: list[str]) -> None:
    sources = sorted(p for p in SOURCES.glob("[0-9][0-9]_*.py")
                     if not prefixes or p.name.startswith(tuple(prefixes)))
    for source in sources:
        for lang in EDITIONS:
            folder = ROOT / "notebooks" / lang
            nb = build(source, lang)
            run(nb, folder)
            nbformat.write(nb, folder / f"{source.stem}.ipynb")
            print(f"built notebooks/{lang}/{source.stem}.ipynb")


if __name__ == "__main__":
    main(sys.argv[1:])
