"""Chapter 8 tools (cxlab.evaluation), the notebook 11 exercises, and the numbers notebook 11
quotes in its prose, each recomputed here independently of the package."""


import pandas as pd
import pytest

import cxlab
from cxlab import evaluation, exercises, goals

from .conftest import source_cells

AS_OF = pd.Timestamp("2027-01-10 08:00")
ALL_SCORES = {"4-needs": 3, "4-leaders": 2, "4-evidence": 2, "5-context": 2, "5-scope": 3,
              "5-leadership": 2, "6-objectives": 3, "6-resources": 2, "6-roles": 3, "6-risks": 1,
              "7-design": 2, "7-negative": 2, "7-insight": 3, "7-optimise": 2, "8-measure": 2,
              "8-assess": 1, "8-improve": 1}


@pytest.fixture(scope="module")
def data():
    return cxlab.load_dataset("cx_monthly"), cxlab.load_dataset("cx_tickets")


def _quarter(table, column, label):
    return table[pd.to_datetime(table[column]).dt.to_period("Q").astype(str) == label]


def test_every_indicator_has_the_five_elements_in_both_languages():
    for lang in ("zh", "en"):
        table = evaluation.indicators(language=lang)
        for column in ("indicator", "definition", "owner", "frequency", "data_source"):
            assert table[column].str.len().min() > 1, (lang, column)
        measurable = table[table["metric"].notna()]
        assert measurable["target"].notna().all() and len(measurable) == 5
    goals_zh = evaluation.indicator_goals()
    assert [g.owner for g in goals_zh][:2] == ["顾客体验团队", "物流部"]
    cxlab.set_language("en")
    assert evaluation.indicator_goals()[1].owner == "Logistics"


def test_dashboard_matches_an_independent_computation(data):
    survey, tickets = data
    board = evaluation.kpi_dashboard(survey, tickets, period="2026Q4", as_of=AS_OF)
    q4 = _quarter(survey, "date", "2026Q4")
    online = q4[q4["channel"].isin(["online", "app"])]
    assert board.loc["csat_online", "estimate"] == pytest.approx((online["csat"] >= 4).mean())
    assert board.loc["csat_online", "n"] == len(online)
    nps = 100 * ((q4["recommend"] >= 9).mean() - (q4["recommend"] <= 6).mean())
    assert board.loc["nps", "estimate"] == pytest.approx(nps)
    assert board.loc["ces", "estimate"] == pytest.approx((q4["ces"] >= 5).mean())
    t4 = _quarter(tickets, "created", "2026Q4")
    hours = (pd.to_datetime(t4["first_response"]) - pd.to_datetime(t4["created"]))
    answered = (hours <= pd.Timedelta("24h")).mean()  # every ticket of Q4 is past 24 h at AS_OF
    assert board.loc["answered", "estimate"] == pytest.approx(answered)
    assert board.loc["answered", "basis"] == "census" and pd.isna(board.loc["answered", "ci_low"])
    assert board.loc["responsiveness_gap", "status"] == "not_measurable"


def test_dashboard_refuses_a_period_without_data_and_lists_the_periods(data):
    with pytest.raises(cxlab.OptionError) as err:
        evaluation.kpi_dashboard(*data, period="2027Q1", as_of=AS_OF)
    assert "2027Q1" in str(err.value) and "2026Q4" in str(err.value)
    month = evaluation.kpi_dashboard(*data, period="2026-11", as_of=AS_OF)
    survey = data[0]
    nov = survey[pd.to_datetime(survey["date"]).dt.to_period("M").astype(str) == "2026-11"]
    assert month.loc["nps", "n"] == len(nov)


def test_missing_columns_are_named(data):
    survey, tickets = data
    with pytest.raises(cxlab.MissingColumnError) as err:
        evaluation.kpi_trend(survey.drop(columns="channel"), tickets)
    assert "channel" in str(err.value)
    with pytest.raises(cxlab.MissingColumnError) as err:
        evaluation.kpi_dashboard(survey, tickets.drop(columns="resolved"), period="2026Q4")
    assert "resolved" in str(err.value)


def test_trend_covers_each_measurable_indicator_per_quarter(data):
    trend = evaluation.kpi_trend(*data, as_of=AS_OF)
    assert trend.index.names == ["id", "period"] and trend.groupby("id").size().to_dict() == {
        "nps": 8, "csat_online": 8, "ces": 8, "answered": 4, "resolved": 4}
    assert set(trend["status"]) <= {"met", "not_met", "inconclusive"}


def test_assessment_scores_gaps_and_chapters():
    result = evaluation.assess(ALL_SCORES, target=3)
    assert len(result) == len(evaluation.items()) == 17
    assert result.loc["6-risks", "gap"] == 2
    assert result.loc["5-scope", "gap"] == 0
    chapters = evaluation.by_chapter(result)
    assert list(chapters.index) == ["4", "5", "6", "7", "8"]
    assert chapters.loc["8", "score"] == pytest.approx(4 / 3)
    assert chapters.loc["6", "score"] == pytest.approx(9 / 4)
    todo = evaluation.actions(result, owners={"8-assess": "GM"})
    assert list(todo.index[:3]) == ["6-risks", "8-assess", "8-improve"]  # gap 2, chapter order
    assert todo.loc["8-assess", "owner"] == "GM"
    assert (todo["gap"] > 0).all() and len(todo) == 12


