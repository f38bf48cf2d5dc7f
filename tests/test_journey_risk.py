"""Journeys, blueprints and the risk register: models, validation, and figure structure."""

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import journey, plotting, risk

from .conftest import missing_glyphs


@pytest.fixture
def trip():
    return journey.Journey.from_frame(cxlab.load_dataset("journey_furnishing"))


def test_journey_model(trip):
    assert trip.stages == ("browse", "choose", "order", "deliver_install", "use", "after_sales")
    points = trip.touchpoints()
    assert len(points) == 6 and points["moment_of_truth"].sum() == 3
    assert set(points["environment"]) == {"people", "physical", "digital"}
    assert trip.emotion_by_stage()["deliver_install"] == -2
    matrix = trip.touchpoint_matrix()
    assert "配送安装" in matrix.index and "在 App 上浏览沙发" in matrix.loc["浏览"].str.cat()


@pytest.mark.parametrize(("change", "column"), [
    ({"lane": "backstage"}, "lane"), ({"environment": "virtual"}, "environment"),
    ({"emotion": 3}, "emotion"), ({"stage": "checkout"}, "stage"),
])
def test_journey_validation_names_the_row(change, column):
    frame = cxlab.load_dataset("journey_furnishing")
    for key, value in change.items():
        frame[key] = frame[key].astype(object)
        frame.loc[4, key] = value
    stages = ["browse", "choose", "order", "deliver_install", "use", "after_sales"]
    with pytest.raises(cxlab.InvalidValueError) as err:
        journey.Journey.from_frame(frame, stages=stages)
    assert column in str(err.value) and 4 in err.value.rows
    with pytest.raises(cxlab.MissingColumnError, match="lane"):
        journey.Journey.from_frame(frame.drop(columns="lane"))


def test_blueprint_structure_lanes_lines_labels(trip):
    plotting.set_theme()
    ax = trip.plot_blueprint()
    try:
        texts = [t.get_text() for t in ax.texts]
        for lane in ("顾客行为", "前台（顾客可见）", "后台（顾客不可见）", "支持过程"):
            assert lane in texts
        for line in ("互动线", "可视线", "内部互动线"):
            assert line in texts
        assert sorted(round(line.get_ydata()[0], 1) for line in ax.lines) == [0.5, 1.5, 2.5]
        assert [t.get_text() for t in ax.get_xticklabels()] == trip.stage_labels()
        assert sum("\n".join(trip.table["element_zh"]).count(t.replace("\n", "")) > 0
                   for t in texts) >= len(trip.table)
        assert missing_glyphs(ax) == []
    finally:
        plt.close("all")


def test_emotion_curve_marks_pains_and_moments(trip):
    plotting.set_theme()
    measured = journey.satisfaction_to_emotion(pd.Series({"deliver_install": 2.0, "use": 4.0}))
    assert measured.tolist() == [-1.0, 1.0]
    ax = trip.plot_emotion(measured)
    try:
        mapped, measured_line = ax.lines[0], ax.lines[1]
        assert list(mapped.get_ydata()) == [1, 0, 1, -2, 1, -1]
        assert np.isnan(measured_line.get_ydata()[0]) and measured_line.get_ydata()[3] == -1
        annotations = [t.get_text() for t in ax.texts]
        assert "送货迟到、安装师傅改约两次" in annotations and len(annotations) == 3
        assert missing_glyphs(ax) == []
    finally:
        plt.close("all")


def test_risk_score_rule_and_validation():
    for args, expected in [((5, 5, 1), (25.0, "high")), ((4, 4, 2), (12.8, "high")),
                           ((3, 4, 4), (4.8, "low")), ((3, 5, 3), (9.0, "medium"))]:
        r = risk.score(*args)
        assert (r.index, r.level) == expected
    r = risk.score(np.array([1, 5]), np.array([1, 5]), np.array([5, 1]))
    index, level = r.index, r.level
    assert r.table["level"].tolist() == list(level)
    assert list(index) == [0.2, 25.0] and list(level) == ["low", "high"]
    with pytest.raises(cxlab.InvalidValueError, match="controllability"):
        risk.score(3, 3, 6)


def test_default_register_covers_every_subprocess_of_the_guide():
    reg = risk.default_register(language="en")
    assert len(reg) == 16
    assert reg["clause"].tolist()[:2] == ["7.1.1", "7.1.2"] and reg["clause"].tolist()[-1] == "7.4.4"
    assert reg.groupby("process").size().to_dict() == {
        "Customer-experience insight": 6, "Designing the experience": 2,
        "Managing the experience": 4, "Optimising the experience": 4}
    for column in risk.COLUMNS:
        assert reg[column].astype(str).str.len().min() > 2
    from cxlab import standard

    assert all(standard.exists(c) for c in reg["clause"])


def test_prioritise_and_heatmap():
    plotting.set_theme()
    ranked = risk.prioritise(risk.default_register())
    assert ranked["rank"].tolist() == list(range(1, 17))
    assert ranked.iloc[0]["key"] == "external_provision" and ranked.iloc[0]["level"] == "高"
    ax = risk.plot_heatmap(risk.default_register())
    try:
        numbers = [t.get_text() for t in ax.texts]
        assert sorted(int(n) for cell in numbers for n in cell.split(",")) == list(range(1, 17))
        assert ax.get_xlabel() == "发生可能性（1–5）" and missing_glyphs(ax) == []
    finally:
        plt.close("all")


def test_reference_grading_in_the_quiz_follows_the_rule():
    from cxlab import quiz

    grade = next(q for q in quiz.load("09_risks")[1] if q.id == "grade-risks")
    levels = ["high", "medium", "low"]
    register = risk.default_register().set_index("key")
    for statement, key in zip(grade.data["statements"],
                              ["external_provision", "negative_experience", "actions", "indicators"],
                              strict=True):
        row = register.loc[key]
        assert risk.score(row["likelihood"], row["severity"], row["controllability"]).level == \
            levels[statement["category"]]


def test_empathy_map_template_and_rendering():
    plotting.set_theme()
    persona = journey.persona_template()
    assert set(journey.EMPATHY_FIELDS) <= set(persona)
    persona.update(persona="林女士", says=["沙发要能放进电梯"], pains=["送货时间不确定"])
    ax = journey.plot_empathy_map(persona)
    try:
        texts = [t.get_text() for t in ax.texts]
        assert {"说", "想", "做", "感受", "痛点", "期望的收获"} <= set(texts)
        assert ax.get_title() == "同理心地图：林女士"
        assert "• 沙发要能放进电梯" in texts and len(ax.patches) == 6
        assert missing_glyphs(ax) == []
    finally:
        plt.close("all")
    with pytest.raises(cxlab.MissingColumnError, match="gains"):
        journey.plot_empathy_map({"persona": "x", "says": []})
    assert risk.default_register()[["owner", "review_date"]].isna().sum().tolist() == [0, 16]
