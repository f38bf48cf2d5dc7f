"""The active language and the zh/en label table behind every user-facing text.

Every label is a key with a Chinese and an English text. The labels live in data files,
one per module: ``cxlab/data/labels/<module>.yaml`` (``errors.yaml`` holds the messages of
the errors in :mod:`cxlab.errors`, ``core.yaml`` the shared words). They are read on the
first label asked for, so any key works whatever has been imported; adding a language means
adding its text to these files. :func:`register` adds labels at run time (a user's own, or a
test's). :func:`t` renders a label in the active language, filling ``{placeholders}`` from
keyword arguments; parameters may themselves be :class:`Text` (or zh/en dicts), rendered in
the same language.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("zh", "en")

_ALIASES = {
    "zh": "zh", "zh-cn": "zh", "zh_cn": "zh", "zh-hans": "zh", "cn": "zh",
    "chinese": "zh", "中文": "zh", "简体中文": "zh",
    "en": "en", "en-us": "en", "en_us": "en", "en-gb": "en", "english": "en", "英文": "en",
}

LABELS: dict[str, dict[str, str]] = {}
_loaded = False


def _load() -> None:
    """Read every label file once; labels registered earlier at run time are kept."""
    global _loaded
    if _loaded:
        return
    from importlib.resources import files

    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for item in sorted(files("cxlab").joinpath("data", "labels").iterdir(), key=lambda f: f.name):
        if item.name.endswith(".yaml"):
            for key, texts in yaml.load(item.read_text(encoding="utf-8"), Loader=loader).items():
                LABELS.setdefault(key, texts)
    _loaded = True


class Text(dict):
    """A text given in both languages, rendered when it is shown.

    Parameters
    ----------
    zh : str
        The Chinese text.
    en : str
        The English text.

    Examples
    --------
    >>> from cxlab.i18n import Text, render
    >>> word = Text(zh="满意", en="satisfied")
    >>> render(word, "en"), word["zh"]
    ('satisfied', '满意')
    """

    def __init__(self, zh: str, en: str):
        super().__init__(zh=zh, en=en)

    def __str__(self) -> str:
        return self[get_language()]


def _normalise(language: str) -> str | None:
    return _ALIASES.get(str(language).strip().lower())


_language = _normalise(os.environ.get("CXLAB_LANG", "zh")) or "zh"


def set_language(language: str) -> str:
    """Set the language of all labels, plots, widgets and error messages.

    Parameters
    ----------
    language : str
        ``"zh"`` or ``"en"``, or an alias (``"zh-CN"``, ``"中文"``, ``"English"`` …).

    Returns
    -------
    str
        The language code now active.

    Raises
    ------
    cxlab.errors.UnknownLanguageError
        For another language (the valid codes are listed).

    Examples
    --------
    >>> from cxlab import i18n
    >>> before = i18n.get_language()
    >>> i18n.set_language("English")
    'en'
    >>> i18n.set_language(before) == before
    True
    """
    global _language
    code = _normalise(language)
    if code is None:
        from cxlab.errors import UnknownLanguageError

        raise UnknownLanguageError(value=language, valid=", ".join(LANGUAGES))
    _language = code
    return code


def get_language() -> str:
    """The active language code.

    Returns
    -------
    {"zh", "en"}
        ``"zh"`` unless :func:`set_language` (or ``$CXLAB_LANG``) chose another.

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.get_language() in i18n.LANGUAGES
    True
    """
    return _language


def register(labels: Mapping[str, Mapping[str, str]]) -> None:
    """Add labels at run time (a user's own, or a test's).

    Parameters
    ----------
    labels : mapping
        ``{key: {"zh": ..., "en": ...}}``; both languages are required.

    Returns
    -------
    None

    Raises
    ------
    ValueError
        For a label without a text in one of the languages.

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.register({"my.greeting": {"zh": "你好，{name}", "en": "Hello, {name}"}})
    >>> i18n.t("my.greeting", "en", name="Li")
    'Hello, Li'
    >>> del i18n.LABELS["my.greeting"]  # keep the table as the files define it
    """
    for key, texts in labels.items():
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"label {key!r} has no text for {missing}")
        LABELS[key] = dict(texts)


def render(value: object, language: str | None = None) -> str:
    """Render a parameter of a label.

    Parameters
    ----------
    value : object
        A zh/en mapping (:class:`Text`) or anything else.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    str
        The mapping's text in ``language``, else ``str(value)``.

    Examples
    --------
    >>> from cxlab.i18n import render
    >>> render({"zh": "功能", "en": "features"}, "en"), render(3)
    ('features', '3')
    """
    if isinstance(value, Mapping) and set(LANGUAGES) <= set(value):
        return str(value[language or _language])
    return str(value)


def pick(zh: str, en: str) -> str:
    """A notebook's one-off text in the active language.

    Parameters
    ----------
    zh : str
        The Chinese text.
    en : str
        The English text.

    Returns
    -------
    str

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.pick("排除", "excluded") in ("排除", "excluded")
    True
    """
    return zh if _language == "zh" else en


def t(key: str, language: str | None = None, **params: object) -> str:
    """A label in the active (or given) language, with its placeholders filled in.

    Parameters
    ----------
    key : str
        The label's key (any key of ``cxlab/data/labels/*.yaml``, whatever has been imported).
    language : str, optional
        Default: the active language.
    **params
        Values for the ``{placeholders}``; :class:`Text` values are rendered in the same language.

    Returns
    -------
    str

    Raises
    ------
    KeyError
        For a key with no label.

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.t("kano.better", "en")
    'Better (satisfaction when present)'
    """
    lang = _normalise(language) if language else _language
    _load()
    try:
        text = LABELS[key][lang]
    except KeyError:
        raise KeyError(f"no label {key!r} in cxlab.i18n (language {lang!r})") from None
    return text.format(**{name: render(v, lang) for name, v in params.items()})


def join(parts, language: str | None = None) -> str:
    """Join sentences: no space between them in Chinese, one space in English.

    Parameters
    ----------
    parts : iterable of str
        The sentences; empty ones are left out.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    str

    Examples
    --------
    >>> from cxlab.i18n import join
    >>> join(["对。", "", "很好。"], "zh"), join(["Right.", "Well done."], "en")
    ('对。很好。', 'Right. Well done.')
    """
    sep = "" if (language or _language) == "zh" else " "
    return sep.join(p for p in parts if p)


def listing(items, language: str | None = None, *, limit: int = 5) -> str:
    """Items as a list in running text: "a、b、c" in Chinese, "a, b, c" in English.

    Parameters
    ----------
    items : iterable
        The items (:class:`Text` items are rendered in ``language``).
    language : {"zh", "en"}, optional
        Default: the active language.
    limit : int
        Items shown before an ellipsis.

    Returns
    -------
    str

    Examples
    --------
    >>> from cxlab.i18n import listing
    >>> listing(["A", "O", "M"], "zh"), listing(range(7), "en", limit=3)
    ('A、O、M', '0, 1, 2, …')
    """
    items = [render(item, language) for item in items]
    sep = "、" if (language or _language) == "zh" else ", "
    return sep.join(items[:limit]) + (sep + "…" if len(items) > limit else "")


def labels(prefix: str, language: str | None = None) -> dict[str, str]:
    """All labels under a prefix.

    Parameters
    ----------
    prefix : str
        The key's family, e.g. ``"channel"`` for ``channel.online`` …
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    dict of str to str
        ``{suffix: text}``.

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.labels("channel", "en")["online"]
    'Online'
    """
    _load()
    start = prefix + "."
    return {k[len(start):]: t(k, language) for k in LABELS if k.startswith(start)}


def has(key: str) -> bool:
    """Whether a label exists.

    Parameters
    ----------
    key : str
        The label's key.

    Returns
    -------
    bool

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.has("kano.better"), i18n.has("no.such.key")
    (True, False)
    """
    _load()
    return key in LABELS


