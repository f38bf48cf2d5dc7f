"""Goals: checker findings on purpose-built goals, power numbers, tracking verdicts, the widget."""

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import goals

TODAY = dt.date(2026, 1, 15)
GOOD = goals.Goal("2026 年 12 月前，线上订单季度满意率从 80% 提升到 88%", "improvement", "csat",
                  target=0.88, baseline=0.80, deadline="2026-12-31", owner="顾客服务部",
                  per_period=400)


def codes(goal, **kwargs):
    return [f.code for f in goals.check(goal, today=TODAY, **kwargs)]


def test_a_good_goal_has_no_findings():
    assert codes(GOOD) == []


@pytest.mark.parametrize(("changes", "code"), [
    ({"statement": "提升线上订单满意度"}, "not_specific"),
    ({"target": None}, "no_target"),
    ({"baseline": None}, "no_baseline"),
    ({"deadline": None}, "no_deadline"),
    ({"deadline": "2025-12-31"}, "deadline_past"),
    ({"owner": " "}, "no_owner"),
    ({"metric": None}, "no_metric"),
    ({"target": 1.2}, "unreachable"),
    ({"target": 0.75}, "wrong_direction"),
    ({"per_period": 200}, "underpowered"),
])
def test_each_finding_on_a_purpose_built_goal(changes, code):
    assert codes(goals.with_changes(GOOD, **changes)) == [code]


def test_at_most_goals_and_messages_in_both_languages():
    slow = goals.Goal("退款平均 3 天", "problem_resolution", "csat", target=0.9, baseline=0.8,
                      direction="at_most", deadline="2026-12-31", owner="财务")
    assert codes(slow) == ["wrong_direction"]
    [finding] = goals.check(goals.with_changes(GOOD, owner=""), today=TODAY)
    assert finding.message.startswith("没有负责人")
    cxlab.set_language("en")
    [finding] = goals.check(goals.with_changes(GOOD, owner=""), today=TODAY)
    assert finding.message.startswith("No owner")


def test_not_measurable_with_the_data_named():
    tickets = cxlab.load_dataset("cx_tickets")
    assert "not_measurable" in codes(GOOD, data=tickets)
    assert "not_measurable" not in codes(GOOD, data=cxlab.load_dataset("cx_monthly").head(500))


def test_underpowered_counts_answers_per_tracking_period():
    data = cxlab.load_dataset("cx_monthly")
    monthly = goals.with_changes(GOOD, per_period=None, period="M")
    found = goals.check(monthly, data=data, today=TODAY)
    assert [f.code for f in found] == ["underpowered"]  # median 222 answers a month < 325
    assert "325" in found[0].message and "222" in found[0].message and "每月" in found[0].message
    # tracked by quarter (the default, as track() reports): the median quarter has 667 answers
    assert goals.with_changes(GOOD, per_period=None).period == "Q"
    assert codes(goals.with_changes(GOOD, per_period=None), data=data) == []
    cxlab.set_language("en")
    [finding] = goals.check(goals.with_changes(GOOD, per_period=300), today=TODAY)
    assert "per quarter" in finding.message and "two-sided" in finding.message


def test_sample_size_agrees_with_statsmodels():
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    h = proportion_effectsize(0.88, 0.80)
    expected = NormalIndPower().solve_power(effect_size=h, power=0.8, alpha=0.05, ratio=1)
    assert goals.sample_size_for_change(0.80, 0.88) == int(np.ceil(expected)) == 325
    assert goals.sample_size_for_change(0.88, 0.80) == 325  # a drop is as hard to detect
    assert goals.sample_size_for_change(0.80, 0.88, power=0.9) > 325


def _exact_power(n, p0, p1, alpha):
    """Power of the exact one-sided binomial test of p = p0 against p1 > p0 (scipy)."""
    from scipy.stats import binom

    critical = int(binom.isf(alpha, n, p0)) + 1  # smallest c with P(X >= c | p0) <= alpha
    return binom.sf(critical - 1, n, p1)


