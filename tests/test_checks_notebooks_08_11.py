"""The code exercises of notebooks 08–11: each checker passes the notebook's solution, names
every mistake it registers when that mistake is made in pandas, asks for a blank answer and
names a wrong kind of answer."""

import nbformat
import pandas as pd
import pytest

import cxlab
from cxlab import checks, journey

from .conftest import ROOT
from .test_editions import _code_exercises

ANALYSIS = [f"{n:02d}" for n in range(3, 12)]


def _notebook(number, lang="zh"):
    return nbformat.read(next((ROOT / "notebooks" / lang).glob(f"{number}_*.ipynb")), as_version=4)


@pytest.mark.parametrize("number", ANALYSIS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_analysis_notebook_has_three_checked_code_exercises(number, lang):
    assert len(_code_exercises(_notebook(number, lang))) >= 3


@pytest.mark.parametrize("number", ANALYSIS)
def test_the_stored_solutions_pass_their_checkers(number):
    """nbval re-runs the trainer editions and compares these outputs, so the solutions pass."""
    for lang, verdict in (("zh", "✔ 正确！"), ("en", "✔ Correct!")):
        nb = _notebook(number, lang)
        for _, check in _code_exercises(nb):
            shown = [o.get("data", {}).get("text/plain") for o in nb.cells[check].outputs]
            assert shown == [verdict], nb.cells[check].source


def _says(feedback, text):
    assert not feedback.passed and text in feedback.message, feedback.message


def test_the_catalog_lists_the_exercises_of_notebooks_08_to_11():
    listed = checks.catalog()
    names = {
        "08": {"early_emotion", "weakest_stage", "map_gap"},
        "09": {"risk_index", "needs_plan", "process_risk"},
        "10": {"internal_item_gaps", "logistics_gaps", "worst_function"},
        "11": {"nps_quarter", "resolved_in_72h", "top2_change"},
    }
    for number, exercises in names.items():
        assert exercises <= set(listed.loc[listed["notebook"] == number, "exercise"])


# ----------------------------------------------------------------- notebook 08

@pytest.fixture(scope="module")
def monthly():
    return cxlab.load_dataset("cx_monthly")


@pytest.fixture(scope="module")
def trip():
    return journey.Journey.from_frame(cxlab.load_dataset("journey_furnishing"))


def _stages(frame, delivery=("rating_delivery", "rating_install")):
    website = frame["rating_website"].mean()
    return pd.Series({"choose": website, "order": website,
                      "deliver_install": frame[list(delivery)].mean(axis=1).mean(),
                      "after_sales": frame["rating_service"].mean()})


def test_08_early_emotion(monthly):
    web = monthly[monthly["channel"].isin(["online", "app"])]
    early = web[web["date"] < "2026-04-01"]
    right = journey.satisfaction_to_emotion(_stages(early))
    assert checks.early_emotion(right.iloc[::-1], monthly).passed
    # by hand: the mean website rating before April is 3.984, i.e. emotion 0.984
    assert right["choose"] == pytest.approx(early["rating_website"].mean() - 3)
    _says(checks.early_emotion(journey.satisfaction_to_emotion(
        _stages(monthly[monthly["date"] < "2026-04-01"])), monthly), "所有渠道")
    _says(checks.early_emotion(journey.satisfaction_to_emotion(_stages(web)), monthly), "没有按日期")
    _says(checks.early_emotion(_stages(early), monthly), "1–5 分")
    _says(checks.early_emotion(journey.satisfaction_to_emotion(
        _stages(early, delivery=["rating_delivery"])), monthly), "只用了配送评分")
    _says(checks.early_emotion(..., monthly), "还没有作答")
    _says(checks.early_emotion(right.to_numpy(), monthly), "ndarray")
    _says(checks.early_emotion(right.drop("order"), monthly), "缺少这些阶段：order")


def test_08_weakest_stage(monthly):
    early = monthly[monthly["channel"].isin(["online", "app"]) & (monthly["date"] < "2026-04-01")]
    curve = journey.satisfaction_to_emotion(_stages(early))
    assert checks.weakest_stage(curve.idxmin(), monthly).passed
    assert checks.weakest_stage("配送安装", monthly).passed
    _says(checks.weakest_stage(curve.idxmax(), monthly), "最高点")
    pooled = journey.satisfaction_to_emotion(_stages(monthly[monthly["date"] < "2026-04-01"]))
    _says(checks.weakest_stage(pooled.idxmin(), monthly), "所有渠道合在一起")
    _says(checks.weakest_stage(curve.min(), monthly), "float")
    _says(checks.weakest_stage(None, monthly), "还没有作答")
    cxlab.set_language("en")
    assert checks.weakest_stage("Delivery & installation", monthly).passed


def test_08_map_gap(monthly, trip):
    late = monthly[monthly["channel"].isin(["online", "app"]) & (monthly["date"] >= "2026-04-01")]
    measured = journey.satisfaction_to_emotion(_stages(late))
    mapped = trip.emotion_by_stage()
    gap = (measured - mapped).dropna()
    assert checks.map_gap(gap, monthly, trip).passed
    # the map says −2 for delivery & installation; measured 3.482 − 3 = 0.482
    assert gap["deliver_install"] == pytest.approx(2.482, abs=5e-4)
    _says(checks.map_gap((mapped - measured).dropna(), monthly, trip), "符号反了")
    _says(checks.map_gap((_stages(late) - mapped).dropna(), monthly, trip), "同一个刻度")
    _says(checks.map_gap(measured - mapped, monthly, trip), "多出了这些阶段：browse、use")
    _says(checks.map_gap(..., monthly, trip), "还没有作答")
    _says(checks.map_gap(gap.to_frame(), monthly, trip), "DataFrame")


# ----------------------------------------------------------------- notebook 09

@pytest.fixture
def register():
    return cxlab.risk.default_register()


def test_09_risk_index(register):
    grades = register.set_index("subprocess")
    lik, sev, con = grades["likelihood"], grades["severity"], grades["controllability"]
    right = lik * sev * (6 - con) / 5
    assert checks.risk_index(right, register).passed
    # the carrier risk: 4 × 4 × (6 − 2) / 5 = 12.8, the only high one
    assert right["外部提供顾客体验的管理"] == pytest.approx(12.8)
    _says(checks.risk_index(lik * sev, register), "只算了可能性 × 损失")
    _says(checks.risk_index(lik * sev * con / 5, register), "直接乘了可控性")
    _says(checks.risk_index(lik * sev * (6 - con), register), "忘了除以 5")
    _says(checks.risk_index(right.reset_index(drop=True), register), "缺少这些子过程")
    _says(checks.risk_index(..., register), "还没有作答")
    _says(checks.risk_index(12.8, register), "float")


def test_09_needs_plan(register):
    ranked = cxlab.risk.prioritise(register)
    right = ranked.loc[ranked["index"] >= 6, "subprocess"]
    assert len(right) == 3
    assert checks.needs_plan(right.tolist(), register).passed
    assert checks.needs_plan(right, register).passed  # the column itself, names as values
    assert checks.needs_plan(set(right), register).passed
    _says(checks.needs_plan(ranked.loc[ranked["index"] >= 12, "subprocess"].tolist(), register),
          "只取了高风险")
    plain = ranked["likelihood"] * ranked["severity"]
    _says(checks.needs_plan(ranked.loc[plain >= 6, "subprocess"].tolist(), register),
          "可能性 × 损失 ≥ 6")
    as_is = plain * ranked["controllability"] / 5
    _says(checks.needs_plan(ranked.loc[as_is >= 6, "subprocess"].tolist(), register),
          "直接乘了可控性")
    _says(checks.needs_plan(right.tolist()[:2], register), "缺少这些子过程")
    _says(checks.needs_plan(..., register), "还没有作答")
    _says(checks.needs_plan(3, register), "int")


def test_09_process_risk(register):
    ranked = cxlab.risk.prioritise(register)
    right = ranked.groupby("process")["index"].mean()
    assert checks.process_risk(right, register).passed
    # 管理顾客体验: (12.8 + 9.0 + 5.4 + 4.8) / 4 = 8.0
    assert right["管理顾客体验"] == pytest.approx(8.0)
    _says(checks.process_risk(ranked.groupby("process")["index"].sum(), register), "加总")
    _says(checks.process_risk(ranked.groupby("process")["index"].max(), register), "最高的风险指数")
    plain = (ranked["likelihood"] * ranked["severity"]).groupby(ranked["process"]).mean()
    _says(checks.process_risk(plain, register), "平均的是可能性 × 损失")
    _says(checks.process_risk(..., register), "还没有作答")
    _says(checks.process_risk(right.to_frame(), register), "DataFrame")


# ----------------------------------------------------------------- notebook 10

@pytest.fixture(scope="module")
def internal():
    ratings = cxlab.load_dataset("servqual_internal")
    E = ratings.filter(regex="^E_").rename(columns=lambda c: c[2:])
    P = ratings.filter(regex="^P_").rename(columns=lambda c: c[2:])
    return ratings, E, P, cxlab.servqual.instrument(variant="internal")


def test_10_internal_item_gaps(internal):
    ratings, E, P, _ = internal
    right = P.mean() - E.mean()  # the same as the mean of P − E: no answer is missing
    assert checks.internal_item_gaps(right, ratings).passed
    # by hand for the first item, IT1: mean perception minus mean expectation over 200 ratings
    assert right["IT1"] == pytest.approx((ratings["P_IT1"].sum() - ratings["E_IT1"].sum()) / 200)
    _says(checks.internal_item_gaps((E - P).mean(), ratings), "符号反了")
    _says(checks.internal_item_gaps(P.mean(), ratings), "感知（P）的平均分")
    _says(checks.internal_item_gaps((P - E).mean(axis=1), ratings), "缺少这些题项")
    _says(checks.internal_item_gaps(..., ratings), "还没有作答")
    _says(checks.internal_item_gaps([0.1, 0.2], ratings), "list")


def test_10_logistics_gaps(internal):
    ratings, E, P, items = internal
    dimension = items.set_index("item")["dimension"]
    rows = ratings["function"] == "logistics"
    # by hand with pandas: item gaps, averaged per dimension over its three items, then over raters
    right = (P[rows] - E[rows]).T.groupby(dimension).mean().T.mean()
    assert checks.logistics_gaps(right, ratings, items).passed
    assert right.idxmin() == "reliability"  # the weak spot the notebook names
    _says(checks.logistics_gaps((P - E).T.groupby(dimension).mean().T.mean(), ratings, items),
          "所有职能部门合在一起")
    _says(checks.logistics_gaps(-right, ratings, items), "符号反了")
    _says(checks.logistics_gaps(P[rows].T.groupby(dimension).mean().T.mean(), ratings, items),
          "感知（P）的平均分")
    _says(checks.logistics_gaps((P[rows] - E[rows]).mean(), ratings, items), "缺少这些维度")
    _says(checks.logistics_gaps(None, ratings, items), "还没有作答")
    _says(checks.logistics_gaps(right.to_frame(), ratings, items), "DataFrame")


def test_10_worst_function(internal):
    ratings, E, P, items = internal
    dimension = items.set_index("item")["dimension"]
    by_function = (P - E).T.groupby(dimension).mean().T.groupby(ratings["function"]).mean()
    overall = by_function.mean(axis=1)
    assert checks.worst_function(overall.idxmin(), ratings, items).passed
    assert checks.worst_function("物流", ratings, items).passed
    _says(checks.worst_function(overall.idxmax(), ratings, items), "差距最小")
    _says(checks.worst_function(by_function.min(axis=1).idxmin(), ratings, items), "单个维度")
    _says(checks.worst_function(overall.min(), ratings, items), "float")
    _says(checks.worst_function(..., ratings, items), "还没有作答")
    cxlab.set_language("en")
    assert checks.worst_function("Logistics", ratings, items).passed


# ----------------------------------------------------------------- notebook 11

def _in(dates, quarter):
    return dates.dt.to_period("Q") == quarter


def test_11_nps_quarter(monthly):
    answers = monthly.loc[_in(monthly["date"], "2026Q4"), "recommend"]
    right = 100 * ((answers >= 9).mean() - (answers <= 6).mean())
    assert checks.nps_quarter(right, monthly).passed
    # the dashboard's figure for the quarter (notebook 11 quotes −2.5), from cxlab.metrics
    assert right == pytest.approx(cxlab.metrics.nps(answers).value)
    assert right == pytest.approx(-2.546, abs=5e-4)
    _says(checks.nps_quarter(100 * ((answers >= 9).mean() - (answers <= 8).mean()), monthly), "被动者")
    every = monthly["recommend"]
    _says(checks.nps_quarter(100 * ((every >= 9).mean() - (every <= 6).mean()), monthly), "全部季度")
    loud = answers[(answers >= 9) | (answers <= 6)]
    _says(checks.nps_quarter(100 * ((loud >= 9).mean() - (loud <= 6).mean()), monthly), "分母")
    _says(checks.nps_quarter(right / 100, monthly), "乘以 100")
    _says(checks.nps_quarter(..., monthly), "还没有作答")
    _says(checks.nps_quarter(answers, monthly), "Series")


def test_11_resolved_in_72h():
    tickets = cxlab.load_dataset("cx_tickets")
    q4 = tickets[_in(tickets["created"], "2026Q4")]
    took = q4["resolved"] - q4["created"]
    right = (took <= pd.Timedelta(hours=72)).mean()
    assert checks.resolved_in_72h(right, tickets).passed
    # the dashboard's census figure (notebook 11 quotes 76.8%), from cxlab.metrics.tickets
    counted = cxlab.metrics.tickets(q4, as_of=pd.Timestamp("2027-01-10 08:00")).iloc[0]
    assert right == pytest.approx(counted["resolved_in_time"])
    _says(checks.resolved_in_72h((took.dropna() <= pd.Timedelta(hours=72)).mean(), tickets),
          "还没解决的工单")
    _says(checks.resolved_in_72h((took.dt.days <= 3).mean(), tickets), "整天数")
    first = q4["first_response"] - q4["created"]
    _says(checks.resolved_in_72h((first <= pd.Timedelta(hours=72)).mean(), tickets), "首次回应")
    every = tickets["resolved"] - tickets["created"]
    _says(checks.resolved_in_72h((every <= pd.Timedelta(hours=72)).mean(), tickets), "全部季度")
    _says(checks.resolved_in_72h(100 * right, tickets), "除以 100")
    _says(checks.resolved_in_72h(None, tickets), "还没有作答")
    _says(checks.resolved_in_72h(took <= pd.Timedelta(hours=72), tickets), "Series")


def test_11_top2_change(monthly):
    online = monthly[monthly["channel"].isin(["online", "app"])]

    def top2(frame, quarter):
        return (frame.loc[_in(frame["date"], quarter), "csat"] >= 4).mean()

    right = top2(online, "2026Q4") - top2(online, "2026Q2")
    assert checks.top2_change(right, monthly).passed
    assert right == pytest.approx(0.545 - 0.599, abs=1e-3)  # the shares notebook 11 quotes
    assert checks.top2_change(top2(online, "2026Q4") - round(top2(online, "2026Q2"), 3), monthly).passed
    _says(checks.top2_change(-right, monthly), "符号反了")
    _says(checks.top2_change(top2(online, "2026Q3") - top2(online, "2026Q2"), monthly), "第三季度")
    _says(checks.top2_change(top2(monthly, "2026Q4") - top2(monthly, "2026Q2"), monthly), "所有渠道")
    _says(checks.top2_change(100 * right, monthly), "除以 100")
    _says(checks.top2_change(..., monthly), "还没有作答")
    _says(checks.top2_change("-0.05", monthly), "str")
