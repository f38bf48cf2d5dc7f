"""Shared fixtures: every test starts in Chinese (the default) and leaves no language behind."""

from pathlib import Path

import pytest

import cxlab

ROOT = Path(__file__).resolve().parents[1]


def source_cells(name: str) -> list[tuple]:
    """The cells of ``notebooks/src/<name>``: ("md", {"zh": …, "en": …}, tags) and ("code", code, tags)."""
    import runpy

    cells = runpy.run_path(str(ROOT / "tools" / "build_notebooks.py"))["cells"]
    return cells(ROOT / "notebooks" / "src" / name)


@pytest.fixture(autouse=True)
def _language_reset():
    cxlab.set_language("zh")
    yield
    cxlab.set_language("zh")


@pytest.fixture
def survey():
    return cxlab.load_dataset("intro_survey")


def missing_glyphs(ax) -> list[str]:
    """Draw the figure of ``ax`` and return any "missing from font" warnings it raised."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax.figure.canvas.draw()
    return [str(w.message) for w in caught if "missing from font" in str(w.message)]
