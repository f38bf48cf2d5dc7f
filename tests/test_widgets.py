"""Drive the exercise widgets as a student would: type, click, read the feedback."""

import pytest

import cxlab
from cxlab.widgets import NumericExercise, parse_number


def answer(exercise, text):
    exercise.answer_box.value = text
    exercise.check_button.click()
    return exercise.feedback.value


@pytest.mark.parametrize(("text", "value"), [
    ("0.7", 0.7), (" 0.7 ", 0.7), ("70%", 0.7), ("７０％", 0.7), ("０.７", 0.7), ("70 %", 0.7),
    ("abc", None), ("", None), ("0,7", None), ("nan", None), ("inf", None),
])
def test_parse_number(text, value):
    result = parse_number(text)
    if value is None:
        assert result is None
    else:
        assert result == pytest.approx(value)


def test_top2_exercise_computes_its_answer_from_the_data(survey):
    ex = cxlab.exercises.top2_share(survey)
    assert ex.answer == pytest.approx((survey["csat"] >= 4).mean())
    assert ex.answer == pytest.approx(169 / 240)


def test_feedback_for_right_wrong_percentage_and_garbage(survey):
    ex = cxlab.exercises.top2_share(survey)
    assert "不是一个数字" in answer(ex, "七成") and ex.attempts == 0
    assert "偏高" in answer(ex, "0.9")
    assert "偏低" in answer(ex, "0.5") and "提示" in ex.feedback.value  # hint after 2 misses
    assert "百分数" in answer(ex, "70.4") and not ex.solved
    assert "正确" in answer(ex, "70.4%") and ex.solved and ex.attempts == 4
    assert "Top2 满意率" in ex.feedback.value


def test_feedback_follows_english(survey):
    cxlab.set_language("en")
    ex = cxlab.exercises.top2_share(survey)
    assert ex.check_button.description == "Check"
    assert "Too low" in answer(ex, "0.1")
    assert "Correct" in answer(ex, "0.704")


def test_solved_stays_solved_and_escapes_html():
    ex = NumericExercise("<script>", answer=2.0, tolerance=0.1)
    assert "&lt;script&gt;" in ex.widget.children[0].value
    answer(ex, "2")
    answer(ex, "5")
    assert ex.solved and "偏高" in ex.feedback.value


def test_exercise_refuses_bad_data(survey):
    with pytest.raises(cxlab.InvalidValueError, match="csat"):
        cxlab.exercises.top2_share(survey.assign(csat=survey["csat"] + 1))
    with pytest.raises(cxlab.MissingColumnError, match="csat"):
        cxlab.exercises.top2_share(survey.drop(columns="csat"))


def test_scope_canvas_names_what_is_missing_then_exports_markdown(tmp_path):
    canvas = cxlab.widgets.ScopeCanvas()
    canvas.fields["organisation"].value = "家居电商平台"
    canvas.fields["products"].value = "家具\n家纺"
    canvas.check_button.click()
    assert "还缺" in canvas.feedback.value and "顾客类别" in canvas.feedback.value
    assert "产品和服务" not in canvas.feedback.value.split("还缺")[1].split("。")[0]
    canvas.fields["customers"].value = "- 新顾客：找得到\n• 老顾客：售后快"
    canvas.fields["departments"].value = "产品部门：描述准确"
    canvas.fields["collaboration"].value = "客服与物流：退换货"
    canvas.fields["boundary"].value = "整个平台"
    canvas.check_button.click()
    assert "只写了一项" in canvas.feedback.value and "还缺" not in canvas.feedback.value
    canvas.fields["departments"].value += "\n物流部门：准时"
    canvas.check_button.click()
    assert canvas.feedback.value.startswith("✔")
    md = canvas.output.value
    assert md.startswith("# 顾客体验管理范围画布") and "- 新顾客：找得到" in md and "- 老顾客：售后快" in md
    canvas.save(tmp_path / "scope.md")
    assert (tmp_path / "scope.md").read_text(encoding="utf-8") == md


def test_scope_canvas_in_english():
    cxlab.set_language("en")
    canvas = cxlab.widgets.ScopeCanvas()
    canvas.check_button.click()
    assert canvas.feedback.value.startswith("Still missing: Organisation")


def test_kano_form_one_respondent_one_row_then_analysis():
    from cxlab import kano

    features = cxlab.load_dataset("kano_features").head(2)
    form = cxlab.widgets.QuestionnaireForm(kano.questionnaire(features, importance=True))
    assert list(form.inputs) == ["ar_preview_func", "ar_preview_dys", "ar_preview_imp",
                                 "true_photos_func", "true_photos_dys", "true_photos_imp"]
    form.inputs["ar_preview_func"].value = 1
    form.submit_button.click()
    assert "5 题没有作答" in form.feedback.value and form.responses.empty
    seen = []
    form.on_submit = seen.append
    for qid, value in zip(form.inputs, [1, 3, 7, 2, 5, 9], strict=True):
        form.inputs[qid].value = value
    form.respondent.value = " S042 "
    form.submit_button.click()
    assert form.feedback.value.startswith("✔") and len(form.responses) == 1
    assert seen[0]["respondent_id"] == "S042" and seen[0]["true_photos_dys"] == 5
    assert all(box.value is None for box in form.inputs.values())
    result = kano.analyze(form.responses)
    assert result["category"].tolist() == ["A", "M"]


def test_poll_form_submits_to_the_store_in_the_shape_metrics_read(tmp_path):
    from cxlab import metrics, store

    s = store.Store(tmp_path / "class.sqlite")
    form = cxlab.widgets.QuestionnaireForm(metrics.poll(), on_submit=s.submitter("nps"))
    assert [b.options[1][1] for b in form.inputs.values()] == [0, 1, 1]  # scales start at 0, 1, 1
    assert [b.options[-1][1] for b in form.inputs.values()] == [10, 5, 7]
    for values in ([9, 5, 7], [3, 2, 2], [10, 4, 6]):
        for box, value in zip(form.inputs.values(), values, strict=True):
            box.value = value
        form.submit_button.click()
    table = s.load("nps")
    assert len(table) == 3
    assert metrics.nps(table["recommend"], method="wald").value == pytest.approx(100 / 3)
    assert metrics.csat(table["csat"]).count == 2


def test_servqual_form_answers_feed_summarize(tmp_path):
    from cxlab import servqual

    items = ["T1", "R1", "S1", "A1", "E1"]
    form = cxlab.widgets.QuestionnaireForm(servqual.questionnaire(items))
    assert len(form.inputs) == 10 and list(form.inputs)[:2] == ["E_T1", "E_R1"]
    for e, p in ((7, 5), (6, 5), (7, 4)):
        for qid, box in form.inputs.items():
            box.value = e if qid.startswith("E_") else p
        form.submit_button.click()
    answers = form.responses
    e = answers.filter(like="E_").rename(columns=lambda c: c[2:]).astype(int)
    p = answers.filter(like="P_").rename(columns=lambda c: c[2:]).astype(int)
    dims = servqual.instrument().set_index("item").loc[items, "dimension"].to_dict()
    table = servqual.summarize(e, p, dimensions=dims)
    assert table.loc["overall", "gap"] == pytest.approx(-2.0)