@pytest.mark.parametrize("change, error, words", [
    ({"9-x": 2}, evaluation.UnknownItemError, ["9-x"]),
    ({"8-improve": None}, evaluation.AssessmentError, ["8-improve", "None"]),
    ({"8-improve": 5}, evaluation.AssessmentError, ["8-improve", "5"]),
    ({"8-improve": 2.5}, evaluation.AssessmentError, ["8-improve", "2.5"]),
    ({"8-improve": True}, evaluation.AssessmentError, ["8-improve", "True"]),
])
def test_assessment_refuses_bad_scores_naming_item_and_value(change, error, words):
    scores = {**ALL_SCORES, **change}
    with pytest.raises(error) as err:
        evaluation.assess(scores)
    assert all(w in str(err.value) for w in words)
    assert isinstance(err.value, cxlab.CxlabError)


def test_assessment_names_the_missing_items():
    scores = dict(ALL_SCORES)
    del scores["7-design"], scores["8-measure"]
    with pytest.raises(evaluation.MissingItemsError) as err:
        evaluation.assess(scores)
    assert "7-design, 8-measure" in str(err.value) and "2" in str(err.value)
    cxlab.set_language("en")
    assert str(err.value).startswith("The self-assessment lacks scores for 2 item(s)")


def test_review_has_inputs_and_outputs_and_marks_the_guide():
    table = evaluation.review(language="en")
    assert set(table["part"]) == {"input", "output"}
    guide = table[table["source"] == "training guide"]
    assert "Improvement plans" in set(guide["item"])
    assert len(guide) == 4


def _tracked(status, estimate, low, high, basis="sample"):
    return pd.DataFrame([{"period": "2026Q4", "n": 400, "estimate": estimate, "ci_low": low,
                          "ci_high": high, "target": 0.65, "status": status,
                          "status_label": goals.Evaluation(status, estimate, low, high, 400,
                                                           0.65).label, "basis": basis}]).set_index("period")


@pytest.mark.parametrize("status, act", [("met", "固化"), ("not_met", "下一轮"),
                                         ("inconclusive", "再复测")])
def test_pdca_act_follows_the_check(status, act):
    goal = goals.Goal("Q4 满意率不低于 65%", "improvement", "csat", target=0.65, baseline=0.599,
                      deadline="2026-12-31", owner="物流部")
    table = evaluation.pdca("满意率下滑", goal, ["行动一", "行动二"], _tracked(status, 0.6, 0.55, 0.7))
    assert table.attrs["status"] == status and len(table) == 4
    assert act in table["content"].iloc[3]
    assert "59.9%" in table["content"].iloc[0] and "65.0%" in table["content"].iloc[0]
    assert table["content"].iloc[1] == "行动一；行动二"
    assert "55.0%–70.0%" in table["content"].iloc[2]


def test_kpi_exercise_marks_the_share_and_explains_a_percentage(data):
    survey, _ = data
    exercise = exercises.kpi_share(survey, period="2026Q4")
    online = _quarter(survey, "date", "2026Q4")
    online = online[online["channel"].isin(["online", "app"])]
    assert exercise.answer == pytest.approx((online["csat"] >= 4).mean())
    exercise.answer_box.value = "54.5"
    assert "百分数（54.5）" in exercise.check() and not exercise.solved  # read as a percentage
    exercise.answer_box.value = "0.6"
    exercise.check()
    exercise.answer_box.value = "0.7"
    assert "survey[\"channel\"]" in exercise.check()  # the hint after two wrong numbers
    exercise.answer_box.value = f"{exercise.answer:.1%}"
    exercise.check()
    assert exercise.solved


def test_review_sorting_names_each_misplaced_item_and_why():
    form = exercises.review_sorting()
    truth = [s["category"] for s in form.question.data["statements"]]
    form.set_response([1 - c for c in truth])
    mark = form.check()
    assert not mark.correct and "0 / 7" in mark.feedback and "要由评审来决定" in mark.feedback
    form.set_response(truth)
    assert form.check().correct
    assert form._repr_mimebundle_()  # displays as its widget


def test_pdca_order_names_wrong_positions():
    form = exercises.pdca_order()
    form.set_response([1, 0, 2, 3])
    mark = form.check()
    assert not mark.correct and "再看看：1；2" in mark.feedback
    form.set_response([0, 1, 2, 3])
    assert form.check().correct


def test_track_verdict_takes_the_row_status_and_explains_others(data):
    survey, _ = data
    online = survey[survey["channel"].isin(["online", "app"]) & (survey["date"] >= "2026-07-01")]
    goal = goals.Goal("x 65%", "improvement", "csat", target=0.65, baseline=0.599, period="Q")
    tracked = goals.track(goal, online)
    form = exercises.track_verdict(tracked, period="2026Q3")
    options = form.question.data["options"]
    right = [k for k, o in enumerate(options) if o.get("correct")]
    assert right == [1]  # not met: the whole interval lies below 65%
    wrong = form.question.mark(2)
    assert not wrong.correct and "49.2%–58.8%" in wrong.feedback


