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

    lang = i18n.code(language)
    return {key: text[lang] for key, text in load(name)[section].items()}


def localised(entry: dict, language: str | None = None, *, name: str | None = None) -> dict:
    """One entry of a content file with each text once, in ``language``.

    Every ``<field>_zh`` / ``<field>_en`` pair becomes ``<field>`` in ``language`` (default: the
    active one). The entry's own ``zh`` / ``en`` pair (a term's or clause's name) is kept as
    the pair, or given once as ``name`` when ``name`` is set. Other keys are kept as they are.

    Parameters
    ----------
    entry : dict
        An entry of ``cxlab/data/NAME.yaml``.
    language : {"zh", "en"}, optional
        Default: the active language.
    name : str, optional
        The field the ``zh`` / ``en`` pair becomes; default: keep the pair.

    Returns
    -------
    dict

    Examples
    --------
    >>> from cxlab import content
    >>> entry = {"key": "k", "zh": "甲", "en": "A", "note_zh": "说明", "note_en": "a note"}
    >>> content.localised(entry, "en")
    {'key': 'k', 'zh': '甲', 'en': 'A', 'note': 'a note'}
    >>> content.localised(entry, "zh", name="item")
    {'key': 'k', 'item': '甲', 'note': '说明'}
    """
    from cxlab import i18n

    lang = i18n.code(language)
    out: dict = {}
    for key, value in entry.items():
        base, _, tail = key.rpartition("_")
        if key in i18n.LANGUAGES:
            if name is None:
                out[key] = value
            elif key == lang:
                out[name] = value
        elif base and tail in i18n.LANGUAGES:
            if tail == lang:
                out[base] = value
        else:
            out[key] = value
    return out
