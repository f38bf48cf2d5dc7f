"""Student editions and printable handouts of the notebooks.

    python tools/editions.py student  [OUT]   # default build/student/{zh,en}/*.ipynb
    python tools/editions.py handouts [OUT]   # default build/handouts/{zh,en}/*.html (+ .pdf)

Solutions are cells tagged ``solution`` (any cell type). In the student edition each one is
replaced by an empty cell of the same type holding only a prompt, with no outputs; every
other cell is kept as it is. A code solution that ends by assigning the answer
(``nps = ...``, checked by ``cxlab.checks`` in the next cell) keeps that name with ``...``
as its value, so the blank notebook runs and the checker asks for an answer. The trainer
edition is notebooks/ itself.

Handouts are the student editions as HTML (nbconvert, lab template). Interactive widgets
cannot work on paper, so their outputs are replaced by a line saying so. When Debian's
chromium is installed, each HTML page is also printed to PDF with it (the CJK font comes
from the system, e.g. fonts-noto-cjk).
"""

from __future__ import annotations

import ast
import copy
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = ("zh", "en")
TAG = "solution"
PROMPT = {"zh": "# 在这里写你的答案", "en": "# Write your answer here"}
WIDGET = "application/vnd.jupyter.widget-view+json"
# Print styles: A4 pages, wide tables and code shrink and wrap instead of being cut off.
PRINT_CSS = """<style>
@page { size: A4; margin: 14mm 12mm; }
@media print {
  .jp-OutputArea-output, .jp-RenderedHTMLCommon { overflow: visible !important; }
  .jp-RenderedHTMLCommon table { font-size: 7.5pt; table-layout: auto; }
  .jp-InputArea pre, .jp-OutputArea pre { white-space: pre-wrap; word-break: break-all; font-size: 8pt; }
  img { max-width: 100% !important; height: auto; }
}
</style>"""
NOT_ON_PAPER = {"zh": "〔交互练习：请在 JupyterLab 中打开本笔记本作答〕",
                "en": "[Interactive exercise: open this notebook in JupyterLab to answer it]"}


def _prompt(cell: nbformat.NotebookNode, lang: str) -> str:
    if cell.cell_type != "code":
        return PROMPT[lang].lstrip("# ")
    try:
        last = ast.parse(cell.source).body[-1:]
    except SyntaxError:
        last = []
    targets = [t.id for node in last if isinstance(node, ast.Assign)
               for t in node.targets if isinstance(t, ast.Name)]
    return "\n".join([PROMPT[lang], *(f"{name} = ..." for name in targets)])


def student(nb: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """A copy of ``nb`` with every solution cell replaced by an empty prompt cell."""
    out = copy.deepcopy(nb)
    for k, cell in enumerate(out.cells):
        if TAG in cell.get("metadata", {}).get("tags", []):
            maker = nbformat.v4.new_code_cell if cell.cell_type == "code" else \
                nbformat.v4.new_markdown_cell
            replacement = maker(_prompt(cell, lang))
            replacement.id = cell.get("id", replacement.id)
            replacement.metadata["tags"] = ["exercise"]
            out.cells[k] = replacement
    return out


def paper(nb: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """A copy of ``nb`` whose widget outputs are replaced by a note for readers on paper."""
    out = copy.deepcopy(nb)
    for cell in out.cells:
        for k, output in enumerate(cell.get("outputs", [])):
            if WIDGET in output.get("data", {}):
                cell.outputs[k] = nbformat.v4.new_output(
                    "display_data", data={"text/plain": NOT_ON_PAPER[lang]})
    return out


def _notebooks(names=None):
    for lang in EDITIONS:
        for path in sorted((ROOT / "notebooks" / lang).glob("*.ipynb")):
            if names is None or path.name in names:
                yield lang, path, nbformat.read(path, as_version=4)


def build_student(out: Path, names=None) -> list[Path]:
    written = []
    for lang, path, nb in _notebooks(names):
        target = out / lang / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(student(nb, lang), target)
        written.append(target)
    return written


def build_handouts(out: Path, names=None) -> list[Path]:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    chromium = shutil.which("chromium")
    written = []
    for lang, path, nb in _notebooks(names):
        body, _ = exporter.from_notebook_node(paper(student(nb, lang), lang))
        body = body.replace("</head>", PRINT_CSS + "\n</head>", 1)
        html = out / lang / path.with_suffix(".html").name
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(body, encoding="utf-8")
        written.append(html)
        if chromium:
            pdf = html.with_suffix(".pdf")
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-first-run", "--disable-background-networking",
                            "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()],
                           check=True, capture_output=True, timeout=180)
            written.append(pdf)
    return written


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    builders = {"student": build_student, "handouts": build_handouts}
    if what not in builders:
        sys.exit("usage: python tools/editions.py student|handouts [OUT]")
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "build" / what
    for written in builders[what](target):
        print("wrote", written.relative_to(ROOT) if written.is_relative_to(ROOT) else written)
