"""Kano: the evaluation table, answer parsing, analysis rules and coefficients, bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import kano

from .conftest import missing_glyphs, source_cells

# Berger et al. (1993), CQM Journal 2(4), the Kano evaluation table: rows = functional answer
# (like, must-be, neutral, live with, dislike), columns = dysfunctional answer (same order).
BERGER_1993 = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"]
COUNTS = pd.DataFrame({"A": [10, 20, 0], "O": [30, 20, 0], "M": [40, 20, 5], "I": [15, 30, 0],
                       "R": [3, 5, 0], "Q": [2, 5, 0]}, index=["f1", "f2", "f3"])


@pytest.mark.parametrize(("f", "d"), [(f, d) for f in range(1, 6) for d in range(1, 6)])
def test_every_cell_of_the_berger_table(f, d):
    assert kano.classify(f, d) == BERGER_1993[f - 1][d - 1]


@pytest.mark.parametrize(("functional", "dysfunctional", "category"), [
    ("我很喜欢", "我很不喜欢", "O"), ("喜欢", "能忍受", "A"), ("理所当然", "不喜欢", "M"),
    ("无所谓", "无所谓", "I"), (" 喜欢 ", "１", "Q"), ("I like it", "I dislike it", "O"),
    ("It must be that way", "I dislike it that way", "M"), ("这对我很有帮助", "这对我没有影响", "A"),
    (1.0, 5, "O"), ("2", "５", "M"), ("很不喜欢", "非常喜欢", "R"), ("LIKE", "Live with", "A"),
])
def test_labels_codes_and_variants(functional, dysfunctional, category):
    assert kano.classify(functional, dysfunctional) == category


def test_missing_answers_are_not_classified():
    out = kano.classify(pd.Series([1, None, "", 1], index=[5, 6, 7, 8]),
                        pd.Series([5, 5, 5, np.nan], index=[5, 6, 7, 8]))
    assert out.tolist()[0] == "O" and out.iloc[1:].isna().all() and list(out.index) == [5, 6, 7, 8]


def test_unmappable_answers_name_column_rows_and_values():
    answers = pd.Series(["喜欢", "maybe", 7, "喜欢", "0"], name="ar_preview_func")
    with pytest.raises(cxlab.InvalidValueError) as err:
        kano.parse_answers(answers)
    assert err.value.rows == [1, 2, 4]
    cxlab.set_language("en")
    assert "Column 'ar_preview_func' has 3 invalid value(s) (row(s) 1, 2, 4: 'maybe', 7, '0')" \
        in str(err.value)


def test_mapping_is_explicit_and_overridable():
    assert kano.answer_map()["喜欢"] == 1 and kano.answer_map()["能忍受"] == 4
    assert kano.parse_answers(pd.Series(["还行"]), mapping={"还行": 3}).tolist() == [3]
    assert kano.parse_answers(pd.Series(["喜欢"]), mapping={"喜欢": 2}).tolist() == [2]


# Pouliot's modified table (in Berger et al. 1993, p. 33; cells as implemented by Reppel 2022,
# "Doing research online: the Kano model", KANO_evalution): Berger's table with (2, 2) and
# (4, 4) questionable.
POULIOT = ["QAAAO", "RQIIM", "RIIIM", "RIIQM", "RRRRQ"]


@pytest.mark.parametrize(("f", "d"), [(f, d) for f in range(1, 6) for d in range(1, 6)])
def test_every_cell_of_pouliots_table(f, d):
    assert kano.classify(f, d, table="pouliot") == POULIOT[f - 1][d - 1]


def test_pouliot_differs_from_berger_in_two_cells_and_works_in_the_analysis():
    berger, pouliot = kano.evaluation_table("berger"), kano.evaluation_table("pouliot")
    assert (berger != pouliot).sum().sum() == 2 and pouliot.loc[2, 2] == pouliot.loc[4, 4] == "Q"
    responses = pd.DataFrame({"f_func": [2, 4, 3, 1], "f_dys": [2, 4, 3, 5]})
    assert kano.analyze(responses, table="pouliot").loc["f", ["I", "Q", "O"]].tolist() == [1, 2, 1]
    assert kano.analyze(responses).loc["f", ["I", "Q", "O"]].tolist() == [3, 0, 1]


def test_classify_on_plain_arrays_is_an_int8_categorical():
    f = np.array([1, 2, 3, 5, 1], dtype=np.int64)
    d = np.array([5, 5, 3, 1, 1], dtype=np.int64)
    out = kano.classify(f, d)
    assert isinstance(out, pd.Categorical) and out.codes.dtype == np.int8
    assert list(out.categories) == list(kano.CATEGORIES)
    assert list(out) == ["O", "M", "I", "R", "Q"]
    missing = kano.classify(np.array([1.0, np.nan]), ["我很不喜欢", "我很不喜欢"])
    assert missing[0] == "O" and pd.isna(missing[1]) and list(missing.codes) == [1, -1]
    with pytest.raises(cxlab.InvalidValueError, match="functional"):
        kano.classify(np.array([0, 1]), np.array([5, 5]))


def test_custom_table_and_bad_tables():
    flipped = [row[::-1] for row in BERGER_1993]
    assert kano.classify(1, 1, table=[list(r) for r in flipped]) == "O"
    with pytest.raises(cxlab.OptionError, match="berger"):
        kano.classify(1, 1, table="pouliot_unverified")
    with pytest.raises(cxlab.OptionError, match="pouliot"):
        kano.classify(1, 1, table="matzler")
    with pytest.raises(cxlab.OptionError):
        kano.evaluation_table([["A"] * 5] * 4)


def test_better_worse_strengths_and_fong_by_hand():
    r = kano.analyze_counts(COUNTS).loc["f1"]
    # Timko (Berger et al. 1993): better = (A+O)/(A+O+M+I) = 40/95, worse = -(O+M)/95 = -70/95
    assert r["better"] == pytest.approx(40 / 95) and r["worse"] == pytest.approx(-70 / 95)
    # Lee & Newcomb (1997): total strength = A%+O%+M% = 80%; category strength = 40% - 30%
    assert r["total_strength"] == pytest.approx(0.8) and r["category_strength"] == pytest.approx(0.1)
    # Fong (1996): |40 - 30| = 10 < 1.65*sqrt(70*130/200) = 11.13 -> not significant
    assert r["fong_stat"] == 10 and r["fong_critical"] == pytest.approx(1.65 * np.sqrt(70 * 130 / 200))
    assert not r["fong_significant"] and r["category"] == "M" and r["n"] == 100
    all_answers = kano.analyze_counts(COUNTS, denominator="all").loc["f1"]
    assert all_answers["better"] == pytest.approx(0.40) and all_answers["worse"] == pytest.approx(-0.70)


# A published worked example from an independent implementation: the example table in the
# README of the R package stp25kano (W. Peter, 2024, github.com/stp4/stp25kano), five features
# of a cleaning-equipment maker, 296 answers each. Its columns: max category, the M>O>A>I
# category with a 5-point band, total and category strength (%), CS+ (better), CS- (worse)
# and Fong's test printed as "|m1-m2| < critical" with a sig./ns verdict.
STP25KANO = pd.DataFrame(
    [  # M,   O,   A,   I, R, Q, max, MOAI, total%, cat%, better, worse, fong, critical, sig
        (95, 123, 45, 33, 0, 0, "O", "O", 89, 9, 0.568, -0.736, 28, 19.4, True),
        (101, 54, 54, 81, 3, 3, "M", "M", 71, 7, 0.372, -0.534, 20, 18.5, True),
        (15, 24, 121, 124, 6, 6, "I", "A", 54, 1, 0.511, -0.137, 3, 19.8, False),
        (65, 87, 93, 51, 0, 0, "A", "O", 83, 2, 0.608, -0.514, 6, 18.5, False),
        (9, 18, 83, 177, 6, 3, "I", "I", 37, 32, 0.352, -0.094, 94, 19.9, True),
    ],
    index=["Service app", "Excellent service", "Hotline", "Loan machine", "Ready-to-use return"],
    columns=["M", "O", "A", "I", "R", "Q", "max", "moai", "total", "strength", "better", "worse",
             "fong", "critical", "significant"])


def test_reproduces_the_published_stp25kano_example():
    plain = kano.analyze_counts(STP25KANO)
    banded = kano.analyze_counts(STP25KANO, near_tie=0.05)
    assert (plain["n"] == 296).all()
    assert plain["category"].tolist() == STP25KANO["max"].tolist()
    assert banded["category"].tolist() == STP25KANO["moai"].tolist()
    assert plain["better"].round(3).tolist() == STP25KANO["better"].tolist()
    assert plain["worse"].round(3).tolist() == STP25KANO["worse"].tolist()
    assert (plain["total_strength"] * 100).round().tolist() == STP25KANO["total"].tolist()
    assert (plain["category_strength"] * 100).round().tolist() == STP25KANO["strength"].tolist()
    assert plain["fong_stat"].tolist() == STP25KANO["fong"].tolist()
    assert plain["fong_critical"].round(1).tolist() == STP25KANO["critical"].tolist()
    assert plain["fong_significant"].tolist() == STP25KANO["significant"].tolist()


def test_mixed_label_where_fong_finds_no_difference():
    # stp25kano's published example: Hotline I 124 vs A 121 and Loan machine A 93 vs O 87 are
    # "ns" by Fong's test, so they are reported as mixed; the other three keep their category
    r = kano.analyze_counts(STP25KANO, mixed=True)
    assert r["label"].tolist() == ["O", "M", "I/A", "A/O", "I"]
    assert r["category"].tolist() == STP25KANO["max"].tolist()
    assert "label" not in kano.analyze_counts(STP25KANO)
    one = pd.DataFrame({c: [1 if c == "A" else 0] for c in kano.CATEGORIES})  # n = 1: no second
    assert kano.analyze_counts(one, mixed=True)["label"].tolist() == ["A"]


def test_fong_significant_when_far_apart():
    r = kano.fong_test(60, 20, 100)
    stat, critical, significant = r.statistic, r.critical, r.significant
    assert stat == 40 and critical == pytest.approx(1.65 * np.sqrt(80 * 120 / 200))
    assert significant


def test_category_rules():
    # f2: I 30 is the mode; M, O, A tie at 20 (a tie the M > O > A > I order settles)
    assert kano.analyze_counts(COUNTS).loc["f2", "category"] == "I"
    assert kano.analyze_counts(COUNTS, near_tie=0.10).loc["f2", "category"] == "M"
    assert kano.analyze_counts(COUNTS, near_tie=0.05).loc["f2", "category"] == "I"
    assert kano.analyze_counts(COUNTS, near_tie="fong").loc["f2", "category"] == "M"
    # (O+A+M) = 60 > (I+R+Q) = 40, so the most frequent of O, A, M (tied: M first)
    assert kano.analyze_counts(COUNTS, rule="aom").loc["f2", "category"] == "M"
    tie = pd.DataFrame({c: [5 if c in "AO" else 0] for c in kano.CATEGORIES}, index=["t"])
    assert kano.analyze_counts(tie).loc["t", "category"] == "O"
    indiff = pd.DataFrame({"A": [10], "O": [10], "M": [10], "I": [40], "R": [25], "Q": [5]})
    assert kano.analyze_counts(indiff, rule="aom").iloc[0]["category"] == "I"
    # three near-tied: every category within the band competes, not only the top two
    three = pd.DataFrame({"A": [28], "O": [15], "M": [27], "I": [30], "R": [0], "Q": [0]})
    assert [kano.analyze_counts(three, near_tie=band).iloc[0]["category"]
            for band in (0, 0.02, 0.03, 0.05)] == ["I", "A", "M", "M"]
    assert kano.analyze_counts(three, near_tie="fong").iloc[0]["category"] == "A"  # top two only


def test_empty_feature_gives_no_category():
    r = kano.analyze_counts(COUNTS.assign(M=[40, 20, 0]))
    assert r.loc["f3", "n"] == 0 and pd.isna(r.loc["f3", "category"]) and pd.isna(r.loc["f3", "better"])


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"rule": "mode"}, "rule"), ({"denominator": "AOM"}, "denominator"),
    ({"near_tie": "chi2"}, "near_tie"),
])
def test_bad_options_are_named(kwargs, match):
    with pytest.raises(cxlab.OptionError, match=match):
        kano.analyze_counts(COUNTS, **kwargs)


def test_bad_counts_are_named():
    with pytest.raises(kano.KanoCountsError, match="f2"):
        kano.analyze_counts(COUNTS.assign(R=[3, -1, 0]))


@pytest.mark.parametrize("near_tie", [-1e-9, -0.05, 1, 5, 1.5, True, float("nan"), "0.05"])
def test_near_tie_out_of_range_is_refused(near_tie):
    # issue 15 item 4: a negative band or one given in percent (5) used to make every feature M
    with pytest.raises(cxlab.OptionError, match="near_tie") as err:
        kano.analyze_counts(COUNTS, near_tie=near_tie)
    assert "0.05" in err.value.message("en") and "0.05" in err.value.message("zh")
    with pytest.raises(cxlab.OptionError, match="near_tie"):
        kano.analyze(pd.DataFrame({"a_func": [1], "a_dys": [5]}), near_tie=near_tie)


def test_near_tie_edges_are_accepted():
    # f1: M 40 leads O 30 by 0.10; f2: I 30 leads M/O/A 20 by 0.10 (shares of n = 100)
    assert kano.analyze_counts(COUNTS, near_tie=0)["category"].tolist()[:2] == ["M", "I"]
    assert kano.analyze_counts(COUNTS, near_tie=np.float64(0.1))["category"].tolist()[:2] == ["M", "M"]
    assert kano.analyze_counts(COUNTS, near_tie=0.999)["category"].tolist()[:2] == ["M", "M"]


def test_aom_exact_tie_follows_the_otherwise_branch_with_a_warning():
    # O + A + M = 25 = I + R + Q: Matzler & Hinterhuber's "otherwise" branch, the mode of I, R, Q
    tie = pd.DataFrame({"A": [10, 30], "O": [10, 20], "M": [5, 5], "I": [20, 40], "R": [3, 3],
                        "Q": [2, 2]}, index=["tied", "clear"])
    with pytest.warns(cxlab.DataWarning, match="tied") as record:
        r = kano.analyze_counts(tie, rule="aom")
    assert "clear" not in str(record[0].message)
    assert r["category"].tolist() == ["I", "A"] and r.attrs["aom_ties"] == ["tied"]
    with pytest.raises(cxlab.MissingColumnError, match="Q"):
        kano.analyze_counts(COUNTS.drop(columns="Q"))


counts_strategy = st.lists(st.integers(0, 60), min_size=6, max_size=6).filter(lambda c: sum(c) > 0)


@settings(max_examples=60, deadline=None)
@given(st.lists(counts_strategy, min_size=1, max_size=5))
def test_invariants_on_random_counts(rows):
    table = pd.DataFrame(rows, columns=list(kano.CATEGORIES))
    r = kano.analyze_counts(table)
    shares = r[[f"share_{c}" for c in kano.CATEGORIES]].sum(axis=1)
    assert np.allclose(shares, 1)
    ok = r["better"].notna()
    assert r.loc[ok, "better"].between(0, 1).all() and r.loc[ok, "worse"].between(-1, 0).all()
    assert r["category_strength"].between(0, 1).all() and r["category"].isin(kano.CATEGORIES).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.sampled_from("xy")),
                min_size=1, max_size=80))
def test_analyze_agrees_with_analyze_counts_and_the_table(pairs):
    responses = pd.DataFrame(pairs, columns=["f_func", "f_dys", "seg"])
    cats = kano.categories(responses)["f"]
    assert cats.tolist() == [BERGER_1993[f - 1][d - 1] for f, d, _ in pairs]
    counts = cats.value_counts().reindex(list(kano.CATEGORIES), fill_value=0).to_frame("f").T
    direct = kano.analyze(responses).drop(columns="missing")
    pd.testing.assert_frame_equal(direct, kano.analyze_counts(counts), check_names=False,
                                  check_dtype=False)
    by_seg = kano.analyze(responses, by="seg")
    for seg, part in responses.groupby("seg"):
        expected = kano.analyze(part)
        assert by_seg.loc[(seg, "f"), "n"] == expected.loc["f", "n"]
        assert by_seg.loc[(seg, "f"), "category"] == expected.loc["f", "category"]


def test_missing_answers_are_excluded_per_feature_and_counted():
    responses = pd.DataFrame({"a_func": [1, 1, None, 2], "a_dys": [5, 4, 5, 5],
                              "b_func": [1, 1, 1, 1], "b_dys": [5, 5, 5, ""]})
    r = kano.analyze(responses)
    assert r.loc["a", ["n", "missing"]].tolist() == [3, 1]
    assert r.loc["b", ["n", "missing"]].tolist() == [3, 1]


def test_segment_with_missing_values_is_refused():
    responses = pd.DataFrame({"a_func": [1, 2], "a_dys": [5, 5], "seg": ["x", None]})
    with pytest.raises(cxlab.InvalidValueError, match="seg"):
        kano.analyze(responses, by="seg")
    with pytest.raises(cxlab.MissingColumnError, match="region"):
        kano.analyze(responses, by="region")


def test_no_kano_columns_is_a_clear_error():
    with pytest.raises(kano.KanoColumnsError, match="a_functional"):
        kano.analyze(pd.DataFrame({"a_functional": [1], "a_dysfunctional": [5]}))


def test_bootstrap_is_seeded_contains_the_estimate_and_narrows_with_n():
    ci = kano.bootstrap(COUNTS.loc[["f1", "f2"]], reps=4000, seed=7)
    again = kano.bootstrap(COUNTS.loc[["f1", "f2"]], reps=4000, seed=7)
    pd.testing.assert_frame_equal(ci, again)
    point = kano.analyze_counts(COUNTS.loc[["f1", "f2"]])
    assert (ci["better_low"] <= point["better"]).all() and (point["better"] <= ci["better_high"]).all()
    assert (ci["worse_low"] <= point["worse"]).all() and (point["worse"] <= ci["worse_high"]).all()
    big = kano.bootstrap(COUNTS.loc[["f1"]] * 16, reps=4000, seed=7)
    width = lambda t: (t["better_high"] - t["better_low"]).iloc[0]  # noqa: E731
    assert width(big) < width(ci.loc[["f1"]]) / 2.5  # 16× the answers: about a quarter as wide


def test_bootstrap_uses_the_analysis_denominator():
    # issue 15 item 11: 40 of 100 answers are R or Q, so Better = 50/100 with all answers but
    # 50/60 with A+O+M+I; the bootstrap used A+O+M+I whatever the analysis used
    counts = pd.DataFrame({"A": [30], "O": [20], "M": [5], "I": [5], "R": [20], "Q": [20]}, index=["f"])
    result = kano.analyze_counts(counts, denominator="all")
    assert result.attrs["denominator"] == "all" and result.loc["f", "better"] == 0.5
    ci = kano.bootstrap(result, reps=2000, seed=1).loc["f"]
    assert ci["better_low"] < 0.5 < ci["better_high"] < 0.7  # old: about [0.73, 0.92]
    assert ci["worse_low"] < -0.25 < ci["worse_high"]
    assert kano.bootstrap(counts, reps=2000, seed=1).loc["f", "better_low"] > 0.7  # plain counts: AOMI
    with pytest.raises(cxlab.OptionError, match="denominator"):
        kano.bootstrap(result, denominator="AOMI")


def test_wilson_intervals_match_the_formula():
    # Wilson (1927): (p + z²/2n ± z √(p(1−p)/n + z²/4n²)) / (1 + z²/n)
    from scipy.stats import norm

    def wilson(x, n, level=0.95):
        z, p = norm.ppf((1 + level) / 2), x / n
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
        return ((p + z**2 / (2 * n) - half) / (1 + z**2 / n), (p + z**2 / (2 * n) + half) / (1 + z**2 / n))

    ci = kano.wilson(kano.analyze_counts(COUNTS)).loc["f1"]  # Better 40/95, |Worse| 70/95
    assert (ci["better_low"], ci["better_high"]) == pytest.approx(wilson(40, 95))
    assert (-ci["worse_high"], -ci["worse_low"]) == pytest.approx(wilson(70, 95))
    assert kano.wilson(COUNTS, level=0.9).loc["f1", "better_low"] == pytest.approx(wilson(40, 95, 0.9)[0])
    assert kano.wilson(COUNTS.assign(M=[40, 20, 0])).loc["f3"].isna().all()  # no answers: D = 0


def test_bootstrap_of_a_one_category_feature_is_not_zero_width():
    # issue 15 item 11: n = 10, all A. The percentile bootstrap gave Better [1, 1], Worse [0, 0]
    counts = pd.DataFrame({"A": [10, 30], "O": [0, 20], "M": [0, 20], "I": [0, 30], "R": [0, 0],
                           "Q": [0, 0]}, index=["all_a", "mixed"])
    with pytest.warns(cxlab.DataWarning, match="all_a"):
        ci = kano.bootstrap(counts, reps=1000)
    z = 1.959963984540054  # Wilson for 10 of 10: (1 + z²/20 − z √(z²/400)) / (1 + z²/10)
    low = (1 + z**2 / 20 - z * np.sqrt(z**2 / 400)) / (1 + z**2 / 10)
    assert ci.loc["all_a", "better_low"] == pytest.approx(low) == pytest.approx(0.7225, abs=1e-4)
    assert ci.loc["all_a", "better_high"] == 1 and ci.loc["all_a", "worse_low"] == pytest.approx(low - 1)
    assert ci.loc["all_a", "worse_high"] == 0 and ci.attrs["wilson"] == ["all_a"]
    assert ci.loc["mixed", "better_low"] < 0.5 < ci.loc["mixed", "better_high"]


def test_bootstrap_on_empty_features_and_segmented_results():
    # issue 15 item 18: n = 0 raised numpy's "pvals" error; segmented output a TypeError
    empty = COUNTS.loc[["f1"]].assign(**dict.fromkeys(kano.CATEGORIES, 0))
    assert kano.bootstrap(empty, reps=100).isna().all(axis=None)
    only_r = COUNTS.loc[["f1"]].assign(A=0, O=0, M=0, I=0, Q=0)  # D = A+O+M+I = 0 in every draw
    assert kano.bootstrap(only_r, reps=100).isna().all(axis=None)
    responses = pd.DataFrame({"f_func": [1, 1, 2, 1, 3, 2], "f_dys": [5, 3, 5, 4, 3, 5],
                              "g_func": [1, 2, 1, 2, 2, 2], "g_dys": [5, 5, 3, 5, 5, 5],
                              "seg": list("xxxyyy")})
    result = kano.analyze(responses, by="seg", denominator="all")
    with pytest.warns(cxlab.DataWarning, match=r"\('y', 'g'\)"):  # y, g: M, M, M (Better 0, Worse −1)
        ci = kano.bootstrap(result, reps=500)
    assert ci.index.equals(result.index) and ci.index.names == ["seg", "feature"]
    assert (ci["better_low"] <= result["better"]).all() and (result["better"] <= ci["better_high"]).all()


def test_respondent_quality_and_visible_exclusion():
    responses = pd.DataFrame({"a_func": [1, 1, 5, 1], "a_dys": [5, 1, 1, 5],
                              "b_func": [1, 5, 5, 2], "b_dys": [4, 5, 1, 5]},
                             index=["r1", "r2", "r3", "r4"])
    quality = kano.respondent_quality(responses)
    assert quality.loc["r2", "q_share"] == 1 and quality.loc["r3", "r_share"] == 1
    r = kano.exclude_respondents(responses, max_q=0.5, max_r=0.5)
    kept, report = r.kept, r.excluded
    assert list(kept.index) == ["r1", "r4"]
    assert report["reason"].to_dict() == {"r2": "Q", "r3": "R"}


def test_continuous_scores_follow_dumouchel():
    # functional like = 4, must-be = 2; dysfunctional dislike = 4, live with = 2 (Berger et al. 1993)
    responses = pd.DataFrame({"a_func": [1, 2], "a_dys": [5, 4], "a_imp": [9, 3]})
    c = kano.continuous(responses).loc["a"]
    assert c["functional_mean"] == 3 and c["dysfunctional_mean"] == 3 and c["n"] == 2
    assert c["importance"] == 6
    assert c["functional_weighted"] == pytest.approx((4 * 9 + 2 * 3) / 12)
    with pytest.raises(cxlab.InvalidValueError, match="a_imp"):
        kano.continuous(responses.assign(a_imp=[9, 12]))


def test_continuous_intervals_user_scale_and_q_r_exclusion():
    from scipy import stats

    # pairs: O (1,5), A (1,3), M (2,5), Q (1,1), R (5,1)
    responses = pd.DataFrame({"a_func": [1, 1, 2, 1, 5], "a_dys": [5, 3, 5, 1, 1]})
    full = kano.continuous(responses).loc["a"]
    func = np.array([4, 4, 2, 4, -2.0])  # DuMouchel: like 4, must-be 2, dislike −2
    half = stats.t.ppf(0.975, 4) * func.std(ddof=1) / np.sqrt(5)
    assert full["functional_mean"] == pytest.approx(func.mean())
    assert (full["functional_low"], full["functional_high"]) == pytest.approx((func.mean() - half,
                                                                              func.mean() + half))
    clean = kano.continuous(responses, exclude="QR").loc["a"]
    assert clean["n"] == 3 and clean["excluded"] == 2
    assert clean["functional_mean"] == pytest.approx(10 / 3)  # 4, 4, 2
    assert clean["dysfunctional_mean"] == pytest.approx((4 + 0 + 4) / 3)  # dislike 4, neutral 0
    symmetric = kano.continuous(responses, scale=[2, 1, 0, -1, -2]).loc["a"]
    assert symmetric["functional_mean"] == pytest.approx((2 + 2 + 1 + 2 - 2) / 5)
    assert symmetric["dysfunctional_mean"] == pytest.approx((2 + 0 + 2 - 2 - 2) / 5)  # reversed
    pair = kano.continuous(responses, scale=([4, 2, 0, -1, -2], [-2, -1, 0, 2, 4])).loc["a"]
    assert pair["functional_mean"] == full["functional_mean"]
    with pytest.raises(cxlab.OptionError, match="scale"):
        kano.continuous(responses, scale=[2, 1, 0])
    with pytest.raises(cxlab.OptionError, match="exclude"):
        kano.continuous(responses, exclude="X")


def test_questionnaire_and_exports(tmp_path):
    features = pd.DataFrame({"feature": ["ar"], "zh": ["商品页提供 3D 预览"],
                             "en": ["the product page offered a 3D preview"]})
    q = kano.questionnaire(features, importance=True)
    assert q["question_id"].tolist() == ["ar_func", "ar_dys", "ar_imp"]
    assert q.loc[0, "question"] == "如果商品页提供 3D 预览，您的感受是？"
    assert q.loc[1, "question"] == "如果没有“商品页提供 3D 预览”，您的感受是？"
    assert q.loc[0, ["option_1", "option_5"]].tolist() == ["我很喜欢", "我很不喜欢"]
    en = kano.questionnaire(features, wording="short", language="en")
    assert en.loc[0, "option_2"] == "I expect it" and en.loc[0, "question"].startswith("If the")
    assert kano.export_questionnaire(q, tmp_path / "q.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_excel(kano.export_questionnaire(q, tmp_path / "q.xlsx"), engine="openpyxl")
    assert back["question"].tolist() == q["question"].tolist()
    md = kano.export_questionnaire(q, tmp_path / "q.md").read_text(encoding="utf-8")
    assert md.startswith("**1. 如果商品页提供") and "☐ 我很喜欢" in md
    with pytest.raises(cxlab.OptionError, match="wording"):
        kano.questionnaire(features, wording="formal")
    with pytest.raises(cxlab.OptionError):
        kano.export_questionnaire(q, tmp_path / "q.pdf")


def test_answer_parsing_of_the_bundled_messy_survey():
    survey = cxlab.load_dataset("kano_survey")
    result = kano.analyze(survey)
    assert len(result) == 12 and (result["missing"] > 0).all()
    assert result.loc["true_photos", "category"] == "M"
    assert result.loc["delivery_slot", "category"] == "O"
    assert result.loc["ar_preview", "category"] in ("A", "I")
    young = kano.analyze(survey[survey["age_band"] == "18-29"]).loc["ar_preview"]
    old = kano.analyze(survey[survey["age_band"] == "45+"]).loc["ar_preview"]
    assert young["share_A"] > old["share_A"]
    report = kano.exclude_respondents(survey, max_q=0.2, max_r=0.4).excluded
    assert 1 <= len(report) <= 12


def test_plots_return_axes_and_draw_chinese_cleanly():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from cxlab import plotting

    plotting.set_theme()
    survey, features = cxlab.load_dataset("kano_survey"), cxlab.load_dataset("kano_features")
    result = kano.analyze(survey)
    axes = [kano.plot_quadrant(result, labels=features, ci=kano.bootstrap(result, reps=200)),
            kano.plot_shares(result, labels=features),
            kano.plot_continuous(kano.continuous(survey), labels=features)]
    try:
        assert all(missing_glyphs(ax) == [] for ax in axes)
        texts = {t.get_text() for t in axes[0].texts}
        assert {"魅力型 (A)", "期望型 (O)", "必备型 (M)", "无差异型 (I)"} <= texts
        assert "商品图片与实物颜色、尺寸一致" in texts
        assert axes[0].get_xlabel() == "不满意影响力 |Worse|"
        assert len(axes[1].patches) == 12 * 6
    finally:
        plt.close("all")


def test_priorities_must_be_first_then_one_dimensional_then_attractive():
    counts = pd.DataFrame({"A": [50, 5, 10, 2, 60, 5], "O": [10, 20, 60, 3, 5, 55],
                           "M": [5, 70, 20, 5, 5, 30], "I": [35, 5, 10, 90, 30, 10],
                           "R": [0, 0, 0, 0, 0, 0], "Q": [0, 0, 0, 0, 0, 0]},
                          index=["a_low", "m", "o_big", "i", "a_high", "o_small"])
    p = kano.priorities(kano.analyze_counts(counts))
    assert list(p.index) == ["m", "o_big", "o_small", "a_high", "a_low", "i"]
    assert p["rank"].tolist() == [1, 2, 3, 4, 5, 6]
    assert p.loc["m", "action"].startswith("先保证")


def test_numbers_quoted_in_the_kano_quiz_match_the_analysis():
    from cxlab import quiz

    counts = pd.DataFrame({"A": [12, 8], "O": [48, 38], "M": [30, 37], "I": [8, 15], "R": [1, 1],
                           "Q": [1, 1]}, index=["from-counts", "near-tie"])
    r = kano.analyze_counts(counts)
    assert r.loc["from-counts", "fong_significant"] and r.loc["from-counts", "category"] == "O"
    assert not r.loc["near-tie", "fong_significant"]
    assert kano.analyze_counts(counts, near_tie="fong").loc["near-tie", "category"] == "M"
    near = next(q for q in quiz.load("04_kano_analysis")[1] if q.id == "near-tie")
    assert f"{r.loc['near-tie', 'fong_critical']:.1f}" in near.data["options"][0]["why"]["zh"]


def test_answer_pair_exercise_is_graded_by_the_evaluation_table():
    from cxlab import quiz

    pairs = next(q for q in quiz.load("04_kano_analysis")[1] if q.id == "answer-pairs")
    letters = [c["en"][-1] for c in pairs.data["categories"]]
    for statement in pairs.data["statements"]:
        for language in ("zh", "en"):
            functional, dysfunctional = statement["text"][language].split(" / ")
            assert kano.classify(functional, dysfunctional) == letters[statement["category"]]


def _pairs_frame(groups):
    """A response table for feature f from (segment, functional, dysfunctional, repeats)."""
    rows = [(seg, f, d) for seg, f, d, k in groups for _ in range(k)]
    return pd.DataFrame(rows, columns=["seg", "f_func", "f_dys"])


def test_compare_segments_by_hand():
    data = _pairs_frame([("g1", 1, 3, 30), ("g1", 3, 3, 10), ("g2", 1, 3, 10), ("g2", 3, 3, 30),
                         ("g1", 5, 1, 1), ("g2", None, 3, 1)])
    r = kano.compare_segments(data, by="seg").loc["f"]
    # 2×2 table [[30, 10], [10, 30]]: chi2 = N(ad − bc)² / (row and column totals) = 20, V = √(20/80)
    assert r["chi2"] == pytest.approx(80 * (900 - 100) ** 2 / 40 ** 4) == pytest.approx(20.0)
    assert r["dof"] == 1 and r["cramers_v"] == pytest.approx(0.5) and r["p_value"] < 1e-4
    assert r["n"] == 80 and r["left_out"] == 1 and r["missing"] == 1 and r["significant"]
    assert not r["small_expected"] and r["categories"] == "AI" and r["left_out_categories"] == "R 1"
    same = _pairs_frame([("g1", 1, 3, 20), ("g1", 3, 3, 20), ("g2", 1, 3, 20), ("g2", 3, 3, 20)])
    assert kano.compare_segments(same, by="seg").loc["f", "chi2"] == pytest.approx(0.0)
    few = _pairs_frame([("g1", 1, 3, 3), ("g1", 3, 3, 1), ("g2", 1, 3, 1), ("g2", 3, 3, 3)])
    assert kano.compare_segments(few, by="seg").loc["f", "small_expected"]  # every expected count is 2
    one_category = _pairs_frame([("g1", 1, 3, 5), ("g2", 1, 3, 5)])
    assert np.isnan(kano.compare_segments(one_category, by="seg").loc["f", "p_value"])


def test_compare_segments_finds_the_designed_effects_and_only_them():
    # the generator makes ar_preview and old_furniture depend on age band and fast_refund on
    # customer type; every other difference in the file is sampling noise
    survey = cxlab.load_dataset("kano_survey")
    by_age = kano.compare_segments(survey, by="age_band")
    by_type = kano.compare_segments(survey, by="customer_type", correction="bonferroni")
    assert set(by_age.index[by_age["significant"]]) == {"ar_preview", "old_furniture"}
    assert set(by_type.index[by_type["significant"]]) == {"fast_refund"}
    assert (by_age["p_adjusted"] >= by_age["p_value"]).all()
    assert (by_age["n"] + by_age["left_out"] + by_age["missing"] == len(survey)).all()
    # numbers quoted in notebook 04, section 6
    holm = kano.compare_segments(survey, by="customer_type")
    assert round(by_age.loc["eco_report", "p_value"], 2) == 0.44
    assert (by_age.loc[["ar_preview", "old_furniture"], "p_adjusted"] < 0.001).all()
    assert round(holm.loc["fast_refund", "p_adjusted"], 2) == 0.04
    assert round(holm.loc["ar_preview", "p_value"], 3) == 0.055
    assert round(holm.loc["ar_preview", "p_adjusted"], 2) == 0.61


def test_compare_segments_keeps_a_common_reverse_category():
    # issue 15 item 10: popup recommendations, R is 177 of 400 answers; the old default
    # categories "AOMI" left 186 answers out of the test (R 177, Q 5, missing 4)
    survey = cxlab.load_dataset("kano_survey")
    old = kano.compare_segments(survey, by="age_band", categories="AOMI").loc["popup_recs"]
    new = kano.compare_segments(survey, by="age_band").loc["popup_recs"]
    assert old["left_out"] + old["missing"] == 186 and old["n"] == 214
    assert "R" in new["categories"] and new["n"] == 375 and new["missing"] == 4
    assert new["left_out_categories"] == "O 14, M 2, Q 5"  # fewer than 5 per age band on average
    counts = kano.analyze(survey).loc["popup_recs", list(kano.CATEGORIES)]
    assert counts["R"] == 177 and new["n"] == counts[["A", "I", "R"]].sum()


def test_compare_segments_monte_carlo_p_matches_the_exact_conditional_p():
    # Exact p of Pearson's statistic given both margins (Freeman & Halton 1951 with the χ²
    # statistic), by enumerating every 2×3 table with these margins (multivariate
    # hypergeometric); the Monte-Carlo p (Hope 1968) must be within its sampling error.
    from itertools import product

    from scipy.stats import chi2_contingency, multivariate_hypergeom

    table = np.array([[6, 1, 3], [1, 6, 2]])  # segments × categories A, I, M
    data = _pairs_frame([("g1", 1, 3, 6), ("g1", 3, 3, 1), ("g1", 2, 5, 3),
                         ("g2", 1, 3, 1), ("g2", 3, 3, 6), ("g2", 2, 5, 2)])
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    observed = chi2_contingency(table, correction=False).statistic
    exact = 0.0
    for top in product(*(range(c + 1) for c in cols)):
        if sum(top) != rows[0]:
            continue
        other = cols - np.array(top)
        stat = chi2_contingency(np.array([top, other]), correction=False).statistic
        if stat >= observed - 1e-9:
            exact += multivariate_hypergeom.pmf(top, m=cols, n=rows[0])
    r = kano.compare_segments(data, by="seg", categories="AIM", method="monte_carlo", reps=20000).loc["f"]
    assert r["p_method"] == "monte_carlo" and r["small_expected"]
    assert r["p_value"] == pytest.approx(exact, abs=4 * np.sqrt(exact * (1 - exact) / 20000))
    asymptotic = kano.compare_segments(data, by="seg", categories="AIM").loc["f", "p_value"]
    assert abs(r["p_value"] - asymptotic) > 0.005  # 0.026 by the χ² approximation
    auto = kano.compare_segments(data, by="seg", categories="AIM", method="auto", reps=20000).loc["f"]
    assert auto["p_method"] == "monte_carlo" and auto["p_value"] == r["p_value"]  # same seed
    with pytest.raises(cxlab.OptionError, match="method"):
        kano.compare_segments(data, by="seg", method="fisher")


def test_compare_segments_bad_input():
    data = _pairs_frame([("g1", 1, 3, 3), (None, 1, 5, 1)])
    with pytest.raises(cxlab.InvalidValueError, match="seg"):
        kano.compare_segments(data, by="seg")
    with pytest.raises(cxlab.MissingColumnError):
        kano.compare_segments(data, by="region")
    with pytest.raises(cxlab.OptionError, match="holm"):
        kano.compare_segments(data.dropna(), by="seg", correction="tukey")
    with pytest.raises(cxlab.OptionError, match="categories"):
        kano.compare_segments(data.dropna(), by="seg", categories=("A", "X"))
    with pytest.raises(cxlab.TooFewGroupsError) as err:
        kano.compare_segments(data.dropna(), by="seg")
    assert "Column 'seg' has 1 group(s) ('g1'); a comparison needs at least 2." in err.value.message("en")
    assert "列 “seg” 只有 1 个分组" in err.value.message("zh")


def test_numbers_quoted_in_notebook_04_section_3_match_the_analysis():
    # the near-ties of section 3: counts, category strength and Fong's verdict, in both editions


    survey = cxlab.load_dataset("kano_survey")
    r = kano.analyze(survey)
    cells = source_cells("04_kano_analysis.py")
    section = [c[1] for c in cells if c[0] == "md" and "真正的接近并列" in c[1]["zh"]]
    assert len(section) == 1
    zh, en = section[0]["zh"], section[0]["en"]
    for feature, first, second, significant in [("eco_report", "M", "O", False),
                                                ("popup_recs", "I", "R", False),
                                                ("free_install", "O", "M", True)]:
        row = r.loc[feature]
        assert row["category"] == first and bool(row["fong_significant"]) is significant
        strength = f"{row['category_strength']:.3f}"
        for text in (zh, en):
            assert strength in text, (feature, strength)
            assert str(row[first]) in text and str(row[second]) in text, feature
        assert row["category_strength"] == pytest.approx((row[first] - row[second]) / row["n"])
    # the three rules agree on every feature
    assert (kano.analyze(survey, near_tie="fong")["category"] == r["category"]).all()
    assert (kano.analyze(survey, rule="aom")["category"] == r["category"]).all()
