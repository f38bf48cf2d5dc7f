"""The code-exercise checkers: blank answers, known mistakes, scales, labels, types."""

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import checks
from cxlab.checks import Mistake

FEATURES = {"zh": "功能", "en": "features"}


def test_a_blank_answer_asks_for_code_in_both_languages():
    for blank in (..., None):
        result = checks.number(blank, 0.5)
        assert not result.passed and "还没有作答" in str(result)
    cxlab.set_language("en")
    assert "Not answered yet" in str(checks.series(..., pd.Series([1.0]), index=FEATURES))


def test_a_number_within_tolerance_passes_and_numpy_scalars_count():
    assert checks.number(np.float64(0.62), 0.62).passed
    assert checks.number(62, 62.0).passed
    assert checks.number(0.6249, 0.62, tolerance=0.005).passed
    assert not checks.number(0.63, 0.62, tolerance=0.005).passed


def test_a_known_mistake_is_named_before_too_high_or_low():
    cxlab.i18n.register({"check.test.all": {"zh": "你除以了全部答案（含 R 和 Q）。",
                                           "en": "You divided by all answers, R and Q included."}})
    result = checks.number(0.4, 0.5, mistakes=[Mistake(0.4, "check.test.all")])
    assert not result.passed and "含 R 和 Q" in result.message
    assert "偏低" in checks.number(0.3, 0.5, mistakes=[Mistake(0.4, "check.test.all")]).message
    assert "偏高" in checks.number(0.7, 0.5).message


def test_scales_are_explained():
    assert "除以 100" in checks.number(62.0, 0.62, scale="share").message
    assert "乘以 100" in checks.number(0.25, 25.0, scale="points").message


def test_the_wrong_kind_of_answer_is_named():
    assert "DataFrame" in checks.number(pd.DataFrame({"a": [1, 2]}), 1.0).message
    one = checks.number(pd.Series([0.5]), 0.5)
    assert not one.passed and ".item()" in one.message
    assert "bool" in checks.number(True, 1.0).message
    assert "list" in checks.series([1, 2], pd.Series([1.0, 2.0]), index=FEATURES).message
    assert "int" in checks.label(3, "must-be").message
    assert "int" in checks.members(3, ["a"], index=FEATURES).message


def test_a_series_is_compared_by_label_whatever_the_order():
    expected = pd.Series({"送货": 0.8, "安装": 0.5, "退换": -0.2})
    assert checks.series(expected.iloc[::-1], expected, index=FEATURES).passed
    assert checks.series(expected.to_dict(), expected, index=FEATURES).passed
    missing = checks.series(expected.drop("安装"), expected, index=FEATURES)
    assert "缺少这些功能：安装" in missing.message
    extra = checks.series(pd.concat([expected, pd.Series({"客服": 1.0})]), expected, index=FEATURES)
    assert "多出了这些功能：客服" in extra.message
    off = checks.series(expected.replace({0.5: 0.6}), expected, index=FEATURES)
    assert "1 个值不对" in off.message and "安装: 0.6" in off.message
    assert "类型的值" in checks.series(expected.astype(str), expected, index=FEATURES).message


def test_a_series_mistake_is_recognised():
    cxlab.i18n.register({"check.test.sign": {"zh": "Worse 系数应为负数。", "en": "Worse is negative."}})
    expected = pd.Series({"a": -0.3, "b": -0.6})
    result = checks.series(-expected, expected, index=FEATURES,
                           mistakes=[Mistake(-expected, "check.test.sign")])
    assert result.message == "Worse 系数应为负数。"


def test_a_frame_names_its_missing_columns_and_the_column_that_is_off():
    expected = pd.DataFrame({"better": [0.8, 0.1], "worse": [-0.2, -0.7]}, index=["a", "b"])
    assert checks.frame(expected.assign(n=10), expected, index=FEATURES).passed
    assert "worse" in checks.frame(expected[["better"]], expected, index=FEATURES).message
    wrong = checks.frame(expected.assign(worse=[-0.2, -0.5]), expected, index=FEATURES)
    assert wrong.message.startswith("worse:") and "b: -0.5" in wrong.message


def test_labels_and_collections():
    assert checks.label(" Must-be ", "must-be").passed
    assert "“A”" in checks.label("A", "M").message
    assert checks.members(pd.Series([1, 2], index=["x", "y"]), ["y", "x"], index=FEATURES).passed
    assert "缺少这些功能：y" in checks.members(["x"], ["x", "y"], index=FEATURES).message


def test_feedback_renders_as_text_and_html():
    good, bad = checks.Feedback(True, ""), checks.Feedback(False, "偏高了。")
    assert str(good) == "✔ 正确！" and str(bad) == "✘ 还不对：偏高了。"
    assert "#b42318" in bad._repr_html_() and "&lt;" in checks.Feedback(False, "<b>")._repr_html_()


def test_the_catalog_lists_every_registered_mistake():
    cxlab.i18n.register({"check.test.demo": {"zh": "示例错误。", "en": "A demo mistake."}})

    @checks.checker("99", "check.test.demo")
    def demo_exercise(answer):
        return checks.number(answer, 1.0)

    try:
        table = checks.catalog(language="en")
        assert table.columns.tolist() == ["notebook", "exercise", "mistake"]
        assert table.query("exercise == 'demo_exercise'")["mistake"].tolist() == ["A demo mistake."]
    finally:
        checks._CHECKERS.pop("demo_exercise")


@pytest.mark.parametrize("items, zh, en", [(["a", "b"], "a、b", "a, b"),
                                           (list("abcdefg"), "a、b、c、d、e、…", "a, b, c, d, e, …")])
def test_listing_uses_each_languages_separator(items, zh, en):
    assert cxlab.i18n.listing(items) == zh and cxlab.i18n.listing(items, "en") == en
