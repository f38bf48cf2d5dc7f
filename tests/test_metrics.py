"""NPS, CSAT, CES and tickets: formulas checked on independently derived numbers."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import metrics


def test_wald_variance_with_the_covariance_term():
    # 50 promoters, 30 passives, 20 detractors: Var(p − d) = [(0.5 + 0.2) − 0.3²] / 100 = 0.0061,
    # se = 100·√0.0061 = 7.8102 points (derived by hand from the multinomial variance).
    r = metrics.nps_from_counts(50, 30, 20, method="wald")
    assert r.value == 30 and r.se == pytest.approx(7.81025, abs=1e-4)
    assert (r.ci_low, r.ci_high) == pytest.approx((30 - 1.959964 * 7.81025, 30 + 1.959964 * 7.81025))


def test_adjusted_wald_on_a_small_sample():
    # Rocks (2016): n' = 10 + 3, p' = 8.75/13, d' = 1.75/13; centre 53.846, se = 100·√(0.51775/13).
    r = metrics.nps_from_counts(8, 1, 1)
    p, d = 8.75 / 13, 1.75 / 13
    se = 100 * math.sqrt(((p + d) - (p - d) ** 2) / 13)
    assert r.value == 70 and r.method == "adjusted_wald" and r.se == pytest.approx(se)
    assert r.ci_low == pytest.approx(100 * (p - d) - 1.959964 * se, abs=1e-4)
    assert r.ci_high == pytest.approx(min(100, 100 * (p - d) + 1.959964 * se), abs=1e-4)
    wald = metrics.nps_from_counts(8, 1, 1, method="wald")
    assert wald.ci_high == 100  # plain Wald runs past 100 and is clipped


def test_two_group_comparison_keeps_the_sign():
    # se = √(7.8102² + 7.7460²) = 11.0; z = 30/11 = 2.7273; two-sided p = 0.00639
    a, b = metrics.nps_from_counts(50, 30, 20), metrics.nps_from_counts(30, 40, 30)
    ab, ba = metrics.compare_nps(a, b, method="wald"), metrics.compare_nps(b, a, method="wald")
    assert ab.diff == 30 and ab.se == pytest.approx(11.0) and ab.z == pytest.approx(30 / 11)
    assert ab.p_value == pytest.approx(0.006386, abs=1e-5)
    assert ba.diff == -30 and ba.z == pytest.approx(-30 / 11) and ba.ci_high < 0


def test_compare_accepts_raw_scores():
    a, b = [10] * 5 + [0] * 5, [8] * 10
    c = metrics.compare_nps(a, b, method="wald")
    assert c.diff == 0 and c.se == pytest.approx(100 * math.sqrt(1 / 10))


def _adjusted(promoters, passives, detractors):
    # Lewis & Sauro (2021) / Rocks (2016): n + 3, promoters + 3/4, detractors + 3/4
    n = promoters + passives + detractors + 3
    p, d = (promoters + 0.75) / n, (detractors + 0.75) / n
    return 100 * (p - d), 100 ** 2 * ((p + d) - (p - d) ** 2) / n


def test_adjusted_wald_difference_is_the_default():
    # independent recomputation of the adjusted-Wald difference from the published recipe
    (ca, va), (cb, vb) = _adjusted(50, 30, 20), _adjusted(30, 40, 30)
    se = math.sqrt(va + vb)
    c = metrics.compare_nps(metrics.nps_from_counts(50, 30, 20), metrics.nps_from_counts(30, 40, 30))
    assert c.method == "adjusted_wald" and c.diff == 30
    assert c.centre == pytest.approx(ca - cb) and c.se == pytest.approx(se)
    assert c.z == pytest.approx((ca - cb) / se)
    assert (c.ci_low, c.ci_high) == pytest.approx((ca - cb - 1.959964 * se, ca - cb + 1.959964 * se),
                                                  abs=1e-4)


def test_all_promoters_against_all_detractors_is_significant():
    from scipy.stats import fisher_exact

    exact = fisher_exact([[10, 0], [0, 10]]).pvalue  # 2 / C(20, 10) = 1.08e-5
    assert exact == pytest.approx(2 / math.comb(20, 10))
    c = metrics.compare_nps([10] * 10, [0] * 10)
    (ca, va), (cb, vb) = _adjusted(10, 0, 0), _adjusted(0, 0, 10)
    assert c.z == pytest.approx((ca - cb) / math.sqrt(va + vb)) and c.z == pytest.approx(7.2474, abs=1e-4)
    assert c.p_value < exact < 0.05 and c.ci_low > 100  # significant, as the exact test says
    wald = metrics.compare_nps([10] * 10, [0] * 10, method="wald")  # the old numbers, kept
    assert (wald.z, wald.p_value, wald.ci_low, wald.ci_high) == (0, 1, 200, 200)
    with pytest.raises(cxlab.OptionError, match="method"):
        metrics.compare_nps([10], [0], method="bootstrap")


def test_a_single_promoter_reports_the_centre_of_its_interval():
    # Rocks (2016) for n = 1 promoter: p' = 1.75/4, d' = 0.75/4, centre 25, se = 100·√(0.5625/4)
    r = metrics.nps([10])
    assert r.value == 100 and r.centre == 25 and r.se == pytest.approx(37.5)
    assert (r.ci_low, r.ci_high) == pytest.approx((25 - 1.959964 * 37.5, 25 + 1.959964 * 37.5), abs=1e-4)
    assert not r.ci_low <= r.value <= r.ci_high and r.ci_low <= r.centre <= r.ci_high
    assert metrics.nps([10], method="wald").centre == 100


def test_csat_top_must_leave_a_box_below():
    assert metrics.csat([5, 4, 3, 1], top=2).value == 0.5
    assert metrics.csat([5, 4, 3, 1], top=4).value == 0.75
    for top in (0, 5, 6):
        with pytest.raises(cxlab.OptionError, match="top"):
            metrics.csat([5, 4, 3], top=top)
    with pytest.raises(cxlab.OptionError, match="scale"):
        metrics.csat([1], scale=1, top=1)


def test_share_comparison_se_is_the_one_the_score_test_uses():
    # Miettinen-Nurminen score test, 30/40 vs 20/40: pooled 0.625, var = 0.625·0.375·(2/40)·80/79
    a, b = metrics.csat_from_counts(30, 40), metrics.csat_from_counts(20, 40)
    c = metrics.compare_shares(a, b)
    se = math.sqrt(0.625 * 0.375 * (2 / 40) * 80 / 79)
    assert c.se == pytest.approx(se) and c.z == pytest.approx(0.25 / se)
    assert c.diff / c.se == pytest.approx(c.z)


def test_hundred_percent_against_hundred_percent_has_no_difference():
    from scipy.stats import fisher_exact

    full = metrics.csat_from_counts(10, 10)
    c = metrics.compare_shares(full, metrics.csat_from_counts(12, 12))  # runs under filterwarnings=error
    exact = fisher_exact([[10, 0], [12, 0]]).pvalue
    assert (c.diff, c.se, c.z, c.p_value) == (0, 0, 0, 1) == (0, 0, 0, exact)
    assert c.ci_low < 0 < c.ci_high
    empty = metrics.compare_shares(metrics.csat_from_counts(0, 10), metrics.csat_from_counts(0, 5))
    assert empty.p_value == 1 and not math.isnan(empty.ci_low)


def test_wilson_interval_for_a_csat_example():
    # Wilson (1927) for 169 of 240: centre (x + z²/2)/(n + z²) ± z·√(p(1−p)/n + z²/4n²)/(1 + z²/n)
    z, n, x = 1.959964, 240, 169
    p = x / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    r = metrics.csat_from_counts(169, 240)
    assert (r.ci_low, r.ci_high) == pytest.approx((centre - half, centre + half), abs=1e-6)
    survey = cxlab.load_dataset("intro_survey")
    assert metrics.csat(survey["csat"]).count == 169
    # all (or none) satisfied: the limit at the boundary is exactly 1 (0), not 1 − 2e-16
    assert metrics.csat_from_counts(2000, 2000).ci_high == 1 and metrics.csat_from_counts(0, 2000).ci_low == 0


def test_sample_size_for_a_margin():
    # worst case p = d = 0.5: n = 1.96² · 1 / 0.05² = 1536.6 → 1537
    assert metrics.nps_sample_size(5) == 1537
    assert metrics.nps_sample_size(5, promoters=0.4, detractors=0.2) == math.ceil(
        1.959964 ** 2 * (0.6 - 0.04) / 0.05 ** 2)
    for shares in ((0.7, 0.5), (-0.1, 0.2), (1.2, 0)):
        with pytest.raises(cxlab.OptionError, match="promoters"):
            metrics.nps_sample_size(5, promoters=shares[0], detractors=shares[1])
    with pytest.raises(cxlab.OptionError, match="margin"):
        metrics.nps_sample_size(0)


def test_ces_variants_point_the_right_way():
    easy = metrics.ces([7, 6, 5, 2], variant="ces2")
    assert easy.low_effort.value == 0.75 and "CES 2.0" in easy.mean.label
    hard = metrics.ces([1, 2, 5, 4], variant="ces1")
    assert hard.low_effort.value == 0.5 and "CES 原始版" in hard.mean.label
    with pytest.raises(cxlab.InvalidValueError, match="ces"):
        metrics.ces([6], variant="ces1")


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 300), st.integers(0, 300), st.integers(0, 300),
       st.sampled_from(metrics.NPS_METHODS))
def test_nps_invariants(p, a, d, method):
    if p + a + d == 0:
        return
    r = metrics.nps_from_counts(p, a, d, method=method, reps=300)
    assert -100 <= r.ci_low <= r.ci_high <= 100 and -100 <= r.value <= 100
    if method != "bootstrap":
        assert r.ci_low - 1e-9 <= r.value <= r.ci_high + 1e-9 or p + a + d < 10
        assert r.ci_low - 1e-9 <= r.centre <= r.ci_high + 1e-9
    raw = [10] * p + [7] * a + [3] * d
    assert metrics.nps(raw, method="wald").value == pytest.approx(r.value)


def test_scores_accept_chinese_exports_and_refuse_the_rest():
    assert metrics.scores(pd.Series(["9", "９", "10分", " 7 ", None]), low=0, high=10).tolist()[:4] == \
        [9, 9, 10, 7]
    with pytest.raises(cxlab.InvalidValueError) as err:
        metrics.nps(pd.Series(["9", "十", "11", "8.5"], name="推荐意愿"))
    assert err.value.rows == [1, 2, 3] and "推荐意愿" in str(err.value)


def test_empty_groups_are_named():
    with pytest.raises(metrics.EmptyGroupError):
        metrics.nps([None, None])
    with pytest.raises(metrics.EmptyGroupError):
        metrics.csat_from_counts(0, 0)
    with pytest.raises(cxlab.OptionError, match="method"):
        metrics.nps([9], method="exact")


def test_by_period_adjusts_for_the_many_comparisons():
    data = cxlab.load_dataset("cx_monthly")
    monthly = metrics.by_period(data, metric="nps")
    assert len(monthly) == 24 and not monthly["real_change"].any()  # noise month to month
    assert monthly.index.name == "period" and monthly.index[0] == "2025-01"
    assert monthly.attrs["correction"] == "holm"
    web = data.assign(kind=np.where(data["channel"].isin(["online", "app"]), "web", "other"))
    raw = metrics.by_period(web, metric="nps", period="Q", by="kind", correction=None)
    hit = raw[raw["real_change"]]  # unadjusted: one of 14 comparisons passes p < 0.05
    assert list(hit.index) == [("web", "2026Q2")] and raw.index.names == ["kind", "period"]
    # a group's periods together
    assert list(raw.index.get_level_values("kind")) == ["other"] * 8 + ["web"] * 8
    assert hit["change"].iloc[0] < -10 and hit["change_p"].iloc[0] == pytest.approx(0.0248, abs=1e-4)
    quarterly = metrics.by_period(web, metric="nps", period="Q", by="kind")
    # Holm (1979) by hand: sort the 14 p-values, multiply the i-th smallest by 14 − i, keep monotone
    p = quarterly["change_p"].dropna().sort_values()
    holm = np.minimum(1, np.maximum.accumulate(p.to_numpy() * np.arange(len(p), 0, -1)))
    assert len(p) == 14 and quarterly.loc[p.index, "change_p_adjusted"].to_numpy() == pytest.approx(holm)
    assert not quarterly["real_change"].any()
    assert quarterly.loc[("web", "2026Q2"), "change_p_adjusted"] == pytest.approx(0.0248 * 14, abs=2e-3)
    csat = metrics.by_period(data, metric="csat", period="Q")
    assert csat["value"].between(0, 100).all() and (csat["ci_low"] <= csat["value"]).all()


def test_by_period_against_a_baseline_period():
    data = cxlab.load_dataset("cx_monthly")
    web = data[data["channel"].isin(["online", "app"])]
    table = metrics.by_period(web, metric="nps", period="Q", baseline="2026Q1", correction=None)
    base = table.loc["2026Q1"]
    assert table["compared_with"].dropna().eq("2026Q1").all() and table["change_p"].notna().sum() == 7
    q3 = table.loc["2026Q3"]
    assert q3["change"] == pytest.approx(q3["value"] - base["value"])
    direct = metrics.compare_nps(web.loc[web["date"].between("2026-07-01", "2026-09-30 23:59"), "recommend"],
                                 web.loc[web["date"].between("2026-01-01", "2026-03-31 23:59"), "recommend"])
    assert q3["change_p"] == pytest.approx(direct.p_value)
    with pytest.raises(cxlab.OptionError, match="baseline"):
        metrics.by_period(web, metric="nps", period="Q", baseline="2030Q1")
    with pytest.raises(cxlab.OptionError, match="correction"):
        metrics.by_period(web, metric="nps", correction="sidak")


def test_an_empty_period_is_a_row_with_n_zero():
    data = pd.DataFrame({"date": ["2026-01-05"] * 3 + ["2026-02-10"] * 2 + ["2026-04-01"] * 3,
                         "recommend": [10, 9, 3, None, None, 10, 10, 0],
                         "channel": ["app", "app", "store", "app", "app", "app", "store", "store"]})
    table = metrics.by_period(data, metric="nps")
    assert list(table.index) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert list(table["n"]) == [3, 0, 0, 3] and table["value"].isna().tolist() == [False, True, True, False]
    assert table.loc["2026-04", "compared_with"] == "2026-01"  # the last period with answers
    by = metrics.by_period(data, metric="nps", by="channel")
    assert len(by) == 8 and by.loc[("store", "2026-02"), "n"] == 0
    groups = metrics.by_group(data.assign(channel=pd.Categorical(data["channel"], ["app", "phone", "store"])),
                              metric="nps", by="channel")
    assert list(groups["n"]) == [3, 0, 3] and np.isnan(groups.loc["phone", "value"])
    with pytest.raises(cxlab.InvalidValueError, match="date"):
        metrics.by_period(data.assign(date=[None, *data["date"][1:]]), metric="nps")


def test_trend_is_the_least_squares_slope_on_the_answers():
    import statsmodels.api as sm

    data = cxlab.load_dataset("cx_monthly")
    data = data[data["channel"].isin(["online", "app"]) & (data["date"] >= "2026-01-01")]
    out = metrics.trend(data, metric="nps", period="Q").loc["all"]
    # independent: OLS of each answer's −100/0/100 score on the quarter number (0..3)
    score = np.select([data["recommend"] >= 9, data["recommend"] >= 7], [100, 0], -100)
    x = pd.to_datetime(data["date"]).dt.quarter - 1
    fit = sm.OLS(score, sm.add_constant(x.to_numpy(float))).fit()
    assert out["slope"] == pytest.approx(fit.params[1]) and out["se"] == pytest.approx(fit.bse[1])
    assert out["p_value"] == pytest.approx(fit.pvalues[1]) and out["p_value"] < 0.01
    assert out["n"] == len(data) and out["periods"] == 4
    share = metrics.trend(data, metric="csat", period="Q").loc["all"]
    fit = sm.OLS(100.0 * (data["csat"] >= 4).to_numpy(), sm.add_constant(x.to_numpy(float))).fit()
    assert share["slope"] == pytest.approx(fit.params[1]) and share["t"] == pytest.approx(fit.tvalues[1])
    one = metrics.trend(data[data["date"] < "2026-02-01"], metric="nps", period="M").loc["all"]
    assert one["periods"] == 1 and np.isnan(one["slope"])


def test_tickets_targets_and_bad_times():
    log = pd.DataFrame({"created": ["2026-01-01 00:00"] * 3,
                        "first_response": ["2026-01-01 10:00", "2026-01-02 06:00", "2026-01-01 01:00"],
                        "resolved": ["2026-01-02 00:00", None, "2026-01-05 00:00"],
                        "channel": ["app", "app", "phone"]})
    out = metrics.tickets(log, by="channel")
    assert list(out.index) == ["app", "phone"] and out.index.name == "channel"
    assert out.loc["app", "answered_in_time"] == 0.5 and out.loc["app", "open"] == 1
    assert out.loc["phone", "resolved_in_time"] == 0  # 96 h > 72 h
    assert out.attrs["as_of"] == pd.Timestamp("2026-01-05 00:00")  # the latest stamp by default
    bad = log.assign(resolved=["2025-12-31 00:00", None, None])
    with pytest.raises(cxlab.InvalidValueError, match="resolved"):
        metrics.tickets(bad)
    with pytest.raises(cxlab.InvalidValueError, match="created"):
        metrics.tickets(log, as_of="2025-12-31")


def _kaplan_meier(hours, done):
    """Product-limit estimate by hand (Kaplan & Meier 1958): S(t) = Π (1 − d_i / r_i)."""
    times = np.unique(hours[done])
    at_risk = np.array([(hours >= t).sum() for t in times])
    events = np.array([((hours == t) & done).sum() for t in times])
    return times, np.cumprod(1 - events / at_risk)


def test_open_tickets_are_censored_not_dropped():
    # the toy: 3 resolved at 10/20/30 h, 3 still open at 30 h; the closed-only median is 20 h
    closed = ["2026-01-01 10:00", "2026-01-01 20:00", "2026-01-02 06:00"]
    log = pd.DataFrame({"created": ["2026-01-01 00:00"] * 6, "first_response": ["2026-01-01 01:00"] * 6,
                        "resolved": [*closed, None, None, None]})
    out = metrics.tickets(log, as_of="2026-01-02 06:00").loc["all"]
    times, surv = _kaplan_meier(np.array([10, 20, 30, 30, 30, 30.0]), np.array([1, 1, 1, 0, 0, 0], bool))
    assert surv.tolist() == pytest.approx([5 / 6, 4 / 6, 3 / 6])  # never below 1/2: median not reached
    assert np.isnan(out["resolution_p50_h"]) and out["open"] == 3
    assert out["resolved_due"] == 0 and np.isnan(out["resolved_in_time"])  # nobody is past 72 h yet
    # one more resolution at 40 h: S falls to 2/6 at 40 h, so the median is 40 h (closed-only: 25 h)
    log.loc[3, "resolved"] = "2026-01-02 16:00"
    out = metrics.tickets(log, as_of="2026-01-02 16:00").iloc[0]
    times, surv = _kaplan_meier(np.array([10, 20, 30, 40, 40, 40.0]), np.array([1, 1, 1, 1, 0, 0], bool))
    assert out["resolution_p50_h"] == times[np.argmax(surv < 0.5)] == 40
    assert np.isnan(out["resolution_p80_h"])


def test_only_tickets_past_their_deadline_count_for_the_target():
    log = pd.DataFrame({"created": ["2026-01-01 00:00", "2026-01-01 00:00", "2026-01-03 00:00",
                                    "2026-01-03 12:00"],
                        "first_response": ["2026-01-01 02:00"] * 2 + ["2026-01-03 01:00", None],
                        "resolved": ["2026-01-02 00:00", None, None, None]})
    out = metrics.tickets(log, as_of="2026-01-04 06:00").iloc[0]
    # due for the 72 h target: the two tickets of 1 January (one resolved in 24 h, one still open)
    assert out["resolved_due"] == 2 and out["resolved_in_time"] == 0.5
    # due for the 24 h answer: tickets 1-3 (all answered in time); ticket 4 has 6 h left
    assert out["answered_due"] == 3 and out["answered_in_time"] == 1
    old = 1 / 4  # the old rule counted the two open, not-yet-due tickets as failures
    assert out["resolved_in_time"] != old


def test_by_group_matches_direct_estimates_and_plots():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = cxlab.load_dataset("cx_monthly")
    table = metrics.by_group(data, metric="nps", by="channel")
    direct = metrics.nps(data.loc[data["channel"] == "phone", "recommend"])
    assert table.loc["phone", "value"] == pytest.approx(direct.value)
    assert table.loc["phone", "ci_low"] == pytest.approx(direct.ci_low)
    ax = metrics.plot_groups(table, metric="nps", labels=cxlab.i18n.labels("channel"))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["App", "线上", "电话", "门店"]
    plt.close("all")


def test_drivers_recover_the_generating_weights_in_order():
    # the generator weights delivery 0.35 > service 0.25 > installation 0.2 > website 0.1
    d = metrics.drivers(cxlab.load_dataset("cx_monthly"))
    assert list(d.index) == ["rating_delivery", "rating_service", "rating_install", "rating_website"]
    assert (d["vif"] < 5).all() and (d["ci_low"] < d["beta"]).all() and (d["p_value"] < 0.001).all()
    assert d["n"].iloc[0] == 5341
    with pytest.raises(cxlab.MissingColumnError, match="rating_speed"):
        metrics.drivers(cxlab.load_dataset("cx_monthly"), attributes=["rating_speed"])


def test_shapley_importance_matches_the_average_over_every_order():
    # Lindeman, Merenda & Gold (1980): average the R² gained by each attribute over all p! orders
    # of entry, each R² from a statsmodels OLS fit, an algorithm independent of the subset weights
    import itertools

    import statsmodels.api as sm

    data = cxlab.load_dataset("cx_monthly").iloc[:600]
    attributes = ["rating_delivery", "rating_service", "rating_install", "rating_website"]

    def r2(columns):
        if not columns:
            return 0.0
        return sm.OLS(data["recommend"], sm.add_constant(data[list(columns)])).fit().rsquared

    cache = {frozenset(c): r2(c) for k in range(5) for c in itertools.combinations(attributes, k)}
    gains = dict.fromkeys(attributes, 0.0)
    orders = list(itertools.permutations(attributes))
    for order in orders:
        for i, a in enumerate(order):
            gains[a] += (cache[frozenset(order[: i + 1])] - cache[frozenset(order[:i])]) / len(orders)
    d = metrics.drivers(data, attributes=attributes)
    assert d["shapley"].to_dict() == pytest.approx(gains, abs=1e-10)
    assert d["shapley"].sum() == pytest.approx(d["r_squared"].iloc[0])
    assert d["shapley_share"].sum() == pytest.approx(1)


def test_shapley_of_uncorrelated_attributes_is_their_squared_correlation():
    x = np.array([[1, 1], [1, -1], [-1, 1], [-1, -1]] * 5, dtype=float)  # orthogonal columns
    frame = pd.DataFrame({"rating_a": x[:, 0], "rating_b": x[:, 1],
                          "recommend": 2 * x[:, 0] + x[:, 1] + np.tile([0.5, -0.5, -0.5, 0.5], 5)})
    d = metrics.drivers(frame)
    assert d["shapley"].to_numpy() == pytest.approx(d["correlation"].to_numpy() ** 2)
    with pytest.raises(cxlab.OptionError, match="attributes"):
        wide = pd.DataFrame(np.ones((3, 14)), columns=["recommend", *(f"rating_{i}" for i in range(13))])
        metrics.drivers(wide)


def test_csat_margin_sample_size():
    # Cochran (1977): n = z²·p(1 − p)/e²; 0.5 ± 0.05 → 384.1 → 385; 0.8 ± 0.03 → 682.9 → 683
    assert metrics.csat_sample_size(0.05) == 385 == math.ceil(1.959964 ** 2 * 0.25 / 0.05 ** 2)
    assert metrics.csat_sample_size(0.03, share=0.8) == math.ceil(1.959964 ** 2 * 0.16 / 0.03 ** 2) == 683
    with pytest.raises(cxlab.OptionError, match="margin"):
        metrics.csat_sample_size(5)


def test_nps_difference_sample_size_gives_its_power_in_simulation():
    a, b = (0.45, 0.20), (0.35, 0.25)  # NPS 25 against 10
    n = metrics.nps_sample_size_difference(a, b)
    va, vb = 0.65 - 0.25 ** 2, 0.60 - 0.10 ** 2
    assert n == math.ceil((va + vb) * (1.959964 + 0.841621) ** 2 / 0.15 ** 2 - 3)
    # independent check: simulate the adjusted-Wald test of compare_nps at n per group
    rng = np.random.default_rng(7)
    reps = 4000
    ca = rng.multinomial(n, [a[0], 1 - sum(a), a[1]], size=reps)
    cb = rng.multinomial(n, [b[0], 1 - sum(b), b[1]], size=reps)

    def adjusted(c):
        p, d = (c[:, 0] + 0.75) / (n + 3), (c[:, 2] + 0.75) / (n + 3)
        return p - d, ((p + d) - (p - d) ** 2) / (n + 3)

    (xa, wa), (xb, wb) = adjusted(ca), adjusted(cb)
    power = np.mean(np.abs(xa - xb) / np.sqrt(wa + wb) > 1.959964)
    assert 0.77 < power < 0.83
    assert metrics.nps_sample_size_difference(a, b, alternative="one-sided") < n
    with pytest.raises(cxlab.OptionError):
        metrics.nps_sample_size_difference((0.7, 0.5), b)


def test_an_empty_ticket_log_is_an_empty_table_not_a_crash():
    log = cxlab.load_dataset("cx_tickets").iloc[:0]
    grouped = metrics.tickets(log, by="channel")
    assert len(grouped) == 0 and grouped.index.name == "channel" and "resolved_in_time" in grouped
    whole = metrics.tickets(log).loc["all"]
    assert whole["tickets"] == 0 and np.isnan(whole["resolved_in_time"])


def test_metrics_group_by_one_column_given_as_a_name_or_a_list_of_one():
    data = cxlab.load_dataset("cx_monthly")
    one = metrics.by_period(data, metric="nps", period="Q", by="channel")
    assert one.equals(metrics.by_period(data, metric="nps", period="Q", by=["channel"]))
    assert metrics.by_group(data, by=["channel"]).equals(metrics.by_group(data, by="channel"))
    with pytest.raises(cxlab.OptionError) as err:
        metrics.by_period(data.assign(half=data["date"].dt.month > 6), metric="nps", by=["channel", "half"])
    assert "channel, half" in err.value.message("en") and "合并成一列" in err.value.message("zh")
