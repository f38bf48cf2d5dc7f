"""Numbers and rankings that the prose of notebooks 00, 01, 02, 03, 08, 09 and 10 quotes from
their outputs, recomputed from the bundled data and looked up in both editions' text (the
pattern of notebooks 04–07 and 11: see test_kano, test_goals, test_evaluation)."""


import pandas as pd
import pytest

import cxlab
from cxlab import journey, kano, risk, servqual, standard

from .conftest import ROOT, source_cells


def _prose(name: str, lang: str) -> str:
    cells = source_cells(next((ROOT / "notebooks" / "src").glob(f"{name}_*.py")).name)
    text = "\n".join(c[1][lang] for c in cells if c[0] == "md")
    return " ".join(text.split())  # line breaks inside a sentence do not matter


def _quoted(name: str, written: dict[str, tuple[str, str]]) -> None:
    for lang, k in (("zh", 0), ("en", 1)):
        text = _prose(name, lang)
        for what, words in written.items():
            assert words[k] in text, (name, lang, what, words[k])


def test_notebook_00_phone_channel_is_lowest_and_small():
    survey = cxlab.load_dataset("intro_survey")
    top2 = (survey["csat"] >= 4).groupby(survey["channel"]).mean()
    assert top2.idxmin() == "phone"
    assert top2.sort_values().iloc[1] - top2["phone"] > 0.1  # "clearly lower"
    n_phone = int((survey["channel"] == "phone").sum())
    assert n_phone == 45
    _quoted("00", {"phone answers": ("电话渠道只有 45 人作答", "only 45 people answered by phone"),
                   "lowest": ("电话渠道明显偏低", "The phone channel is clearly lower")})


def test_notebook_01_phone_channel_has_the_lowest_ces_too():
    survey = cxlab.load_dataset("intro_survey")
    assert survey.groupby("channel")["ces"].mean().idxmin() == "phone"
    assert (survey["csat"] >= 4).groupby(survey["channel"]).mean().idxmin() == "phone"
    assert len(standard.terms()) == 9
    _quoted("01", {"ces": ("电话渠道的费力度也最差（均值最低）",
                           "the phone channel also has the most effort (the lowest mean)"),
                   "nine terms": ("第 3 章共九个术语", "with nine terms")})


def test_notebook_02_co_creation_takes_three_qmps():
    pairs = standard.principle_qmp_map(language="zh")
    per_principle = pairs.groupby("principle_key")["qmp_key"].nunique()
    assert len(standard.principles()) == 5 and len(standard.qmps()) == 7
    assert per_principle.max() == 3 and (per_principle > 1).sum() == 1
    co_creation = pairs.loc[pairs["principle_key"] == per_principle.idxmax(), "principle"].iloc[0]
    assert co_creation == "多方协作共创"
    _quoted("02", {"three": ("“全员积极参与”“过程方法”“关系管理”三项合并对应到“多方协作共创”",
                             "groups engagement of people, the process approach and relationship management "
                             "together under co-creation")})


def test_notebook_03_case_has_twelve_features():
    features = cxlab.load_dataset("kano_features")
    assert len(features) == 12
    assert len(kano.questionnaire(features)) == 24  # a pair per feature
    _quoted("03", {"twelve": ("12 项候选功能", "12 features of a home-furnishings e-shop")})


def test_notebook_08_design_steps_factors_and_review_remarks_are_six():
    from cxlab import content

    design = content.load("design")
    assert len(standard.section("design_steps")) == len(design["steps"]) == 6
    assert len(design["criteria"]) == len(design["remarks"]) == 6
    _quoted("08", {"six steps": ("六个步骤", "the six steps of designing"),
                   "six factors": ("六个因素", "the six factors for evaluating a design"),
                   "six remarks": ("下面六条", "The six remarks below")})