def test_one_sample_and_one_sided_sizes_for_80_to_85_percent():
    from scipy.stats import norm

    # Lachin (1981): n = [z_a·√(p0 q0) + z_b·√(p1 q1)]² / (p1 − p0)², by hand
    def lachin(z_alpha):
        return ((z_alpha * 0.4 + norm.ppf(0.8) * np.sqrt(0.85 * 0.15)) / 0.05) ** 2

    one_sided = goals.sample_size_for_change(0.80, 0.85, design="one_sample", alternative="one-sided")
    two_sided = goals.sample_size_for_change(0.80, 0.85, design="one_sample")
    assert (one_sided, two_sided) == (368, 471) == (np.ceil(lachin(1.644854)), np.ceil(lachin(1.959964)))
    assert goals.sample_size_for_change(0.80, 0.85) == 903  # two periods, two-sided
    assert goals.sample_size_for_change(0.80, 0.85, alternative="one-sided") == 711
    # the exact binomial test (discrete, so a little conservative) has about 80% power there
    assert 0.76 < _exact_power(one_sided, 0.80, 0.85, 0.05) < 0.82
    assert 0.76 < _exact_power(two_sided, 0.80, 0.85, 0.025) < 0.82
    for bad in ({"alternative": "larger"}, {"design": "paired"}):
        with pytest.raises(cxlab.OptionError):
            goals.sample_size_for_change(0.80, 0.85, **bad)
    with pytest.raises(cxlab.OptionError, match="baseline"):
        goals.sample_size_for_change(1.0, 0.85)


def test_unknown_kind_metric_or_direction_are_clear_errors():
    with pytest.raises(cxlab.OptionError, match="kind"):
        goals.Goal("x", "happiness")
    with pytest.raises(cxlab.OptionError, match="csat"):
        goals.Goal("x", "improvement", metric="delight")
    with pytest.raises(cxlab.OptionError, match="direction"):
        goals.Goal("x", "improvement", direction="up")


def _answers(share, n, seed=0):
    rng = np.random.default_rng(seed)
    satisfied = rng.permutation(np.r_[np.full(round(share * n), 5), np.full(n - round(share * n), 2)])
    return pd.DataFrame({"csat": satisfied})


@pytest.mark.parametrize(("share", "n", "status"), [
    (0.95, 2000, "met"), (0.80, 2000, "not_met"), (0.875, 250, "inconclusive"),
])
def test_tracking_verdicts_where_the_truth_is_known(share, n, status):
    e = goals.evaluate(goals.with_changes(GOOD, target=0.88), _answers(share, n))
    assert e.status == status and e.ci_low <= e.estimate <= e.ci_high


def test_a_census_goal_is_judged_on_the_count():
    goal = goals.Goal("所有投诉 24 小时内回应", "problem_resolution", "answered_24h", target=1.0,
                      baseline=0.9, deadline="2026-12-31", owner="客服")
    e = goals.evaluate(goal, cxlab.load_dataset("cx_tickets"))
    assert goal.judged_on == "census" and e.basis == "census"
    assert e.status == "not_met" and e.estimate == pytest.approx(0.936, abs=0.001)
    assert np.isnan(e.ci_low) and e.n == 2400  # every ticket counted, no sampling interval
    fast = goals.evaluate(goals.with_changes(goal, target=0.9), cxlab.load_dataset("cx_tickets"))
    assert fast.status == "met"


def test_census_tracking_plots_without_intervals():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    goal = goals.Goal("24 小时回应率不低于 90%", "problem_resolution", "answered_24h", target=0.9)
    table = goals.track(goal, cxlab.load_dataset("cx_tickets"), date="created",
                        as_of=pd.Timestamp("2027-01-11"))
    assert len(table) == 4 and table["ci_low"].isna().all() and set(table["basis"]) == {"census"}
    assert set(table["status"]) <= {"met", "not_met"}  # a count is never "inconclusive"
    ax = goals.plot_tracking(table, goal)
    assert len(ax.lines) >= 5  # four markers and the target line
    plt.close("all")


def test_a_hundred_percent_sample_goal_is_never_met():
    from statsmodels.stats.proportion import proportion_confint

    goal = goals.Goal("满意率 100%", "needs_met", "csat", target=1.0)
    assert goal.judged_on == "sample"
    one = goals.evaluate(goal, pd.DataFrame({"csat": [5]}))
    low, high = proportion_confint(1, 1, method="wilson")  # 0.2065 … 1
    assert one.status == "inconclusive" and (one.ci_low, one.ci_high) == pytest.approx((low, high))
    assert one.ci_low == pytest.approx(0.2065, abs=1e-4)  # old rule: "met" on the estimate 100%
    assert goals.evaluate(goal, _answers(0.99, 2000)).status == "not_met"
    assert goals.evaluate(goal, _answers(1.0, 2000)).status == "inconclusive"
    nps = goals.Goal("NPS 100", "needs_met", "nps", target=100)
    assert goals.evaluate(nps, pd.DataFrame({"recommend": [10] * 50})).status == "inconclusive"
    census = goals.with_changes(goal, basis="census")  # a declared census of every customer
    assert goals.evaluate(census, pd.DataFrame({"csat": [5]})).status == "met"
    with pytest.raises(cxlab.OptionError, match="basis"):
        goals.Goal("x", "needs_met", "csat", basis="guess")


