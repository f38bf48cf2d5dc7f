"""The package's own data files (``cxlab/data/*.yaml``): the standard, Kano tables, SERVQUAL
items, the risk register. Each is read once and cached."""

from __future__ import annotations

import functools
from pathlib import Path

FOLDER = Path(__file__).with_name("data")


@functools.cache
def load(name: str) -> dict:
    """The parsed content of ``cxlab/data/NAME.yaml``."""
    import yaml

    return yaml.safe_load((FOLDER / f"{name}.yaml").read_text(encoding="utf-8"))


def labels(name: str, section: str, language: str | None = None) -> dict[str, str]:
    """Key → label in ``language`` (default: the active one) from a section of NAME.yaml whose
    entries are ``{zh: …, en: …}``."""
    from cxlab import i18n

    lang = language or i18n.get_language()
    return {key: text[lang] for key, text in load(name)[section].items()}
