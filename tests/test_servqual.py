"""SERVQUAL: gaps, paired tests, weighted scores, reliability, zone of tolerance, IPA, bad input."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import servqual as sq

from .conftest import missing_glyphs

DIMS = {"t1": "tangibles", "t2": "tangibles", "r1": "reliability", "r2": "reliability"}


def _bank():
    d = cxlab.load_dataset("servqual_bank").set_index("respondent_id")
    strip = lambda prefix: d.filter(regex=f"^{prefix}_").rename(columns=lambda c: c[len(prefix) + 1:])  # noqa: E731
    return d, strip("E"), strip("P")


def test_instrument_has_22_items_in_five_dimensions_both_languages():
    zh, en = sq.instrument(language="zh"), sq.instrument(language="en")
    assert len(zh) == 22 and zh["dimension"].value_counts().to_dict() == {
        "reliability": 5, "empathy": 5, "tangibles": 4, "responsiveness": 4, "assurance": 4}
    assert set(zh["dimension_name"]) == {"有形性", "可靠性", "响应性", "保证性", "移情性"}
    assert (zh["wording"] != en["wording"]).all() and en["wording"].str.len().min() > 10


def test_gaps_dimension_means_and_the_unweighted_score_by_hand():
    # Two respondents. Item gaps t: (−1, −2), (0, −1) → tangibles (−1.5, −0.5), mean −1;
    # r: (−3, −1), (−2, −1) → reliability (−2, −1.5), mean −1.75; overall (−1 − 1.75)/2 = −1.375
    e = pd.DataFrame({"t1": [6, 5], "t2": [7, 6], "r1": [7, 6], "r2": [6, 7]})
    p = pd.DataFrame({"t1": [5, 5], "t2": [5, 5], "r1": [4, 4], "r2": [5, 6]})
    table = sq.summarize(e, p, dimensions=DIMS)
    assert table.loc["tangibles", "gap"] == -1 and table.loc["reliability", "gap"] == -1.75
    assert table.loc["overall", "gap"] == -1.375  # mean of the dimension gaps
    assert sq.overall_score({"tangibles": -1, "reliability": -1.75}) == -1.375
    # weighted: 25 and 75 points → (−1 × 25 + −1.75 × 75) / 100 = −1.5625
    assert sq.overall_score({"tangibles": -1, "reliability": -1.75},
                            weights={"tangibles": 25, "reliability": 75}) == -1.5625
    with pytest.raises(sq.AllocationError):
        sq.overall_score({"tangibles": -1, "reliability": -1.75},
                         weights={"tangibles": 30, "reliability": 75})


def test_negative_points_are_refused_and_near_100_sums_are_shares():
    # issue 15 item 17: −50 and 150 points passed; 99.6 points were divided by 100
    dims = {"tangibles": -1.0, "reliability": -2.0}
    with pytest.raises(sq.NegativePointsError, match="tangibles"):
        sq.overall_score(dims, weights={"tangibles": -50, "reliability": 150})
    # 33.2 + 66.4 = 99.6 points: Σ g w / Σ w = (−33.2 − 132.8) / 99.6 = −5/3 (old: −1.6600)
    assert sq.overall_score(dims, weights={"tangibles": 33.2, "reliability": 66.4}) == pytest.approx(-5 / 3)
    gaps = pd.DataFrame({"tangibles": [-1.0, 0.0, 1.0], "reliability": [-2.0, 1.0, 0.0]},
                        index=["B001", "B002", "B003"])
    points = pd.DataFrame({"tangibles": [33.2, 120, 50], "reliability": [66.4, -20, 50]}, index=gaps.index)
    with pytest.raises(sq.NegativePointsError) as err:
        sq.weighted_scores(gaps, points)
    assert "B002" in str(err.value) and "B001" not in str(err.value) and "reliability" in str(err.value)
    ok = sq.weighted_scores(gaps.drop("B002"), points.drop("B002"))
    assert ok.tolist() == pytest.approx([-5 / 3, 0.5])


def test_paired_test_matches_scipy_and_the_interval_contains_the_gap():
    from scipy import stats

    _, e, p = _bank()
    table = sq.summarize(e, p)
    e_dim, p_dim = sq.by_dimension(e), sq.by_dimension(p)
    ref = stats.ttest_rel(p_dim["reliability"], e_dim["reliability"])
    assert table.loc["reliability", "p_value"] == pytest.approx(ref.pvalue)
    assert table.loc["reliability", "t"] == pytest.approx(ref.statistic)
    d = p_dim["reliability"] - e_dim["reliability"]
    half = stats.t.ppf(0.975, len(d) - 1) * d.std(ddof=1) / np.sqrt(len(d))
    assert table.loc["reliability", "ci_low"] == pytest.approx(d.mean() - half)
    # the generator's true gaps: reliability −1.2 is the largest, tangibles −0.2 the smallest
    dims = table.drop(index="overall").sort_values("gap")
    assert dims.index[0] == "reliability" or dims.index[0] == "responsiveness"
    assert dims.index[-1] == "tangibles"
    holm = sq.summarize(e, p, correction="holm")
    assert (holm["p_adjusted"].dropna() >= holm["p_value"][holm["p_adjusted"].notna()]).all()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(*[st.integers(1, 7)] * 8), min_size=2, max_size=30))
def test_gap_is_p_minus_e_and_equal_weights_give_the_unweighted_score(rows):
    arr = np.array(rows)
    e = pd.DataFrame(arr[:, :4], columns=list(DIMS))
    p = pd.DataFrame(arr[:, 4:], columns=list(DIMS))
    g = sq.gaps(e, p, dimensions=DIMS)
    assert (g.to_numpy() == (p - e).to_numpy()).all()
    dims = sq.by_dimension(g, dimensions=DIMS).mean()
    assert sq.overall_score(dims, weights={"tangibles": 50, "reliability": 50}) == pytest.approx(
        sq.overall_score(dims))


def test_allocations_not_summing_to_100_are_named_not_rescaled():
    d, e, p = _bank()
    gap_dims = sq.by_dimension(sq.gaps(e, p))
    weights = d.filter(regex="^W_").rename(columns=lambda c: c[2:])
    with pytest.raises(sq.AllocationError) as err:
        sq.weighted_scores(gap_dims, weights)
    assert str(err.value).count("B0") == 3 and "110" in str(err.value)
    ok = weights.sum(axis=1).sub(100).abs() <= 0.5
    scores = sq.weighted_scores(gap_dims[ok], weights[ok])
    assert len(scores) == 447 and scores.lt(0).mean() > 0.8


def test_reverse_coded_items_are_explicit():
    e = pd.DataFrame({"t1": [6], "t2": [2]})
    p = pd.DataFrame({"t1": [5], "t2": [3]})
    g = sq.gaps(e, p, dimensions={"t1": "tangibles", "t2": "tangibles"}, reverse=["t2"])
    assert g.loc[0, "t2"] == (8 - 3) - (8 - 2)


def test_bad_input_is_named():
    e = pd.DataFrame({"t1": [6, 9], "t2": [7, 6], "r1": [7, 6], "r2": [6, 7]})
    p = pd.DataFrame({"t1": [5, 5], "t2": [5, 5], "r1": [4, None], "r2": [5, 5]})
    with pytest.raises(cxlab.InvalidValueError, match="t1"):
        sq.summarize(e, p.fillna(4), dimensions=DIMS)
    with pytest.raises(cxlab.InvalidValueError, match="r1"):
        sq.summarize(e.assign(t1=[6, 6]), p, dimensions=DIMS)
    with pytest.raises(sq.ItemMismatchError, match="r2"):
        sq.gaps(e.assign(t1=[6, 6]), p.drop(columns="r2").fillna(4), dimensions=DIMS)
    with pytest.raises(cxlab.MissingColumnError, match="T1"):
        sq.summarize(e, p)  # the standard instrument's items are not in these columns
    with pytest.raises(sq.OneItemError, match="solo"):
        sq.reliability(p.fillna(4), dimensions={"t1": "solo", "t2": "pair", "r1": "pair"})


def test_identical_gaps_give_no_t_test():
    # issue 15 item 20: two respondents with the same tangibles gap (−1, −1) gave t = −inf, p = 0
    e = pd.DataFrame({"t1": [6, 5], "t2": [7, 6], "r1": [7, 6], "r2": [6, 7]})
    p = pd.DataFrame({"t1": [5, 4], "t2": [6, 5], "r1": [4, 4], "r2": [5, 6]})
    with pytest.warns(cxlab.DataWarning, match="tangibles") as record:
        table = sq.summarize(e, p, dimensions=DIMS)
    assert len(record) == 1 and table.attrs["no_variance"] == ["tangibles"]
    assert table.loc["tangibles", "gap"] == -1
    assert table.loc["tangibles", ["t", "p_value", "ci_low", "ci_high"]].isna().all()
    # reliability gaps −2 and −1.5: d̄ = −1.75, s = √0.125, t = d̄ / (s / √2) = −7
    assert table.loc["reliability", "t"] == pytest.approx(-1.75 / (np.sqrt(0.125) / np.sqrt(2)))
    with pytest.warns(cxlab.DataWarning):
        one = sq.summarize(e.iloc[:1], p.iloc[:1], dimensions=DIMS)
    assert one["p_value"].isna().all()


def test_wilcoxon_signed_rank_matches_an_exact_enumeration():
    # Wilcoxon (1945): W+ = sum of the ranks of the positive gaps; the exact two-sided p is
    # the share of the 2^n sign patterns with min(W+, W−) at most the observed one
    from itertools import product

    e = pd.DataFrame({"t1": [7, 7, 7, 7, 3, 7, 7, 7], "t2": [7, 7, 7, 7, 4, 7, 7, 7]})
    p = pd.DataFrame({"t1": [6, 6, 5, 5, 6, 4, 3, 3], "t2": [7, 6, 6, 5, 6, 4, 4, 3]})
    dims = {"t1": "tangibles", "t2": "tangibles"}
    gaps = (p - e).mean(axis=1).to_numpy()  # −0.5, −1, −1.5, −2, +2.5, −3, −3.5, −4: no zeros, no ties
    ranks = pd.Series(np.abs(gaps)).rank().to_numpy()
    assert len(set(ranks)) == len(ranks)
    w = min(ranks[gaps > 0].sum(), ranks[gaps < 0].sum())
    sums = [sum(r for r, s in zip(ranks, signs, strict=True) if s) for signs in product([0, 1], repeat=8)]
    exact = np.mean([min(x, ranks.sum() - x) <= w for x in sums])
    table = sq.summarize(e, p, dimensions=dims, test="wilcoxon")
    assert table.loc["tangibles", "w"] == w == 5 and table.loc["tangibles", "p_value"] == pytest.approx(exact)
    assert "t" not in table and table.loc["tangibles", "ci_low"] < table.loc["tangibles", "gap"]
    with pytest.raises(cxlab.OptionError, match="test"):
        sq.summarize(e, p, dimensions=dims, test="sign")


def test_item_level_gap_tests_with_holm():
    from scipy import stats

    _, e, p = _bank()
    items = sq.item_gaps(e, p)
    assert list(items.index) == list(sq.instrument()["item"]) and items.loc["E5", "dimension"] == "empathy"
    ref = stats.ttest_rel(p["R3"], e["R3"])
    assert items.loc["R3", "t"] == pytest.approx(ref.statistic) and items.loc["R3", "n"] == 450
    # Holm (1979): the k-th smallest p times (m − k + 1), made monotone, capped at 1
    raw = items["p_value"].sort_values()
    holm = np.minimum(1, np.maximum.accumulate(raw.to_numpy() * (len(raw) - np.arange(len(raw)))))
    assert items.loc[raw.index, "p_adjusted"].to_numpy() == pytest.approx(holm)
    signed = sq.item_gaps(e, p, test="wilcoxon", correction="bonferroni")
    assert signed.loc["T1", "p_value"] == pytest.approx(stats.wilcoxon(p["T1"] - e["T1"]).pvalue)


def test_reliability_is_listwise_reports_n_and_does_not_round():
    # issue 15 item 12: pairwise deletion before (alpha 0.5921, CI [0.196, 0.84] rounded to 3
    # places); listwise now: the complete cases' alpha and Feldt's interval with their n
    import pingouin as pg
    from scipy import stats

    long = pg.read_dataset("cronbach_alpha")
    wide = long.pivot(index="Subj", columns="Items", values="Scores").astype(float)
    wide.iloc[0, 0] = wide.iloc[3, 2] = np.nan
    dims = {c: "all" for c in wide.columns}
    with pytest.warns(cxlab.DataWarning, match="2"):
        row = sq.reliability(wide, dimensions=dims).iloc[0]
    complete = wide.dropna()
    n, k = complete.shape
    alpha = k / (k - 1) * (1 - complete.var(ddof=1).sum() / complete.sum(axis=1).var(ddof=1))
    low = 1 - (1 - alpha) * stats.f.ppf(0.975, n - 1, (n - 1) * (k - 1))  # Feldt et al. (1987)
    high = 1 - (1 - alpha) * stats.f.ppf(0.025, n - 1, (n - 1) * (k - 1))
    assert row["n"] == 13 == n and row["alpha"] == pytest.approx(alpha) == pytest.approx(0.5967, abs=1e-4)
    assert row["ci_low"] == pytest.approx(low) and row["ci_high"] == pytest.approx(high)
    assert row["ci_low"] != round(row["ci_low"], 3)
    with pytest.warns(cxlab.DataWarning):
        excluded = sq.reliability(wide, dimensions=dims).attrs["excluded"]
        assert excluded == {"all": [wide.index[0], wide.index[3]]}
    with pytest.raises(cxlab.InvalidValueError, match=str(wide.columns[0])):
        sq.reliability(wide, dimensions=dims, missing="refuse")
    with pytest.raises(cxlab.OptionError, match="missing"):
        sq.reliability(wide, dimensions=dims, missing="pairwise")
    text = wide.astype(object)
    text.iloc[2, 1] = "4"
    with pytest.raises(cxlab.InvalidValueError, match="数值评分"):
        sq.reliability(text, dimensions=dims)


def test_reliability_matches_the_alpha_formula():
    _, _, p = _bank()
    items = [f"R{i}" for i in range(1, 6)]
    x = p[items]
    k = len(items)
    alpha = k / (k - 1) * (1 - x.var(ddof=1).sum() / x.sum(axis=1).var(ddof=1))
    table = sq.reliability(p)
    assert table.loc["reliability", "alpha"] == pytest.approx(alpha) and (table["n"] == 450).all()
    assert (table["alpha"] > 0.8).all() and (table["ci_low"] < table["alpha"]).all()


def test_zone_of_tolerance_positions():
    adequate = pd.DataFrame({"a": [4, 4], "b": [4, 4], "c": [4, 4]})
    desired = pd.DataFrame({"a": [6, 6], "b": [6, 6], "c": [6, 6]})
    perceived = pd.DataFrame({"a": [3, 3.5], "b": [5, 5], "c": [6.5, 7]})
    zone = sq.zone_of_tolerance(adequate, desired, perceived)
    assert zone["position"].tolist() == ["低于可接受", "容忍区间内", "超出理想"]
    assert zone.loc["a", "adequacy_gap"] == -0.75 and zone.loc["c", "superiority_gap"] == 0.75
    assert (zone["width"] == 2).all()


def test_zone_of_tolerance_refuses_mismatched_columns():
    # issue 15 item 3: a column missing from one table gave NaN means that were labelled "within"
    adequate = pd.DataFrame({"a": [4, 4], "b": [4, 4]})
    desired = pd.DataFrame({"a": [6, 6], "b": [6, 6]})
    perceived = pd.DataFrame({"a": [5, 5], "bb": [5, 5]})
    with pytest.raises(sq.ZoneColumnsError) as err:
        sq.zone_of_tolerance(adequate, desired, perceived)
    assert "b, bb" in err.value.message("en") and "perceived: a, bb" in err.value.message("en")
    assert "b, bb" in err.value.message("zh")
    empty = sq.zone_of_tolerance(adequate.iloc[:0], desired.iloc[:0], perceived.iloc[:0].rename(
        columns={"bb": "b"}))
    assert empty["position"].isna().all()  # no respondents: no mean, no position


def test_zone_of_tolerance_on_a_nine_point_scale():
    # Parasuraman, Zeithaml & Berry (1994) measured adequate, desired and perceived on 1-9
    adequate, desired, perceived = (pd.DataFrame({"a": [v, v]}) for v in (5, 8, 9))
    zone = sq.zone_of_tolerance(adequate, desired, perceived, scale=(1, 9))
    assert zone.loc["a", "position"] == "超出理想" and zone.attrs["scale"] == (1, 9)
    with pytest.raises(cxlab.InvalidValueError, match="a"):
        sq.zone_of_tolerance(adequate, desired, perceived)  # 9 is off the default 1-7 scale


def test_ipa_quadrants_and_crosshairs():
    table = sq.ipa(pd.Series({"x": 6.5, "y": 6.5, "z": 3.0, "w": 3.0}),
                   pd.Series({"x": 6.0, "y": 3.0, "z": 3.0, "w": 6.0}), centre="midpoint",
                   importance_scale=(1, 7))
    assert table.table["quadrant"].to_dict() == {"x": "keep", "y": "concentrate", "z": "low", "w": "overkill"}
    assert (table.performance_centre, table.importance_centre) == (4.0, 4.0) and table.centre == "midpoint"
    nine = sq.ipa(pd.Series({"x": 6.0}), pd.Series({"x": 4.5}), centre="midpoint", importance_scale=(1, 9))
    assert (nine.performance_centre, nine.importance_centre) == (4.0, 5.0)
    assert nine.table.loc["x", "quadrant"] == "keep"
    with pytest.raises(cxlab.OptionError, match="centre"):
        sq.ipa(pd.Series({"x": 1.0}), pd.Series({"x": 1.0}), centre="mode")
    with pytest.raises(cxlab.InvalidValueError, match="importance"):  # 8 is not on a 1-7 scale
        sq.ipa(pd.Series({"x": 8.0}), pd.Series({"x": 4.0}), centre="midpoint", importance_scale=(1, 7))


def test_ipa_refuses_a_midpoint_for_derived_importance():
    # issue 15 item 2: derived importance is a correlation (0.10-0.31 here); at the 1-7 midpoint
    # of 4 every one of the 22 items became "possible overkill"
    d, _, p = _bank()
    derived = sq.derived_importance(p, d["overall"])
    assert derived.min() > 0.09 and derived.max() < 0.32
    with pytest.raises(sq.IpaCentreError) as err:
        sq.ipa(derived, p.mean(), centre="midpoint", importance_scale=(1, 7))
    assert "importance_scale" in err.value.message("en") and "importance_scale" in err.value.message("zh")
    with pytest.raises(sq.IpaCentreError):
        sq.ipa(derived.to_numpy() * pd.Series(1.0, index=derived.index), p.mean(), centre="midpoint")
    median = sq.ipa(derived, p.mean(), centre="median")
    assert (median.performance_centre, median.importance_centre) == (np.median(p.mean()), np.median(derived))
    counts = median.table["quadrant"].value_counts()
    assert counts.sum() == 22 and counts.max() <= 11  # the medians split both axes in half
    mean = sq.ipa(derived, p.mean())
    assert (mean.performance_centre, mean.importance_centre) == \
        pytest.approx((p.mean().mean(), derived.mean()))


def test_plots_draw_chinese_cleanly():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from cxlab import plotting

    plotting.set_theme()
    d, e, p = _bank()
    axes = [sq.plot_gaps(sq.summarize(e, p)),
            sq.plot_zone(sq.zone_of_tolerance(d.filter(regex="^ADQ_").rename(columns=lambda c: c[4:]),
                                              d.filter(regex="^DES_").rename(columns=lambda c: c[4:]),
                                              sq.by_dimension(p))),
            sq.plot_ipa(sq.ipa(sq.derived_importance(p, d["overall"]), p.mean()))]
    try:
        assert all(missing_glyphs(ax) == [] for ax in axes)
        assert [t.get_text() for t in axes[0].get_yticklabels()][-1] == "总体"
    finally:
        plt.close("all")


def test_efa_recovers_the_five_dimensions():
    _, _, p = _bank()
    loadings = sq.efa(p)
    by_dim = sq.instrument().set_index("item")["dimension"]
    factors = loadings["factor"].groupby(by_dim).agg(set)
    assert all(len(f) == 1 for f in factors) and len(set.union(*factors)) == 5
    assert (loadings["communality"] > 0.4).all()


def test_oblique_efa_communality_is_not_the_sum_of_squared_pattern_loadings():
    # issue 15 item 13: two factors correlated 0.6; under oblimin the squared pattern loadings
    # do not add up to h². The independent number: h² of the unrotated principal-axis solution
    # (rotation-invariant), and diag(Λ Φ Λᵀ) from the pattern and the factor correlations.
    from statsmodels.multivariate.factor import Factor

    rng = np.random.default_rng(5)
    f = rng.multivariate_normal([0, 0], [[1, 0.6], [0.6, 1]], size=600)
    x = np.column_stack([f[:, k // 3] * 0.6 + f[:, 1 - k // 3] * 0.3 + rng.normal(0, 0.6, 600)
                         for k in range(6)])  # each item also loads 0.3 on the other factor
    table = pd.DataFrame(x, columns=[f"x{k}" for k in range(6)])
    loadings = sq.efa(table, n_factors=2, rotation="oblimin")
    unrotated = Factor(x, n_factor=2, method="pa").fit().loadings
    assert loadings["communality"].to_numpy() == pytest.approx((unrotated ** 2).sum(axis=1))
    pattern, phi = loadings[["F1", "F2"]].to_numpy(), loadings.attrs["factor_correlations"].to_numpy()
    assert loadings["communality"].to_numpy() == pytest.approx(np.diag(pattern @ phi @ pattern.T))
    assert abs(phi[0, 1]) > 0.3
    old = (pattern ** 2).sum(axis=1)  # what was reported before
    error = np.abs(old - loadings["communality"].to_numpy())
    assert error.min() > 0.04 and error.max() > 0.15  # 0.048 to 0.158 in this sample
    varimax = sq.efa(table, n_factors=2)
    assert varimax["communality"].to_numpy() == pytest.approx((varimax[["F1", "F2"]] ** 2).sum(axis=1))


def test_group_comparison_picks_the_test_and_finds_branch_c():
    d, e, p = _bank()
    scores = sq.by_dimension(sq.gaps(e, p))
    three = sq.compare_groups(scores.assign(branch=d["branch"]), by="branch")
    assert (three["test"] == "Welch ANOVA").all()
    assert three.loc["responsiveness", "p_value"] < 1e-6 and three.loc["reliability", "p_value"] > 0.05
    assert three.loc["responsiveness", "mean_C"] < three.loc["responsiveness", "mean_A"] - 0.5
    two = sq.compare_groups(scores.assign(branch=d["branch"].replace({"C": "B"})), by="branch")
    assert (two["test"] == "Welch t").all() and two["effect"].eq("hedges g").all()
    with pytest.raises(cxlab.InvalidValueError):
        sq.compare_groups(scores.assign(branch=d["branch"].where(d["branch"] != "A")), by="branch")
    # numbers quoted in notebook 05, section 5: only responsiveness survives Holm's correction
    holm = sq.compare_groups(scores.assign(branch=d["branch"]), by="branch", correction="holm")
    assert holm.loc["responsiveness", "p_adjusted"] < 0.001
    assert round(holm.loc["empathy", "p_value"], 3) == 0.019
    assert round(holm.loc["empathy", "p_adjusted"], 3) == 0.077
    assert (holm["p_adjusted"] >= holm["p_value"]).all()
    assert (holm.drop("responsiveness")["p_adjusted"] > 0.05).all()
    with pytest.raises(cxlab.OptionError, match="holm"):
        sq.compare_groups(scores.assign(branch=d["branch"]), by="branch", correction="tukey")
    with pytest.raises(cxlab.TooFewGroupsError, match="branch"):
        one = d["branch"].str.replace(r"[BC]", "A", regex=True)
        sq.compare_groups(scores.assign(branch=one), by="branch")


def test_kruskal_wallis_matches_the_rank_formula():
    # Kruskal & Wallis (1952): H = 12 / (N (N + 1)) Σ Rᵢ² / nᵢ − 3 (N + 1), divided by the tie
    # correction 1 − Σ (t³ − t) / (N³ − N); p from χ² with k − 1 df; ε² = H / (N − 1)
    from scipy.stats import chi2, rankdata

    scores = pd.DataFrame({"x": [1.0, 2, 2, 3, 5, 4, 4, 6, 7, 7, 8, 9]})
    groups = pd.Series(list("aaaabbbbcccc"), name="branch")
    ranks = rankdata(scores["x"])
    n = len(ranks)
    h = 12 / (n * (n + 1)) * sum(ranks[groups == g].sum() ** 2 / 4 for g in "abc") - 3 * (n + 1)
    ties = np.unique(scores["x"], return_counts=True)[1]
    h /= 1 - (ties**3 - ties).sum() / (n**3 - n)
    row = sq.compare_groups(scores.assign(group=groups), by="group", test="kruskal").iloc[0]
    assert row["test"] == "Kruskal-Wallis" and row["statistic"] == pytest.approx(h)
    assert row["p_value"] == pytest.approx(chi2.sf(h, 2)) and row["effect_size"] == pytest.approx(h / 11)
    with pytest.raises(cxlab.OptionError, match="test"):
        sq.compare_groups(scores.assign(group=groups), by="group", test="anova")


def test_games_howell_matches_the_studentized_range():
    # Games & Howell (1976): Welch t and df per pair, p = P(q > |t| √2) for k groups
    from scipy.stats import studentized_range

    d, e, p = _bank()
    scores = sq.by_dimension(sq.gaps(e, p))
    pairs = sq.posthoc(scores.assign(branch=d["branch"]), by="branch")
    assert len(pairs) == 5 * 3 and set(pairs.index.get_level_values("dimension")) == set(scores.columns)
    row = pairs.loc[("responsiveness", "B", "C")]
    b, c = (scores.loc[d["branch"] == g, "responsiveness"] for g in "BC")
    va, vb = b.var(ddof=1) / len(b), c.var(ddof=1) / len(c)
    t = (b.mean() - c.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (len(b) - 1) + vb**2 / (len(c) - 1))
    assert row["t"] == pytest.approx(t) and row["df"] == pytest.approx(df)
    empathy = pairs.loc[("empathy", "B", "C")]
    b, c = (scores.loc[d["branch"] == g, "empathy"] for g in "BC")
    va, vb = b.var(ddof=1) / len(b), c.var(ddof=1) / len(c)
    t = (b.mean() - c.mean()) / np.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / (len(b) - 1) + vb**2 / (len(c) - 1))
    assert empathy["p_value"] == pytest.approx(studentized_range.sf(abs(t) * np.sqrt(2), 3, df), rel=1e-3)
    assert row["p_value"] < 1e-6


def test_numbers_quoted_in_notebook_05_sections_4_and_5():
    d, e, p = _bank()
    check = sq.efa_diagnostics(p)
    assert round(check.kmo, 2) == 0.84 and check.bartlett_p < 0.001 and check.n_factors == 5
    sixth = check.table.loc[6]
    assert round(sixth["eigenvalue"], 2) == 0.54 and round(sixth["random_quantile"], 2) == 1.2
    responsiveness = sq.by_dimension(sq.gaps(e, p))[["responsiveness"]]
    pairs = sq.posthoc(responsiveness.assign(branch=d["branch"]), by="branch").loc["responsiveness"]
    assert (pairs.loc[[("A", "C"), ("B", "C")], "p_value"] < 0.001).all()
    assert pairs.loc[[("A", "C"), ("B", "C")], "diff"].round(1).tolist() == [0.7, 0.6]
    assert round(pairs.loc[("A", "B"), "p_value"], 2) == 0.58


def test_zone_scores_per_respondent():
    adequate = pd.DataFrame({"x": [4, 5, 3], "y": [4, 6, 4]}, index=["r1", "r2", "r3"])
    desired = pd.DataFrame({"x": [6, 4, 7], "y": [7, 7, 6]}, index=adequate.index)
    perceived = pd.DataFrame({"x": [5, 4, 2], "y": [3, 7, 5]}, index=adequate.index)
    z = sq.zone_scores(adequate, desired, perceived)
    assert z["msa"].tolist() == [0.0, 0.0, 0.0]  # (1 − 1)/2, (−1 + 1)/2, (−1 + 1)/2
    assert z["mss"].tolist() == [-2.5, 0.0, -3.0]
    assert z["below_adequate"].tolist() == [0.5, 0.5, 0.5]
    assert z["desired_below_adequate"].tolist() == [False, True, False]  # r2: x desired 4 < adequate 5
    assert z["inverted_columns"].tolist() == [0, 1, 0]
    with pytest.raises(sq.ZoneColumnsError):
        sq.zone_scores(adequate, desired, perceived.rename(columns={"y": "z"}))
    nine = sq.zone_scores(adequate + 2, desired + 2, perceived + 2, scale=(1, 9))
    assert nine["mss"].tolist() == z["mss"].tolist()


def test_efa_diagnostics_by_the_formulas():
    _, _, p = _bank()
    diag = sq.efa_diagnostics(p, reps=50)
    x = p.to_numpy(dtype=float)
    n, k = x.shape
    r = np.corrcoef(x, rowvar=False)
    assert diag.table["eigenvalue"].to_numpy() == pytest.approx(np.sort(np.linalg.eigvals(r).real)[::-1])
    # partial correlations the long way: correlate the residuals of items i and j regressed
    # on all the other items (Kaiser 1970's a_ij), then KMO = Σr² / (Σr² + Σa²) over i ≠ j
    centred = x - x.mean(axis=0)
    partial = np.eye(k)
    for i in range(k):
        for j in range(i + 1, k):
            rest = np.delete(centred, [i, j], axis=1)
            resid = centred[:, [i, j]] - rest @ np.linalg.lstsq(rest, centred[:, [i, j]], rcond=None)[0]
            partial[i, j] = partial[j, i] = np.corrcoef(resid, rowvar=False)[0, 1]
    off = ~np.eye(k, dtype=bool)
    kmo = (r[off] ** 2).sum() / ((r[off] ** 2).sum() + (partial[off] ** 2).sum())
    assert diag.kmo == pytest.approx(kmo) and 0.8 < diag.kmo < 0.9
    msa_t1 = (r[0, 1:] ** 2).sum() / ((r[0, 1:] ** 2).sum() + (partial[0, 1:] ** 2).sum())
    assert diag.items.loc["T1", "msa"] == pytest.approx(msa_t1)
    # Bartlett (1951)
    chi2 = -(n - 1 - (2 * k + 5) / 6) * np.log(np.linalg.det(r))
    assert diag.bartlett_chi2 == pytest.approx(chi2) and diag.bartlett_df == 231 and diag.bartlett_p < 1e-12
    # parallel analysis keeps the five designed dimensions
    assert diag.n_factors == 5 and diag.table["retain"].tolist()[:6] == [True] * 5 + [False]
    assert (diag.table["random_quantile"] >= diag.table["random_mean"]).all()
    assert sq.efa_diagnostics(p, reps=50).table.equals(diag.table)  # seeded
    noise = pd.DataFrame(np.random.default_rng(1).normal(size=(300, 6)), columns=list("abcdef"))
    assert sq.efa_diagnostics(noise, reps=50).n_factors == 0 and sq.efa_diagnostics(noise, reps=50).kmo < 0.6


def test_cfa_is_optional():
    _, _, p = _bank()
    try:
        import semopy  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="research"):
            sq.cfa(p)
        pytest.skip("semopy not installed (optional extra: research)")
    stats = sq.cfa(p)
    assert float(stats.loc["CFI"].iloc[0]) > 0.9


def test_internal_variant_is_a_first_class_instrument():
    items = sq.instrument(variant="internal", language="en")
    assert len(items) == 15 and items["dimension"].value_counts().eq(3).all()
    d = cxlab.load_dataset("servqual_internal")
    e = d.filter(regex="^E_").rename(columns=lambda c: c[2:])
    p = d.filter(regex="^P_").rename(columns=lambda c: c[2:])
    gaps = sq.by_dimension(sq.gaps(e, p, dimensions=items), dimensions=items)
    by_function = gaps.groupby(d["function"]).mean()
    assert by_function.idxmin(axis=1).loc[["IT", "finance", "logistics"]].tolist() == [
        "responsiveness", "empathy", "reliability"]
    assert by_function.mean(axis=1).idxmax() == "HR"
    with pytest.raises(cxlab.OptionError, match="variant"):
        sq.instrument(variant="2005")


def test_item_plot_shows_expectation_above_perception():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    _, e, p = _bank()
    ax = sq.plot_items(e, p)
    try:
        e_dots, p_dots = (c.get_offsets()[:, 0] for c in ax.collections[1:3])
        assert len(e_dots) == 22 and (e_dots > p_dots).all()
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["期望", "感知"]
    finally:
        plt.close("all")


def test_alpha_on_a_published_dataset():
    # Real Statistics Using Excel, Cronbach's alpha example (real-statistics.com; shipped with
    # pingouin as the "cronbach_alpha" dataset): published alpha = 0.592.
    import pingouin as pg

    long = pg.read_dataset("cronbach_alpha")
    wide = long.pivot(index="Subj", columns="Items", values="Scores")
    table = sq.reliability(wide, dimensions={c: "all" for c in wide.columns}, level=0.95)
    assert table.loc["all", "alpha"] == pytest.approx(0.592, abs=5e-4)
    k = wide.shape[1]
    by_formula = k / (k - 1) * (1 - wide.var(ddof=1).sum() / wide.sum(axis=1).var(ddof=1))
    assert table.loc["all", "alpha"] == pytest.approx(by_formula)