def test_no_owner_may_be_none():
    assert codes(goals.with_changes(GOOD, owner=None)) == ["no_owner"]
    assert "(—)" in goals.tree_markdown([goals.with_changes(GOOD, owner=None, id="g")])


def test_track_per_quarter_on_a_year_of_data():
    data = cxlab.load_dataset("cx_monthly")
    table = goals.track(goals.with_changes(GOOD, target=0.60), data[data["date"] >= "2026-01-01"])
    assert list(table.index) == ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]  # the goal's period
    year = data[data["date"] >= "2026-01-01"]
    monthly = goals.track(goals.with_changes(GOOD, target=0.60, period="M"), year)
    assert len(monthly) == 12
    assert table["status"].tolist()[0] == "met" and set(table["status"]) <= {"met", "inconclusive", "not_met"}


def test_decomposition_and_conflicts():
    org = goals.Goal("全年 NPS 不低于 10", "target_attainment", "nps", target=10, baseline=5,
                     deadline="2026-12-31", owner="总经理", id="org", scope="组织")
    logistics = goals.Goal("配送满意率 2026 年 9 月前达到 85%", "improvement", "csat", target=0.85,
                           baseline=0.78, deadline="2026-09-30", owner="物流部", id="log",
                           parent="org", scope="物流部")
    service = goals.Goal("客服部门 NPS 不低于 5", "target_attainment", "nps", target=5, baseline=5,
                         deadline="2027-03-31", owner="客服部", id="cs", parent="org", scope="客服部")
    table = goals.decomposition([org, logistics, service])
    assert table.loc["org", "children"] == 2 and table.loc["log", "findings"] == ""
    assert "上级宽松" in table.loc["cs", "findings"] and "晚于上级" in table.loc["cs", "findings"]
    md = goals.tree_markdown([org, logistics, service])
    assert md.splitlines()[0].startswith("- **组织**") and md.splitlines()[1].startswith("  - **物流部**")
    plan = goals.plan_table([org, logistics], risks={"log": "新物流商交付不稳定"})
    assert plan.loc["log", "risk"] == "新物流商交付不稳定" and plan.index.name == "id"
    orphan = goals.with_changes(service, parent="sales", id="orphan")  # a parent not in the list
    assert "sales" in goals.decomposition([org, orphan]).loc["orphan", "findings"]
    assert "客服部门" in goals.tree_markdown([org, orphan])  # listed at the top, not dropped


def test_goal_builder_finds_fixes_and_never_raises():
    from cxlab.widgets import GoalBuilder

    form = GoalBuilder(today=TODAY)
    form.statement.value = "提升满意度"
    form.target.value = "很高"
    form.deadline.value = "明年"
    form.check_button.click()
    found = [f.code for f in form.findings]
    assert found.count("bad_input") == 2 and "not_specific" in found and "no_owner" in found
    assert "很高" in form.feedback.value and "明年" in form.feedback.value
    form.statement.value = GOOD.statement
    form.kind.value, form.metric.value = "improvement", "csat"
    form.baseline.value, form.target.value = "80%", "0.88"
    form.deadline.value, form.owner.value, form.per_period.value = "2026-12-31", "顾客服务部", "400"
    form.check_button.click()
    assert form.findings == [] and form.feedback.value.startswith("✔")
    form.target.value = "75%"
    form.check_button.click()
    assert [f.code for f in form.findings] == ["wrong_direction"]


def test_dashboard_lists_every_goal_including_unmeasurable_ones():
    survey = cxlab.load_dataset("cx_monthly")
    tickets = cxlab.load_dataset("cx_tickets")
    vague = goals.Goal("提升体验", "improvement", id="v")
    ticket_goal = goals.Goal("24 小时回应 100%", "problem_resolution", "answered_24h", target=1.0,
                             id="t", owner="客服")
    board = goals.dashboard([goals.with_changes(GOOD, id="g"), vague, ticket_goal],
                            {"default": survey, "answered_24h": tickets})
    assert list(board.index) == ["g", "v", "t"]
    assert board.loc["v", "status"] == "not_measurable" and board.loc["t", "status"] == "not_met"
    assert board.loc["t", "basis"] == "census" and board.loc["g", "basis"] == "sample"
    assert board.loc["g", "n"] == len(survey)


