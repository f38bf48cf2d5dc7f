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
    zh, en = sq.instrument("zh"), sq.instrument("en")
    assert len(zh) == 22 and zh["dimension"].value_counts().to_dict() == {
        "reliability": 5, "empathy": 5, "tangibles": 4, "responsiveness": 4, "assurance": 4}
    assert set(zh["dimension_name"]) == {"有形性", "可靠性", "响应性", "保证性", "移情性"}
    assert (zh["wording"] != en["wording"]).all() and en["wording"].str.len().min() > 10


def test_gaps_dimension_means_and_the_unweighted_score_by_hand():
    # Two respondents. Item gaps t: (−1, −2), (0, −1) → tangibles (−1.5, −0.5), mean −1;
    # r: (−3, −1), (−2, −1) → reliability (−2, −1.5), mean −1.75; overall (−1 − 1.75)/2 = −1.375
    e = pd.DataFrame({"t1": [6, 5], "t2": [7, 6], "r1": [7, 6], "r2": [6, 7]})
    p = pd.DataFrame({"t1": [5, 5], "t2": [5, 5], "r1": [4, 4], "r2": [5, 6]})
    table = sq.summarize(e, p, dimensions=DIMS).set_index("dimension")
    assert table.loc["tangibles", "gap"] == -1 and table.loc["reliability", "gap"] == -1.75
    assert table.loc["overall", "gap"] == -1.375  # mean of the dimension gaps
    assert sq.overall_score({"tangibles": -1, "reliability": -1.75}) == -1.375
    # weighted: 25 and 75 points → (−1 × 25 + −1.75 × 75) / 100 = −1.5625
    assert sq.overall_score({"tangibles": -1, "reliability": -1.75},
                            {"tangibles": 25, "reliability": 75}) == -1.5625
    with pytest.raises(sq.AllocationError):
        sq.overall_score({"tangibles": -1, "reliability": -1.75}, {"tangibles": 30, "reliability": 75})


