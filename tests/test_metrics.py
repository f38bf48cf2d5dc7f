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
    ab, ba = metrics.compare_nps(a, b), metrics.compare_nps(b, a)
    assert ab.diff == 30 and ab.se == pytest.approx(11.0) and ab.z == pytest.approx(30 / 11)
    assert ab.p_value == pytest.approx(0.006386, abs=1e-5)
    assert ba.diff == -30 and ba.z == pytest.approx(-30 / 11) and ba.ci_high < 0


def test_compare_accepts_raw_scores():
    a, b = [10] * 5 + [0] * 5, [8] * 10
    c = metrics.compare_nps(a, b)
    assert c.diff == 0 and c.se == pytest.approx(100 * math.sqrt(1 / 10))


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


def test_sample_size_for_a_margin():
    # worst case p = d = 0.5: n = 1.96² · 1 / 0.05² = 1536.6 → 1537
    assert metrics.nps_sample_size(5) == 1537
    assert metrics.nps_sample_size(5, promoters=0.4, detractors=0.2) == math.ceil(
        1.959964 ** 2 * (0.6 - 0.04) / 0.05 ** 2)


def test_ces_variants_point_the_right_way():
    easy = metrics.ces([7, 6, 5, 2], variant="ces2")
    assert easy["low_effort"].value == 0.75 and "CES 2.0" in easy["mean"].label
    hard = metrics.ces([1, 2, 5, 4], variant="ces1")
    assert hard["low_effort"].value == 0.5 and "CES 原始版" in hard["mean"].label
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
    raw = [10] * p + [7] * a + [3] * d
    assert metrics.nps(raw, method="wald").value == pytest.approx(r.value)


def test_scores_accept_chinese_exports_and_refuse_the_rest():
    assert metrics.scores(pd.Series(["9", "９", "10分", " 7 ", None]), 0, 10).tolist()[:4] == \
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


def test_by_period_finds_the_delivery_shift_only_when_it_is_real():
    data = cxlab.load_dataset("cx_monthly")
    monthly = metrics.by_period(data, "nps")
    assert len(monthly) == 24 and not monthly["real_change"].any()  # noise month to month
    web = data.assign(kind=np.where(data["channel"].isin(["online", "app"]), "web", "other"))
    quarterly = metrics.by_period(web, "nps", period="Q", by="kind")
    hit = quarterly[quarterly["real_change"]]
    assert list(zip(hit["period"], hit["kind"], strict=True)) == [("2026Q2", "web")]
    assert hit["change"].iloc[0] < -10
    csat = metrics.by_period(data, "csat", period="Q")
    assert csat["value"].between(0, 100).all() and (csat["ci_low"] <= csat["value"]).all()


def test_tickets_targets_and_bad_times():
    log = pd.DataFrame({"created": ["2026-01-01 00:00"] * 3,
                        "first_response": ["2026-01-01 10:00", "2026-01-02 06:00", "2026-01-01 01:00"],
                        "resolved": ["2026-01-02 00:00", None, "2026-01-05 00:00"],
                        "channel": ["app", "app", "phone"]})
    out = metrics.tickets(log, by="channel").set_index("channel")
    assert out.loc["app", "answered_in_time"] == 0.5 and out.loc["app", "open"] == 1
    assert out.loc["phone", "resolved_in_time"] == 0  # 96 h > 72 h
    bad = log.assign(resolved=["2025-12-31 00:00", None, None])
    with pytest.raises(cxlab.InvalidValueError, match="resolved"):
        metrics.tickets(bad)


def test_by_group_matches_direct_estimates_and_plots():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data = cxlab.load_dataset("cx_monthly")
    table = metrics.by_group(data, "nps", "channel").set_index("channel")
    direct = metrics.nps(data.loc[data["channel"] == "phone", "recommend"])
    assert table.loc["phone", "value"] == pytest.approx(direct.value)
    assert table.loc["phone", "ci_low"] == pytest.approx(direct.ci_low)
    ax = metrics.plot_groups(table.reset_index(), "nps", labels=cxlab.i18n.labels("channel"))
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