def test_notebook_07_baselines_and_tracking_follow_the_bundled_data():
    # the baselines, sample sizes and tracking results notebook 07 quotes, recomputed

    from cxlab import metrics

    from .conftest import source_cells

    survey = cxlab.load_dataset("cx_monthly")
    online = survey[survey["channel"].isin(["online", "app"])]
    last_year = online[online["date"] < "2026-01-01"]
    share = (last_year["csat"] >= 4).mean()
    assert f"{share:.1%}" == "66.7%" and round(share, 2) == 0.67
    assert round(len(last_year) / 12, -1) == 130 and round(len(last_year) / 4, -1) == 390
    nps_2025 = metrics.nps(survey.loc[survey["date"] < "2026-01-01", "recommend"]).value
    assert round(nps_2025, 1) == 9.9
    assert goals.sample_size_for_change(0.67, 0.75) == 503
    assert goals.sample_size_for_change(0.67, 0.75, design="one_sample") == 259
    goal = goals.Goal("2026 年 9 月底前，线上与 App 订单满意率从 67% 提升到 75%", "improvement",
                      "csat", target=0.75, baseline=0.67, deadline="2026-09-30", owner="物流部",
                      per_period=510, period="Q")
    assert goals.check(goal, today=dt.date(2026, 1, 5)) == []
    assert [f.code for f in goals.check(goals.with_changes(goal, per_period=390),
                                        today=dt.date(2026, 1, 5))] == ["underpowered"]
    progress = goals.track(goal, online[online["date"] >= "2026-01-01"])
    assert (progress["status"] == "not_met").all()
    q1 = progress.loc["2026Q1"]
    assert f"{q1['estimate']:.1%} {q1['ci_low']:.1%} {q1['ci_high']:.1%}" == "63.5% 58.7% 68.1%"
    assert q1["ci_low"] <= 0.67 <= q1["ci_high"]
    assert (progress.loc[["2026Q3", "2026Q4"], "ci_high"] < 0.67).all()
    assert (progress.loc[["2026Q3", "2026Q4"], "estimate"] - 0.54).abs().max() < 0.01  # "about 54%"
    cells = source_cells("07_goals.py")
    text = "\n".join(c[1]["zh"] + c[1]["en"] for c in cells if c[0] == "md")
    code = "\n".join(c[1] for c in cells if c[0] == "code")
    for quoted in ("66.7%", "503", "259", "390", "510", "63.5%", "58.7%–68.1%", "67%", "75%"):
        assert quoted in text, quoted
    assert "baseline=0.67" in code and "baseline=9.9" in code and "per_period=510" in code
    assert "78%" not in text and "5.7" not in code


def test_notebook_07_dashboard_judges_the_delivery_goal_on_the_channels_it_tracks():
    """Notebook 07 tracks the logistics goal on online and app answers; its dashboard must use the
    same answers, so the dashboard row equals the tracking's fourth quarter (as the prose says)."""
    from .conftest import source_cells

    survey = cxlab.load_dataset("cx_monthly")
    online = survey[survey["channel"].isin(["online", "app"]) & (survey["date"] >= "2026-01-01")]
    goal = goals.Goal("线上与 App 订单满意率从 67% 到 75%", "improvement", "csat", target=0.75, baseline=0.67,
                      deadline="2026-09-30", owner="物流部", id="delivery")
    q4 = goals.track(goal, online, period="Q").loc["2026Q4"]
    last_quarter = survey[survey["date"] >= "2026-10-01"]
    channels = last_quarter[last_quarter["channel"].isin(["online", "app"])]
    row = goals.dashboard([goal], {"default": last_quarter, "csat": channels}).loc[goal.id]
    assert row["estimate"] == pytest.approx(q4["estimate"]) and row["n"] == q4["n"]
    everyone = goals.dashboard([goal], {"default": last_quarter}).loc[goal.id]
    assert everyone["n"] > row["n"]  # the old dashboard judged it on every channel
    code = "\n".join(c[1] for c in source_cells("07_goals.py") if c[0] == "code")
    assert '"csat": online_quarter' in code


def test_empty_inputs_give_empty_tables_with_their_index():
    survey = cxlab.load_dataset("cx_monthly")
    assert goals.track(GOOD, survey.iloc[:0]).index.name == "period"
    for table in (goals.dashboard([], {}), goals.decomposition([]), goals.plan_table([])):
        assert len(table) == 0 and table.index.name == "id"


def test_a_goal_without_an_id_is_keyed_by_its_statement_and_ids_must_differ():
    top = goals.Goal("NPS 10", "target_attainment", "nps", target=10, id="top")
    child = goals.Goal("NPS 12", "target_attainment", "nps", target=12, id="c", parent="top")
    anon = goals.Goal("CSAT 60%", "needs_met", "csat", target=0.6)
    assert goals.tree_markdown([top, child, anon]).count("- **") == 3  # none dropped
    assert list(goals.dashboard([top, anon], {}).index) == ["top", "CSAT 60%"]
    with pytest.raises(goals.DuplicateGoalError) as err:
        goals.decomposition([top, goals.with_changes(child, id="top")])
    assert "'top' is used 2 times" in err.value.message("en") and "“top” 用了 2 次" in err.value.message("zh")
