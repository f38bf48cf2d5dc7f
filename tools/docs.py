"""Build the documentation site: ``python tools/docs.py [OUT]`` (default build/docs/html).

The site's own pages are in docs/site/; the notebooks (both editions, with their stored
outputs), the report templates, the course plans and the data cards are copied next to them
into build/docs/src, so the site always shows what the repository holds. Sphinx runs with
warnings as errors (``-W``): a broken docstring, link or page fails the build.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def stage(src: Path) -> None:
    """Copy the site's pages and the repository's notebooks, plans and cards into ``src``."""
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(ROOT / "docs" / "site", src)
    for lang in ("zh", "en"):
        shutil.copytree(ROOT / "notebooks" / lang, src / "notebooks" / lang,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        shutil.copytree(ROOT / "notebooks" / "templates" / lang, src / "templates" / lang,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        shutil.copy(ROOT / "docs" / f"course_plan_{lang}.md", src)
    (src / "datasets").mkdir()
    for card in sorted((ROOT / "datasets").glob("*.md")):
        shutil.copy(card, src / "datasets")


def main(out: Path) -> int:
    from sphinx.cmd.build import build_main

    src = out.parent / "src"
    stage(src)
    return build_main(["-W", "--keep-going", "-q", "-b", "html", "-d", str(out.parent / "doctrees"),
                       str(src), str(out)])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "docs" / "html"))