def test_paired_test_matches_scipy_and_the_interval_contains_the_gap():
    from scipy import stats

    _, e, p = _bank()
    table = sq.summarize(e, p).set_index("dimension")
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
    g = sq.gaps(e, p, DIMS)
    assert (g.to_numpy() == (p - e).to_numpy()).all()
    dims = sq.by_dimension(g, DIMS).mean()
    assert sq.overall_score(dims, {"tangibles": 50, "reliability": 50}) == pytest.approx(
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
    g = sq.gaps(e, p, {"t1": "tangibles", "t2": "tangibles"}, reverse=["t2"])
    assert g.loc[0, "t2"] == (8 - 3) - (8 - 2)


def test_bad_input_is_named():
    e = pd.DataFrame({"t1": [6, 9], "t2": [7, 6], "r1": [7, 6], "r2": [6, 7]})
    p = pd.DataFrame({"t1": [5, 5], "t2": [5, 5], "r1": [4, None], "r2": [5, 5]})
    with pytest.raises(cxlab.InvalidValueError, match="t1"):
        sq.summarize(e, p.fillna(4), dimensions=DIMS)
    with pytest.raises(cxlab.InvalidValueError, match="r1"):
        sq.summarize(e.assign(t1=[6, 6]), p, dimensions=DIMS)
    with pytest.raises(sq.ItemMismatchError, match="r2"):
        sq.gaps(e.assign(t1=[6, 6]), p.drop(columns="r2").fillna(4), DIMS)
    with pytest.raises(cxlab.MissingColumnError, match="T1"):
        sq.summarize(e, p)  # the standard instrument's items are not in these columns
    with pytest.raises(sq.OneItemError, match="solo"):
        sq.reliability(p.fillna(4), {"t1": "solo", "t2": "pair", "r1": "pair"})


def test_reliability_matches_the_alpha_formula():
    _, _, p = _bank()
    items = [f"R{i}" for i in range(1, 6)]
    x = p[items]
    k = len(items)
    alpha = k / (k - 1) * (1 - x.var(ddof=1).sum() / x.sum(axis=1).var(ddof=1))
    table = sq.reliability(p).set_index("dimension")
    assert table.loc["reliability", "alpha"] == pytest.approx(alpha)
    assert (table["alpha"] > 0.8).all() and (table["ci_low"] < table["alpha"]).all()


def test_zone_of_tolerance_positions():
    adequate = pd.DataFrame({"a": [4, 4], "b": [4, 4], "c": [4, 4]})
    desired = pd.DataFrame({"a": [6, 6], "b": [6, 6], "c": [6, 6]})
    perceived = pd.DataFrame({"a": [3, 3.5], "b": [5, 5], "c": [6.5, 7]})
    zone = sq.zone_of_tolerance(adequate, desired, perceived)
    assert zone["position"].tolist() == ["低于可接受", "容忍区间内", "超出理想"]
    assert zone.loc["a", "adequacy_gap"] == -0.75 and zone.loc["c", "superiority_gap"] == 0.75
    assert (zone["width"] == 2).all()


def test_ipa_quadrants_and_crosshairs():
    table = sq.ipa(pd.Series({"x": 6.5, "y": 6.5, "z": 3.0, "w": 3.0}),
                   pd.Series({"x": 6.0, "y": 3.0, "z": 3.0, "w": 6.0}), centre="midpoint")
    assert table["quadrant"].to_dict() == {"x": "keep", "y": "concentrate", "z": "low", "w": "overkill"}
    assert table.attrs["crosshairs"] == (4.0, 4.0)
    with pytest.raises(cxlab.OptionError, match="centre"):
        sq.ipa(pd.Series({"x": 1.0}), pd.Series({"x": 1.0}), centre="median")


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


def test_group_comparison_picks_the_test_and_finds_branch_c():
    d, e, p = _bank()
    scores = sq.by_dimension(sq.gaps(e, p))
    three = sq.compare_groups(scores, d["branch"]).set_index("dimension")
    assert (three["test"] == "Welch ANOVA").all()
    assert three.loc["responsiveness", "p_value"] < 1e-6 and three.loc["reliability", "p_value"] > 0.05
    assert three.loc["responsiveness", "mean_C"] < three.loc["responsiveness", "mean_A"] - 0.5
    two = sq.compare_groups(scores, d["branch"].replace({"C": "B"})).set_index("dimension")
    assert (two["test"] == "Welch t").all() and two["effect"].eq("hedges g").all()
    with pytest.raises(cxlab.InvalidValueError):
        sq.compare_groups(scores, d["branch"].where(d["branch"] != "A"))
    # numbers quoted in notebook 05, section 5: only responsiveness survives Holm's correction
    holm = sq.compare_groups(scores, d["branch"], correction="holm").set_index("dimension")
    assert holm.loc["responsiveness", "p_adjusted"] < 0.001
    assert round(holm.loc["empathy", "p_value"], 3) == 0.019
    assert round(holm.loc["empathy", "p_adjusted"], 3) == 0.077
    assert (holm["p_adjusted"] >= holm["p_value"]).all()
    assert (holm.drop("responsiveness")["p_adjusted"] > 0.05).all()
    with pytest.raises(cxlab.OptionError, match="holm"):
        sq.compare_groups(scores, d["branch"], correction="tukey")
    with pytest.raises(cxlab.TooFewGroupsError, match="branch"):
        sq.compare_groups(scores, d["branch"].str.replace(r"[BC]", "A", regex=True))


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
    items = sq.instrument(variant="internal", lang="en")
    assert len(items) == 15 and items["dimension"].value_counts().eq(3).all()
    d = cxlab.load_dataset("servqual_internal")
    e = d.filter(regex="^E_").rename(columns=lambda c: c[2:])
    p = d.filter(regex="^P_").rename(columns=lambda c: c[2:])
    by_function = sq.by_dimension(sq.gaps(e, p, items), items).groupby(d["function"]).mean()
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
    table = sq.reliability(wide, {c: "all" for c in wide.columns}, level=0.95)
    assert table.loc[0, "alpha"] == pytest.approx(0.592, abs=5e-4)
    k = wide.shape[1]
    by_formula = k / (k - 1) * (1 - wide.var(ddof=1).sum() / wide.sum(axis=1).var(ddof=1))
    assert table.loc[0, "alpha"] == pytest.approx(by_formula)
