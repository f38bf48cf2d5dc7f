import string

import pytest

import cxlab
from cxlab import i18n


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_default_language_is_chinese():
    assert cxlab.get_language() == "zh"


@pytest.mark.parametrize(("given", "code"), [
    ("en", "en"), ("EN-us", "en"), (" English ", "en"), ("zh_CN", "zh"), ("中文", "zh"),
])
def test_set_language_accepts_common_spellings(given, code):
    assert cxlab.set_language(given) == code
    assert cxlab.get_language() == code


def test_unknown_language_is_refused_and_named():
    with pytest.raises(cxlab.UnknownLanguageError) as err:
        cxlab.set_language("fr")
    assert "fr" in str(err.value) and "zh, en" in str(err.value)
    assert cxlab.get_language() == "zh"  # unchanged


def test_every_label_has_both_languages_with_the_same_placeholders():
    assert len(i18n.LABELS) > 20
    for key, texts in i18n.LABELS.items():
        assert texts["zh"].strip() and texts["en"].strip(), key
        assert _fields(texts["zh"]) == _fields(texts["en"]), key


def test_t_renders_params_and_bilingual_params_in_the_active_language():
    param = i18n.Text(zh="整数", en="whole numbers")
    assert i18n.t("widget.attempts", n=3) == "已尝试 3 次。"
    assert "whole numbers" in i18n.t("error.invalid_values", language="en", column="c", count=1,
                                     rows="1", values="9", expected=param)
    cxlab.set_language("en")
    assert i18n.t("widget.attempts", n=3) == "Attempts: 3."
    assert str(param) == "whole numbers"


def test_unknown_key_says_which():
    with pytest.raises(KeyError, match=r"no\.such\.key"):
        i18n.t("no.such.key")


def test_register_requires_both_languages():
    with pytest.raises(ValueError, match="en"):
        i18n.register({"test.only_zh": {"zh": "只有中文"}})
    assert "test.only_zh" not in i18n.LABELS


def test_labels_by_prefix_follow_language():
    assert i18n.labels("channel") == {"store": "门店", "online": "线上", "phone": "电话",
                                      "app": "App", "online_chat": "在线客服", "home": "上门"}
    assert i18n.labels("channel", "en")["phone"] == "Phone"