def test_notebook_08_measured_delivery_stage_is_the_low_point():
    survey = cxlab.load_dataset("cx_monthly")
    late = survey[(survey["date"] >= "2026-04-01") & survey["channel"].isin(["online", "app"])]
    stages = pd.Series({"order": late["rating_website"].mean(),
                        "deliver_install": late[["rating_delivery", "rating_install"]].mean(axis=1).mean(),
                        "after_sales": late["rating_service"].mean()})
    assert stages.idxmin() == "deliver_install"
    assert journey.satisfaction_to_emotion(stages).idxmin() == "deliver_install"
    _quoted("08", {"delivery column": ("“配送安装”这一列", 'the "delivery & installation" column')})


def test_notebook_09_delivery_rating_fell_from_about_4_0_to_about_3_1():
    survey = cxlab.load_dataset("cx_monthly")
    online = survey[survey["channel"] == "online"]
    before = online.loc[online["date"] < "2026-04-01", "rating_delivery"].mean()
    after = online.loc[online["date"] >= "2026-04-01", "rating_delivery"].mean()
    assert f"{before:.1f}" == "4.0" and f"{after:.1f}" == "3.1"
    _quoted("09", {"fall": ("配送评分从约 4.0 跌到约 3.1",
                            "delivery rating falling from about 4.0 to about 3.1")})


def test_notebook_09_app_and_store_answer_complaints_slowest():
    tickets = cxlab.load_dataset("cx_tickets")
    waited = pd.to_datetime(tickets["first_response"]) - pd.to_datetime(tickets["created"])
    hours = waited.dt.total_seconds() / 3600
    slowest = hours.groupby(tickets["channel"]).median().sort_values(ascending=False)
    assert set(slowest.index[:2]) == {"app", "store"}
    within = (hours <= 24).groupby(tickets["channel"]).mean().sort_values()
    assert set(within.index[:2]) == {"app", "store"}
    _quoted("09", {"slowest": ("App 和门店的投诉回应最慢", "the app and the store answering slowest")})


def test_notebook_09_register_ranks_external_provision_then_negative_experience():
    register = risk.default_register()
    assert len(register) == 16
    ranked = risk.prioritise(register)
    assert list(ranked["key"].iloc[:2]) == ["external_provision", "negative_experience"]
    assert list(ranked["level_code"].iloc[:2]) == ["high", "medium"]
    _quoted("09", {"sixteen": ("16 个子过程", "the 16 sub-processes"),
                   "first": ("排第一的是外部提供的体验", "Top of the list is externally provided experience"),
                   "second": ("排第二的是负面体验处理不当", "Second is negative experience handled badly")})


def test_notebook_10_each_function_has_its_own_weak_dimension():
    ratings = cxlab.load_dataset("servqual_internal")
    items = servqual.instrument(variant="internal")
    E = ratings.filter(regex="^E_").rename(columns=lambda c: c[2:])
    P = ratings.filter(regex="^P_").rename(columns=lambda c: c[2:])
    by_function = servqual.by_dimension(servqual.gaps(E, P, dimensions=items), dimensions=items).groupby(
        ratings["function"]).mean()
    weakest = by_function.idxmin(axis=1)
    assert ratings["function"].nunique() == 5
    assert weakest["IT"] == "responsiveness" and weakest["finance"] == "empathy"
    assert weakest["logistics"] == "reliability"
    assert by_function.mean(axis=1).idxmax() == "HR"  # HR is closest to expectations
    _quoted("10", {"five": ("五个职能部门", "the five functions"),
                   "it": ("IT 是响应性", "IT's is responsiveness"),
                   "finance": ("财务是移情性", "finance's empathy"),
                   "logistics": ("物流是可靠性", "logistics' reliability"),
                   "hr": ("人力资源最接近期望", "HR is closest to expectations")})


@pytest.mark.parametrize("name", ["00", "01", "02", "03", "08", "09", "10"])
def test_prose_helper_reads_both_editions(name):
    assert _prose(name, "zh") != _prose(name, "en") and len(_prose(name, "en")) > 500
