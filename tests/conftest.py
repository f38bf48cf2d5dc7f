"""Shared fixtures: every test starts in Chinese (the default) and leaves no language behind."""

from pathlib import Path

import pytest

import cxlab

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _language_reset():
    cxlab.set_language("zh")
    yield
    cxlab.set_language("zh")


@pytest.fixture
def survey():
    return cxlab.load_dataset("intro_survey")
