import ast
import re
import string
import subprocess
import sys

import pandas as pd
import pytest
import yaml

import cxlab
from cxlab import i18n

from .conftest import ROOT


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
    with pytest.raises(ValueError, match=r"标签 “test\.only_zh” 缺少以下语言的文字：en") as err:
        i18n.register({"test.only_zh": {"zh": "只有中文"}})
    assert isinstance(err.value, cxlab.CxlabError) and "no text in: en" in err.value.message("en")
    assert "test.only_zh" not in i18n.LABELS


def test_labels_by_prefix_follow_language():
    assert i18n.labels("channel") == {"store": "门店", "online": "线上", "phone": "电话",
                                      "app": "App", "online_chat": "在线客服", "home": "上门"}
    assert i18n.labels("channel", "en")["phone"] == "Phone"


# ------------------------------------------------- the label files: one home, every key used

LABEL_FILES = sorted((ROOT / "cxlab" / "data" / "labels").glob("*.yaml"))
CODE = [*(ROOT / "cxlab").rglob("*.py"), *(ROOT / "tools").glob("*.py"),
        *(ROOT / "notebooks" / "src").rglob("*.py")]
KEY_SHAPE = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)+$")


def _files():
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in LABEL_FILES}


def _used():
    """Literal strings in the code, and the prefixes of keys the code composes: f"nps.{g}",
    "export.missing." + kind, labels("channel"), journey's _label("lane", code)."""
    literals, prefixes = set(), set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant) and \
                    isinstance(node.left.value, str):
                prefixes.add(node.left.value)
            elif isinstance(node, ast.Call) and ast.unparse(node.func).endswith(("labels", "_label")) \
                    and node.args and isinstance(node.args[0], ast.Constant):
                prefixes.add(f"{node.args[0].value}.")
    return literals, {p for p in prefixes if "." in p and re.fullmatch(r"[a-z][\w.]*", p)}


def test_label_files_give_every_key_once_in_both_languages_with_the_same_placeholders():
    seen = {}
    for name, labels in _files().items():
        for key, texts in labels.items():
            assert key not in seen, f"{key} in {name}.yaml and {seen[key]}.yaml"
            seen[key] = name
            assert set(texts) == {"zh", "en"} and texts["zh"].strip() and texts["en"].strip(), key
            assert _fields(texts["zh"]) == _fields(texts["en"]), key
    assert len(seen) > 500


def test_every_key_the_code_names_exists_and_every_label_is_used():
    keys = {key for labels in _files().values() for key in labels}
    literals, prefixes = _used()
    namespaces = {k.split(".")[0] for k in keys}
    named = {s for s in literals if KEY_SHAPE.match(s) and s.split(".")[0] in namespaces}
    missing = {s for s in named - keys if not any(k.startswith(s) for k in keys)}  # not a prefix
    assert not missing, sorted(missing)
    unused = {k for k in keys if k not in literals and not k.startswith(tuple(prefixes))}
    assert not unused, sorted(unused)


def test_any_key_works_before_its_module_is_imported():
    code = ("import sys; from cxlab import i18n; "
            "print(i18n.t('kano.better', 'en'), i18n.t('store.advice.busy', 'zh')[:2], "
            "i18n.t('error.data', 'en')[:4], 'cxlab.kano' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "False" and out.stdout.startswith("Better")


# ------------------------------------------------- tables shown with headers in the language


def test_headers_translate_the_view_and_leave_the_table_alone():
    table = pd.DataFrame({"ci_low": [0.1], "summary_zh": ["x"], "share_A": [0.2], "ar_preview": [1],
                          "channel": ["online"]}, index=pd.Index(["tangibles"], name="dimension"))
    shown = i18n.headers(table, language="zh")
    assert list(shown.columns) == ["置信下限", "概要", "占比 A", "ar_preview", "渠道"]
    assert shown.index.name == "维度" and list(shown.index) == ["有形性"]
    assert shown["渠道"].tolist() == ["线上"]
    assert list(table.columns) == ["ci_low", "summary_zh", "share_A", "ar_preview", "channel"]
    assert table.index.tolist() == ["tangibles"] and table["channel"].tolist() == ["online"]
    assert list(i18n.headers(table, language="en").columns) == ["ci_low", "summary", "share A",
                                                                  "ar_preview", "channel"]
    transposed = pd.DataFrame({"wald": [0.5, 12]}, index=["ci_low", "n"])
    assert list(i18n.headers(transposed, language="zh").index) == ["置信下限", "样本量"]


def test_set_language_shows_every_dataframe_of_a_kernel_with_translated_headers():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        i18n.set_language("zh")
        data, _ = shell.display_formatter.format(pd.DataFrame({"ci_low": [0.1]}))
        assert "置信下限" in data["text/html"] and "置信下限" in data["text/plain"]
        series = pd.Series([0.5], index=pd.Index(["online"], name="channel"), name="csat")
        data, _ = shell.display_formatter.format(series)
        assert data["text/plain"].split() == ["渠道", "线上", "0.5", "Name:", "CSAT", "满意度,",
                                              "dtype:", "float64"]
        data, _ = shell.display_formatter.format(pd.Series([1, 2]))
        assert "Name" not in data["text/plain"]
        i18n.set_language("en")
        data, _ = shell.display_formatter.format(pd.DataFrame({"ci_low": [0.1]}))
        assert "ci_low" in data["text/html"] and "置信下限" not in data["text/plain"]
        i18n.set_language("zh", headers=False)  # a researcher's own tables, with their code names
        data, _ = shell.display_formatter.format(pd.DataFrame({"channel": ["online"]}))
        assert "channel" in data["text/html"] and "渠道" not in data["text/plain"]
    finally:
        i18n.set_language("zh")
        InteractiveShell.clear_instance()
