"""The active language and the zh/en label table behind every user-facing text.

Every label is a key with a Chinese and an English text. Modules add their own
labels with :func:`register`; :func:`t` renders a label in the active language,
filling ``{placeholders}`` from keyword arguments. Parameters may themselves be
:class:`Text` (or zh/en dicts), which are rendered in the same language.
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


class Text(dict):
    """A text given in both languages, rendered when it is shown: ``Text(zh=..., en=...)``."""

    def __init__(self, zh: str, en: str):
        super().__init__(zh=zh, en=en)

    def __str__(self) -> str:
        return self[get_language()]


def _normalise(language: str) -> str | None:
    return _ALIASES.get(str(language).strip().lower())


_language = _normalise(os.environ.get("CXLAB_LANG", "zh")) or "zh"


def set_language(language: str) -> str:
    """Set the language of all labels, plots, widgets and error messages ("zh" or "en")."""
    global _language
    code = _normalise(language)
    if code is None:
        from cxlab.errors import UnknownLanguageError

        raise UnknownLanguageError(value=language, valid=", ".join(LANGUAGES))
    _language = code
    return code


def get_language() -> str:
    """The active language code, "zh" (default) or "en"."""
    return _language


def register(labels: Mapping[str, Mapping[str, str]]) -> None:
    """Add labels ``{key: {"zh": ..., "en": ...}}``; both languages are required."""
    for key, texts in labels.items():
        missing = [lang for lang in LANGUAGES if not texts.get(lang)]
        if missing:
            raise ValueError(f"label {key!r} has no text for {missing}")
        LABELS[key] = dict(texts)


def render(value: object, language: str | None = None) -> str:
    """Render a parameter: zh/en mappings in the given language, anything else with str()."""
    if isinstance(value, Mapping) and set(LANGUAGES) <= set(value):
        return str(value[language or _language])
    return str(value)


def pick(zh: str, en: str) -> str:
    """A notebook's one-off text in the active language: ``pick("排除", "excluded")``."""
    return zh if _language == "zh" else en


def t(key: str, language: str | None = None, **params: object) -> str:
    """The label ``key`` in the active (or given) language, with ``params`` filled in."""
    lang = _normalise(language) if language else _language
    try:
        text = LABELS[key][lang]
    except KeyError:
        raise KeyError(f"no label {key!r} in cxlab.i18n (language {lang!r})") from None
    return text.format(**{name: render(v, lang) for name, v in params.items()})


def join(parts, language: str | None = None) -> str:
    """Join sentences: no space between them in Chinese, one space in English."""
    sep = "" if (language or _language) == "zh" else " "
    return sep.join(p for p in parts if p)


def listing(items, language: str | None = None, *, limit: int = 5) -> str:
    """Items as a list in running text: "a、b、c" in Chinese, "a, b, c" in English; after
    ``limit`` items an ellipsis."""
    items = [render(item, language) for item in items]
    sep = "、" if (language or _language) == "zh" else ", "
    return sep.join(items[:limit]) + (sep + "…" if len(items) > limit else "")


def labels(prefix: str, language: str | None = None) -> dict[str, str]:
    """All labels under ``prefix.`` as ``{suffix: text}``, e.g. ``labels("channel")``."""
    start = prefix + "."
    return {k[len(start):]: t(k, language) for k in LABELS if k.startswith(start)}