# ---------------------------------------------------------- notebook 11: prose pinned to data

def _prose(lang):
    cells = source_cells("11_evaluation_improvement.py")
    return "\n".join(c[1][lang] for c in cells if c[0] == "md")


def test_notebook_11_quotes_the_numbers_of_its_own_outputs(data):
    survey, tickets = data
    board = evaluation.kpi_dashboard(survey, tickets, period="2026Q4", as_of=AS_OF)
    online = survey[survey["channel"].isin(["online", "app"])]
    q2 = _quarter(online, "date", "2026Q2")
    baseline = round(float((q2["csat"] >= 4).mean()), 3)
    goal = goals.Goal("x 65%", "improvement", "csat", target=0.65, baseline=baseline, period="Q")
    recheck = goals.track(goal, online[online["date"] >= "2026-07-01"])
    chapters = evaluation.by_chapter(evaluation.assess(ALL_SCORES))
    trend = evaluation.kpi_trend(survey, tickets, as_of=AS_OF)
    csat = trend.loc["csat_online", "status"]
    pct = lambda v: f"{100 * v:.1f}%"  # noqa: E731
    quoted = {
        "csat Q4": (pct(board.loc["csat_online", "estimate"]), "54.5%"),
        "csat Q4 interval": (f"{pct(board.loc['csat_online', 'ci_low'])}–"
                             f"{pct(board.loc['csat_online', 'ci_high'])}", "49.7%–59.3%"),
        "nps Q4": (f"{board.loc['nps', 'estimate']:.1f}", "-2.5"),
        "nps low": (f"{board.loc['nps', 'ci_low']:.1f}", "-8.9"),
        "nps high": (f"{board.loc['nps', 'ci_high']:.1f}", "3.8"),
        "answered": (pct(board.loc["answered", "estimate"]), "94.5%"),
        "resolved": (pct(board.loc["resolved", "estimate"]), "76.8%"),
        "baseline": (pct(baseline), "59.9%"),
        "need": (str(goals.sample_size_for_change(baseline, 0.65)), "1414"),
        "Q3": (pct(recheck.loc["2026Q3", "estimate"]), "54.0%"),
        "Q3 interval": (f"{pct(recheck.loc['2026Q3', 'ci_low'])}–"
                        f"{pct(recheck.loc['2026Q3', 'ci_high'])}", "49.2%–58.8%"),
        "chapter 8": (f"{chapters.loc['8', 'score']:.2f}", "1.33"),
    }
    for name, (computed, written) in quoted.items():
        assert computed == written, name
    assert (board.loc[["nps", "csat_online", "ces", "answered", "resolved"], "status"]
            == "not_met").all()  # "all five measurable indicators are not met"
    assert chapters["score"].idxmin() == "8"
    assert list(csat[csat == "met"].index) == ["2025Q2", "2025Q4"]
    assert (csat[["2026Q3", "2026Q4"]] == "not_met").all()
    assert (recheck["status"] == "not_met").all()
    for lang in ("zh", "en"):
        prose = _prose(lang).replace("−", "-").replace("1,414", "1414")
        for name, (_, written) in quoted.items():
            assert written in prose, (lang, name)


def test_a_period_the_table_lacks_is_refused_naming_the_periods_it_has(data):
    survey, _ = data
    online = survey[survey["channel"].isin(["online", "app"]) & (survey["date"] >= "2026-07-01")]
    goal = goals.Goal("x 65%", "improvement", "csat", target=0.65, baseline=0.599, period="Q")
    tracked = goals.track(goal, online)
    for call in (lambda: exercises.track_verdict(tracked, period="2026Q1"),
                 lambda: evaluation.pdca("x", goal, ["a"], tracked, period="2026Q1"),
                 lambda: exercises.kpi_share(survey, period="2030Q1")):
        with pytest.raises(cxlab.OptionError, match="2026Q3"):  # the periods there are
            call()
    with pytest.warns(FutureWarning, match="period="):
        assert exercises.kpi_share(survey, "2026Q4").answer == exercises.kpi_share(survey).answer
    with pytest.warns(FutureWarning, match="period="):
        exercises.track_verdict(tracked, "2026Q3")


def test_indicators_without_data_in_a_subset_are_left_out_of_the_trend(data):
    survey, tickets = data
    trend = evaluation.kpi_trend(survey[survey["channel"].isin(["store", "phone"])], tickets, as_of=AS_OF)
    assert "csat_online" not in trend.index.get_level_values("id")  # online and app only: no answers
    goal = goals.Goal("x 65%", "improvement", "csat", target=0.65, baseline=0.599, period="Q")
    tracked = goals.track(goal, survey[survey["date"] >= "2026-07-01"])
    by_period = evaluation.pdca("x", goal, ["a"], tracked, period=pd.Period("2026Q3"))
    assert "2026Q3" in by_period["content"].iloc[2]
