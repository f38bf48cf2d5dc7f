"""Planning and design content (issue 17): the training guide's five 6.1.5 goal → plan
examples, the 6.2 resource types and 6.3 roles, the 7.1.1 design steps and 7.1.2 evaluation
factors, the seed lecture's three expectations (notebook 03), their exercises, and goals given
in zh and en."""

import datetime as dt

import pytest

import cxlab
from cxlab import exercises, goals, journey

from .conftest import source_cells

TODAY = dt.date(2026, 1, 5)  # notebook 07's planning meeting


@pytest.fixture(params=["zh", "en"])
def lang(request):
    old = cxlab.get_language()
    cxlab.set_language(request.param)
    yield request.param
    cxlab.set_language(old)


def test_the_guide_examples_keep_its_figures(lang):
    # Training guide (seeds/003), 6.1.5 table: 90% and 500 questionnaires a quarter; page load
    # 3 s and errors < 1% within a year; 30 s response and 95% first-contact resolution within
    # half a year; complaints 100% on time and 90% satisfied each quarter; repurchase 40%.
    examples = {g.id: g for g in goals.plan_examples(today=TODAY)}
    assert list(examples) == ["activities", "priority", "resources", "responsibilities", "methods"]
    figures = {"activities": ("90%", "500"), "priority": ("3 ", "1%"), "resources": ("30 ", "95%"),
               "responsibilities": ("100%", "90%"), "methods": ("40%",)}
    for key, quoted in figures.items():
        assert all(q in examples[key].statement for q in quoted), (key, examples[key].statement)
    assert [examples[k].target for k in figures] == [0.90, 3, 30, 1.0, 0.40]
    assert examples["activities"].per_period == 500
    assert examples["priority"].direction == examples["resources"].direction == "at_most"
    assert (examples["priority"].deadline, examples["resources"].deadline) == ("2027-01-05", "2026-07-05")
    assert examples["responsibilities"].owner in ("售后服务部门", "After-sales service department")


def test_the_checker_reads_the_examples_as_notebook_07_says():
    found = {g.id: [f.code for f in goals.check(g, today=TODAY)]
             for g in goals.plan_examples(today=TODAY)}
    assert all({"no_metric", "no_baseline"} <= set(c) for c in found.values())
    assert sum("no_owner" in c for c in found.values()) == 3  # "三个没有负责人"
    assert sum("no_deadline" in c for c in found.values()) == 2  # "两个……没有截止日期"
    assert found["resources"] == ["no_metric", "no_baseline"]
    cells = source_cells("07_goals.py")
    zh = "\n".join(c[1]["zh"] for c in cells if c[0] == "md")
    en = "\n".join(c[1]["en"] for c in cells if c[0] == "md")
    assert "五个都没有基线" in zh and "三个没有负责人" in zh and "两个是“每季度”" in zh
    assert "all\nfive lack a baseline" in en and "three have no owner" in en and "two are standing" in en


def test_resource_types_and_roles_follow_the_guide(lang):
    types = goals.resource_types()
    assert list(types.index) == ["people", "knowledge", "finance", "tools", "information",
                                 "environment", "external"]
    roles = goals.cx_roles()
    assert len(roles) == 11 and roles["group"].nunique() == 3
    if lang == "zh":
        assert types.loc["external", "type"] == "外部供方" and "数据分析师" in set(roles["role"])


@pytest.mark.parametrize("make", [exercises.plan_elements, exercises.resource_sorting,
                                  exercises.role_sorting, exercises.design_review,
                                  exercises.expectation_sorting, exercises.internal_kano_sorting])
def test_planning_exercises_name_each_misplaced_item_and_why(make):
    cxlab.set_language("zh")
    form = make()
    truth = [s["category"] for s in form.question.data["statements"]]
    n = len(form.question.labels())
    form.set_response([(c + 1) % n for c in truth])
    mark = form.check()
    assert not mark.correct and f"0 / {len(truth)}" in mark.feedback
    first = form.question.data["statements"][0]
    assert first["why"]["zh"] in mark.feedback  # the reason for that item, not just "wrong"
    wrong_once = list(truth)
    wrong_once[-1] = (truth[-1] + 1) % n
    form.set_response(wrong_once)
    mark = form.check()
    assert f"{len(truth) - 1} / {len(truth)}" in mark.feedback and first["why"]["zh"] not in mark.feedback
    form.set_response(truth)
    assert form.check().correct


def test_a_goal_given_in_both_languages_shows_the_active_one(lang):
    pair = cxlab.i18n.Text("物流部", "Logistics")
    goal = goals.Goal({"zh": "满意率 80%", "en": "Satisfaction 80%"}, "improvement", owner=pair,
                      id="g")
    assert goal.owner == ("物流部" if lang == "zh" else "Logistics")
    table = goals.plan_table([goal], risks={"g": pair})
    assert table.loc["g", "risk"] == goal.owner and table.loc["g", "goal"].startswith(
        "满意率" if lang == "zh" else "Satisfaction")


def test_the_wrong_direction_message_names_the_direction_in_the_active_language(lang):
    goal = goals.Goal("NPS 5", "improvement", "nps", target=5, baseline=9.9, deadline="2026-12-31",
                      owner="x")
    message = next(f.message for f in goals.check(goal, today=TODAY) if f.code == "wrong_direction")
    assert "at_least" not in message
    assert ("不低于目标" if lang == "zh" else "at least the target") in message


def test_design_steps_and_factors_follow_the_guide():
    # Training guide (seeds/003), 7.1.1: 需求分析, 定义目标, 解决方案, 原型制作, 测试验证, 设计实现;
    # 7.1.2: needs and expectations, intended goal, other design goals, performance goals,
    # business processes, resources.
    assert list(journey.design_steps()["step"]) == ["需求分析", "定义目标", "解决方案", "原型制作",
                                                   "测试验证", "设计实现"]
    factors = journey.design_criteria()["criterion"]
    assert len(factors) == 6 and factors.iloc[0].startswith("满足顾客需求") and "资源" in factors.iloc[-1]


def test_design_order_names_the_wrong_positions():
    form = exercises.design_order()
    form.set_response([1, 0, 2, 3, 4, 5])
    mark = form.check()
    assert not mark.correct and "4 / 6" in mark.feedback and "再看看：1；2" in mark.feedback
    form.set_response(list(range(6)))
    assert form.check().correct and "迭代" in form.check().feedback
