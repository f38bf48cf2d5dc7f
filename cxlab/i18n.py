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


def set_language(language: str, *, headers: bool = True) -> str:
    """Set the language of all labels, plots, widgets and error messages.

    In a notebook (an IPython kernel) it also makes tables show their headers in that
    language: see :func:`headers`. The tables themselves keep their English column names;
    ``headers=False`` shows every table with its own column names again (for your own data,
    whose code names you want to see).

    Parameters
    ----------
    language : str
        ``"zh"`` or ``"en"``, or an alias (``"zh-CN"``, ``"中文"``, ``"English"`` …).
    headers : bool, default True
        In an IPython kernel, display DataFrames and Series through :func:`headers`.

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
    _language = code(language)
    _show_headers_in_ipython(headers)
    return _language


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


def code(language: str | None = None) -> str:
    """The language code for a ``language=`` option.

    Parameters
    ----------
    language : str, optional
        ``"zh"``, ``"en"`` or an alias (``"English"``, ``"中文"`` …); default: the active language.

    Returns
    -------
    {"zh", "en"}

    Raises
    ------
    cxlab.errors.UnknownLanguageError
        For another language (the valid codes are listed).

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.code("English"), i18n.code() == i18n.get_language()
    ('en', True)
    """
    if language is None:
        return _language
    normalised = _normalise(language)
    if normalised is None:
        from cxlab.errors import UnknownLanguageError

        raise UnknownLanguageError(value=language, valid=", ".join(LANGUAGES))
    return normalised


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
    cxlab.errors.OptionError
        For a label without a text in one of the languages (a ``ValueError``).

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
            from cxlab.errors import OptionError, raise_as

            raise_as(OptionError, "error.label_incomplete", label=key, missing=listing(missing))
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


def both(key: str, **params: object) -> Text:
    """A label in both languages, for a text shown later in either (an error's parameter,
    a quiz prompt), so it follows :func:`set_language` when it is shown.

    Parameters
    ----------
    key : str
        An i18n key.
    **params
        The label's placeholders.

    Returns
    -------
    Text
        The key's zh and en texts, ``params`` filled in.

    Examples
    --------
    >>> from cxlab import i18n
    >>> i18n.both("widget.attempts", n=2)["en"]
    'Attempts: 2.'
    """
    return Text(zh=t(key, "zh", **params), en=t(key, "en", **params))


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


def _value_words(language: str | None) -> dict[str, dict[str, str]]:
    """Stored code columns whose values a shown table gives as words: column → code → word."""
    from cxlab import content

    return {"channel": labels("channel", language), "segment": labels("segment", language),
            "function": labels("function", language), "kind": labels("course.kind", language),
            "stage": labels("stage", language), "category": labels("category", language),
            "dimension": {**content.labels("servqual", "dimensions", language),
                          "overall": t("sq.overall", language)}}


def header(name: object, language: str | None = None) -> object:
    """How a column or index called ``name`` is headed in a shown table.

    ``col.<name>`` when that label exists; ``<base>_zh`` / ``<base>_en`` (a text in one
    language) as ``col.<base>``; ``<base>_<CODE>`` (``share_A``, ``mean_B``, ``option_1``) as
    ``col.<base>`` followed by the code. Any other name (a feature or item code, a number)
    is shown as it is. The labels live in ``cxlab/data/labels/columns.yaml``.

    Parameters
    ----------
    name : object
        A column or index name; anything but a string is returned as it is.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    object
        The heading to show (a str for a str ``name``), or ``name`` itself.

    Examples
    --------
    >>> from cxlab import i18n
    >>> [i18n.header(n, language="zh") for n in ("ci_low", "share_A", "summary_en", "T1")]
    ['置信下限', '占比 A', '概要', 'T1']
    """
    if not isinstance(name, str):
        return name
    if has(f"col.{name}"):
        return t(f"col.{name}", language)
    base, _, tail = name.rpartition("_")
    if base and has(f"col.{base}") and (tail in LANGUAGES or tail.isupper() or tail.isdigit()):
        return t(f"col.{base}", language) + ("" if tail in LANGUAGES else f" {tail}")
    return name


def headers(table, language: str | None = None):
    """A copy of ``table`` to show, in the active (or given) language; ``table`` is unchanged.

    - column names, column-level names and index names go through :func:`header`;
    - the codes in columns and index levels named ``channel``, ``segment``, ``function``,
      ``stage``, ``dimension`` (SERVQUAL), ``category`` (a ticket's) and ``kind`` (the
      agenda's module / break / lunch) are shown through their labels where they have one;
    - an unnamed text index (or one named ``attribute``) whose entries are column names, as
      in a transposed result, shows them as headers too.

    Code keeps using the stable English names; only the view is translated.
    :func:`set_language` makes a notebook show every DataFrame this way.

    Parameters
    ----------
    table : pandas.DataFrame
        The table to show.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    pandas.DataFrame
        A shallow copy with translated headers, index names and code values.

    Examples
    --------
    >>> from cxlab import course, i18n
    >>> shown = i18n.headers(course.agenda(days=1), language="zh")
    >>> list(shown.columns)
    ['天', '开始', '结束', '类型', '笔记本', '标题', '分钟']
    >>> shown["类型"].unique().tolist()
    ['模块', '茶歇', '午餐']
    """
    words = _value_words(language)

    def codes(values, name):
        if name in words:
            return values.map(lambda v: words[name].get(v, v) if isinstance(v, str) else v)
        if name in (None, "attribute") and values.inferred_type == "string":
            return values.map(lambda v: header(v, language))
        return values

    shown = table.copy(deep=False)
    for column in words.keys() & set(shown.columns):
        shown[column] = codes(shown[column], column)
    shown.index = shown.index.set_levels([codes(level, name) for level, name in
                                          zip(shown.index.levels, shown.index.names, strict=True)]) \
        if shown.index.nlevels > 1 else codes(shown.index, shown.index.name)
    name = lambda n: header(n, language)  # noqa: E731
    shown.columns = shown.columns.map(name) if shown.columns.nlevels == 1 else \
        shown.columns.set_levels([level.map(name) for level in shown.columns.levels])
    shown.columns.names = [name(n) for n in table.columns.names]
    shown.index.names = [name(n) for n in table.index.names]
    return shown


def _show_headers_in_ipython(on: bool) -> None:
    """In an IPython kernel, show DataFrames (HTML and text) and Series (text: their name,
    index name and codes) through :func:`headers`; ``on=False`` restores pandas' own display."""
    import sys

    if "IPython" not in sys.modules:
        return
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return
    import pandas as pd

    formatters = shell.display_formatter.formatters
    if not on:
        for mime, kind in (("text/html", pd.DataFrame), ("text/plain", pd.DataFrame),
                           ("text/plain", pd.Series)):
            formatters[mime].pop(kind, None)
        return
    formatters["text/html"].for_type(pd.DataFrame, lambda table: headers(table)._repr_html_())
    formatters["text/plain"].for_type(pd.DataFrame,
                                      lambda table, p, cycle: p.text(repr(headers(table))))
    formatters["text/plain"].for_type(pd.Series, lambda series, p, cycle: p.text(
        repr(headers(series.to_frame(name=series.name)).iloc[:, 0])))
