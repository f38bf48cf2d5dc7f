import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import cxlab
from cxlab import validate


def test_error_hierarchy_matches_builtin_expectations():
    assert issubclass(cxlab.UnknownLanguageError, ValueError)
    assert issubclass(cxlab.UnknownDatasetError, LookupError)
    assert issubclass(cxlab.MissingColumnError, KeyError)
    assert issubclass(cxlab.InvalidValueError, ValueError)
    for cls in (cxlab.UnknownLanguageError, cxlab.DataError, cxlab.FontError):
        assert issubclass(cls, cxlab.CxlabError)


def test_message_follows_the_language_active_when_shown():
    err = cxlab.UnknownDatasetError(value="x", valid="a, b")
    assert str(err) == "没有名为 “x” 的数据集。可用的数据集：a, b。"
    cxlab.set_language("en")
    assert str(err) == "There is no dataset named 'x'. Available datasets: a, b."
    assert err.message("zh").startswith("没有名为")


def test_missing_columns_names_missing_and_present():
    df = pd.DataFrame({"csat": [1], "nps": [9]})
    with pytest.raises(cxlab.MissingColumnError) as err:
        validate.require_columns(df, ["csat", "channel", "ces"])
    text = str(err.value)
    assert "channel, ces" in text and "csat, nps" in text
    assert not text.startswith('"')  # not quoted like a plain KeyError


def test_invalid_values_name_column_rows_and_values_in_both_languages():
    s = pd.Series([3, 7, 2, " 4", 5, 0], name="csat", index=[10, 11, 12, 13, 14, 15])
    with pytest.raises(cxlab.InvalidValueError) as err:
        validate.check_range(s, 1, 5, integer=True)
    assert err.value.rows == [11, 13, 15]
    assert str(err.value) == ("列 “csat” 有 3 个无效值（第 11, 13, 15 行：7, ' 4', 0）。"
                              "应为：1 到 5 之间的整数。")
    cxlab.set_language("en")
    assert str(err.value) == ("Column 'csat' has 3 invalid value(s) (row(s) 11, 13, 15: "
                              "7, ' 4', 0). Expected: whole numbers from 1 to 5.")


def test_long_lists_are_cut_but_counted():
    s = pd.Series(["x"] * 12, name="channel")
    with pytest.raises(cxlab.InvalidValueError) as err:
        validate.check_allowed(s, ["store", "online"])
    assert "12" in str(err.value) and "0, 1, 2, 3, 4, …" in str(err.value)
    assert len(err.value.rows) == 12


def test_missing_values_are_errors_unless_allowed():
    s = pd.Series([1.0, np.nan, 3.0], name="ces")
    with pytest.raises(cxlab.InvalidValueError, match="ces"):
        validate.check_range(s, 1, 7)
    validate.check_range(s, 1, 7, allow_missing=True)
    validate.check_allowed(pd.Series(["a", None]), ["a"], allow_missing=True)


@given(st.lists(st.one_of(st.integers(-3, 13), st.floats(-3, 13, allow_nan=False)), max_size=60))
def test_check_range_flags_exactly_the_bad_rows(values):
    s = pd.Series(values, name="recommend", dtype=float)
    bad = [i for i, v in enumerate(values) if not (0 <= v <= 10 and float(v).is_integer())]
    if bad:
        with pytest.raises(cxlab.InvalidValueError) as err:
            validate.check_range(s, 0, 10, integer=True)
        assert err.value.rows == bad
    else:
        validate.check_range(s, 0, 10, integer=True)


def test_adjust_p_holm_by_hand_and_missing_values_kept():
    adjust_p = validate.adjust_p
    p = pd.Series([0.01, 0.04, 0.03, None], index=list("abcd"))
    # Holm (1979): sorted 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → made monotone: 0.06
    assert adjust_p(p).round(6).tolist()[:3] == [0.03, 0.06, 0.06] and np.isnan(adjust_p(p)["d"])
    assert adjust_p(p, correction="bonferroni").round(6).tolist()[:3] == [0.03, 0.12, 0.09]
    with pytest.raises(cxlab.OptionError, match="fdr_bh"):
        adjust_p(p, correction="sidak")
    for old in (lambda: adjust_p(p, "bonferroni"), lambda: adjust_p(p, method="bonferroni")):
        with pytest.warns(FutureWarning, match="correction="):
            assert old().round(6).tolist()[:3] == [0.03, 0.12, 0.09]


def test_cxlab_errors_survive_a_trip_to_another_process():
    """An error raised in a worker (multiprocessing, concurrent.futures) arrives whole."""
    import pickle

    from cxlab import io, store

    for error in (cxlab.MissingColumnError(what="问卷", missing="nps", available="a, b"),
                  store.StoreBusyError(path="x.sqlite", seconds=5, action="保存"),
                  io.EncodingError(file="a.csv", tried="utf-8, gb18030", position=3, byte="ff")):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and back.params == error.params
        assert str(back) == str(error) and back.args == error.args