register({
    # errors
    "error.unknown": {"zh": "cxlab 遇到了一个错误。", "en": "cxlab stopped with an error."},
    "error.data": {"zh": "数据无法按原样使用。", "en": "The data cannot be used as it is."},
    "error.unknown_language": {
        "zh": "不支持的语言 “{value}”。可用的语言：{valid}。",
        "en": "Unsupported language '{value}'. Available: {valid}.",
    },
    "error.unknown_dataset": {
        "zh": "没有名为 “{value}” 的数据集。可用的数据集：{valid}。",
        "en": "There is no dataset named '{value}'. Available datasets: {valid}.",
    },
    "error.missing_columns": {
        "zh": "{what}缺少列：{missing}。现有的列：{available}。",
        "en": "{what} is missing column(s): {missing}. Columns present: {available}.",
    },
    "error.invalid_values": {
        "zh": "列 “{column}” 有 {count} 个无效值（第 {rows} 行：{values}）。应为：{expected}。",
        "en": "Column '{column}' has {count} invalid value(s) (row(s) {rows}: {values}). "
              "Expected: {expected}.",
    },
    "error.option": {
        "zh": "参数 {name} 不能是 “{value}”。可用：{valid}。",
        "en": "Option {name} cannot be '{value}'. Choose from: {valid}.",
    },
    "error.too_few_groups": {
        "zh": "列 “{column}” 只有 {count} 个分组（{values}），比较至少需要 {minimum} 个。",
        "en": "Column '{column}' has {count} group(s) ({values}); a comparison needs at least {minimum}.",
    },
    "error.no_cjk_font": {
        "zh": "找不到可显示中文的字体。请安装 mplfonts（pip install mplfonts）"
              "或系统字体包 fonts-noto-cjk。",
        "en": "No font that can display Chinese was found. Install mplfonts "
              "(pip install mplfonts) or the system package fonts-noto-cjk.",
    },
    # widgets
    "widget.check": {"zh": "检查答案", "en": "Check"},
    "widget.answer": {"zh": "你的答案", "en": "Your answer"},
    "widget.correct": {"zh": "✔ 正确！{explanation}", "en": "✔ Correct! {explanation}"},
    "widget.too_high": {"zh": "✘ 偏高了，再想想。", "en": "✘ Too high; think again."},
    "widget.too_low": {"zh": "✘ 偏低了，再想想。", "en": "✘ Too low; think again."},
    "widget.scale_hint": {
        "zh": "✘ 看起来你输入的是百分数（{value}）。请输入 0 到 1 之间的比例，例如 0.62。",
        "en": "✘ That looks like a percentage ({value}). Enter a share between 0 and 1, "
              "e.g. 0.62.",
    },
    "widget.not_number": {
        "zh": "“{value}” 不是一个数字。请输入数字，例如 0.62 或 62%。",
        "en": "'{value}' is not a number. Type a number such as 0.62 or 62%.",
    },
    "widget.hint": {"zh": "提示：{hint}", "en": "Hint: {hint}"},
    "widget.attempts": {"zh": "已尝试 {n} 次。", "en": "Attempts: {n}."},
    # survey vocabulary shared by datasets, plots and notebooks
    "channel.store": {"zh": "门店", "en": "Store"},
    "channel.online": {"zh": "线上", "en": "Online"},
    "channel.phone": {"zh": "电话", "en": "Phone"},
    "channel.app": {"zh": "App", "en": "App"},
    "channel.online_chat": {"zh": "在线客服", "en": "Online chat"},
    "channel.home": {"zh": "上门", "en": "At home"},
    "segment.new": {"zh": "新顾客", "en": "New customers"},
    "segment.returning": {"zh": "老顾客", "en": "Returning customers"},
    "label.channel": {"zh": "渠道", "en": "Channel"},
    "function.HR": {"zh": "人力资源", "en": "HR"},
    "function.IT": {"zh": "信息技术", "en": "IT"},
    "function.finance": {"zh": "财务", "en": "Finance"},
    "function.logistics": {"zh": "物流", "en": "Logistics"},
    "function.procurement": {"zh": "采购", "en": "Procurement"},
    "nps.promoter": {"zh": "推荐者（9–10 分）", "en": "Promoters (9–10)"},
    "nps.passive": {"zh": "中立者（7–8 分）", "en": "Passives (7–8)"},
    "nps.detractor": {"zh": "贬损者（0–6 分）", "en": "Detractors (0–6)"},
    "label.recommend": {"zh": "推荐意愿（0–10 分）", "en": "Likelihood to recommend (0–10)"},
    "label.csat": {"zh": "满意度（1–5 分）", "en": "Satisfaction (1–5)"},
    "label.respondents": {"zh": "受访者人数", "en": "Respondents"},
    "label.top2_share": {"zh": "满意顾客占比（4–5 分）", "en": "Share satisfied (4–5)"},
    "label.top2_by_channel": {
        "zh": "各渠道的满意顾客占比", "en": "Share of satisfied customers by channel",
    },
})
