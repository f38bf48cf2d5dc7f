"""The trainer guide (讲师手册) in zh and en, as Markdown, HTML and (with chromium) A4 PDF.

    python tools/trainer_guide.py [OUT]      # default build/handouts/trainer_guide/

The text is cxlab.course.trainer_guide(): the course data (timing in both agendas,
prerequisites, clauses) and cxlab/data/trainer.yaml (what to say, discussion questions,
common mistakes, class data). Each module's learning objectives are read from the opening
cell of its notebook, so the guide states them exactly as the students see them. Each module
starts on a new page. ``make handouts`` builds it with the worksheets.

Each module's list of common mistakes ends with the mistakes its code exercises diagnose:
every mistake registered by a checker in ``cxlab.checks``, with the checker that names it
(:func:`checker_mistakes`; another mapping can be passed to :func:`build`).
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

OBJECTIVES = {"zh": "**学习目标**", "en": "**Learning objectives**"}
CSS = """<style>
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10.5pt;
       line-height: 1.5; }
h1 { font-size: 18pt; } h2 { font-size: 15pt; border-bottom: 1px solid #888; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; } section.module { page-break-before: always; }
code { font-size: 9pt; background: #f3f3f3; padding: 0 1mm; }
</style>"""


def objectives(lang: str) -> dict[str, list[str]]:
    """Notebook → its learning objectives, from the opening cell of each stored notebook."""
    import nbformat

    found = {}
    for path in sorted((ROOT / "notebooks" / lang).glob("[0-9][0-9]_*.ipynb")):
        opening = nbformat.read(path, as_version=4).cells[0].source
        if OBJECTIVES[lang] not in opening:
            continue
        block = opening.split(OBJECTIVES[lang], 1)[1].split("\n**", 1)[0]
        items = re.split(r"\n- ", "\n" + block.strip())
        found[path.stem] = [" ".join(item.split()).rstrip("；;。.") for item in items if item.strip()]
    return found


def to_html(markdown: str, lang: str) -> str:
    """The guide as one A4 HTML page, each module (a level-2 section) on a new page."""
    import mistune

    render = mistune.create_markdown(plugins=["table"])
    head, *sections = re.split(r"\n(?=## )", markdown)
    body = render(head) + "".join(f'<section class="module">{render(s)}</section>' for s in sections)
    title = markdown.splitlines()[0].lstrip("# ")
    return (f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>{CSS}</head><body>{body}</body></html>")


def checker_mistakes() -> dict[str, dict[str, list[str]]]:
    """{lang: {notebook: [line, …]}}: each mistake a code-exercise checker names, and where."""
    from cxlab import checks, course, i18n

    names = {name[:2]: name for name in course.modules()["notebook"]}
    found: dict[str, dict[str, list[str]]] = {}
    for lang in ("zh", "en"):
        sep = "：" if lang == "zh" else ": "
        shows = i18n.t("guide.shows", lang)
        for row in checks.catalog(language=lang).itertuples():
            line = f"{row.mistake} *{shows}*{sep}`checks.{row.exercise}`"
            found.setdefault(lang, {}).setdefault(names.get(row.notebook, row.notebook), []).append(line)
    return found


def build(out: Path, extra_mistakes: dict | None = None) -> list[Path]:
    """trainer_guide_{zh,en}.md and .html (and .pdf with chromium) in ``out``; the extra
    mistakes default to :func:`checker_mistakes`."""
    from worksheets import _pdf

    from cxlab import course

    extra_mistakes = checker_mistakes() if extra_mistakes is None else extra_mistakes

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in ("zh", "en"):
        text = course.trainer_guide(language=lang, objectives=objectives(lang),
                                    extra_mistakes=(extra_mistakes or {}).get(lang))
        md = out / f"trainer_guide_{lang}.md"
        md.write_text(text + "\n", encoding="utf-8")
        page = md.with_suffix(".html")
        page.write_text(to_html(text, lang), encoding="utf-8")
        written += [md, page] + [p for p in [_pdf(page)] if p]
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "handouts" / "trainer_guide"
    for path in build(target):
        print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
