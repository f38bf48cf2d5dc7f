"""The quiz engine: every question type marked right and wrong, driven through the widgets."""

import pytest

import cxlab
from cxlab import quiz
from cxlab.widgets import Quiz


def _texts(node):
    """Every {zh, en} text in a quiz file's parsed content."""
    if isinstance(node, dict):
        if set(node) >= {"zh", "en"}:
            yield node
        else:
            for value in node.values():
                yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


@pytest.mark.parametrize("name", quiz.available())
def test_bundled_quizzes_load_and_every_text_is_bilingual(name):
    import yaml

    title, questions = quiz.load(name)
    assert title["zh"] and title["en"] and len(questions) >= 6
    raw = yaml.safe_load((quiz.FOLDER / f"{name}.yaml").read_text(encoding="utf-8"))
    for text in _texts(raw):
        assert str(text["zh"]).strip() and str(text["en"]).strip(), text


def test_the_two_notebook_quizzes_use_every_question_type():
    used = {q.type for name in quiz.available() for q in quiz.load(name)[1]}
    assert used == set(quiz.TYPES)


def _q(name, qid):
    return next(q for q in quiz.load(name)[1] if q.id == qid)


def test_single_choice_explains_the_wrong_option():
    q = _q("01_terms", "nps-compute")
    right, wrong = q.mark(0), q.mark(1)
    assert right.correct and "45% − 25% = 20" in right.feedback
    assert not wrong.correct and "没有除以样本量" in wrong.feedback


def test_multiple_choice_names_wrong_picks_and_counts_missed():
    q = _q("01_terms", "kinds-of-customer")
    assert q.mark({0, 1, 2}).correct
    partial = q.mark({0, 3})
    assert not partial.correct and "潜在顾客" in partial.feedback and "2 个正确选项" in partial.feedback


def test_true_false_always_explains():
    q = _q("01_terms", "no-complaints")
    assert q.mark(False).correct and "悄悄离开" in q.mark(False).feedback
    assert not q.mark(True).correct and "悄悄离开" in q.mark(True).feedback


def test_matching_counts_and_names_mismatches():
    q = _q("01_terms", "term-definition")
    assert q.mark([0, 1, 2, 3, 4]).correct
    m = q.mark([1, 0, 2, 3, 4])
    assert not m.correct and "3 / 5" in m.feedback and "顾客满意" in m.feedback


def test_ordering_names_wrong_positions():
    q = _q("02_principles_framework", "design-process")
    assert q.mark([0, 1, 2, 3, 4, 5]).correct
    m = q.mark([1, 0, 2, 3, 4, 5])
    assert not m.correct and "4 / 6" in m.feedback and "1；2" in m.feedback


def test_classify_spot_the_difference_gives_the_reason():
    q = _q("01_terms", "experience-vs-satisfaction")
    assert q.mark([0, 1, 1, 0, 0]).correct
    m = q.mark([0, 0, 1, 0, 0])
    assert not m.correct and "单次事件" in m.feedback


def test_unanswered_is_not_marked_wrong():
    q = _q("01_terms", "term-definition")
    assert q.mark([0, None, 2, 3, 4]).feedback == "请先作答。"
    assert _q("01_terms", "nps-compute").mark(None).feedback == "请先作答。"


def test_feedback_in_english():
    cxlab.set_language("en")
    m = _q("02_principles_framework", "design-process").mark([5, 4, 3, 2, 1, 0])
    assert m.feedback.startswith("✘ Not yet. 0 of 6 correct. Look again at: 1; 2; 3")


def test_quiz_widget_score_wrong_then_right_then_wrong_again():
    qz = Quiz("01_terms", shuffle=3)
    assert qz.score.value == "得分：0 / 9（已答 0 题）"
    form = qz.form("nps-compute")
    radio = form.inputs[0]
    radio.value = 2  # the student clicks "45"
    form.check_button.click()
    assert "推荐者占比" in form.feedback.value and qz.right == 0 and qz.answered == 1
    radio.value = 0
    form.check_button.click()
    assert form.result.correct and qz.score.value == "得分：1 / 9（已答 1 题）"
    radio.value = 3  # re-answering replaces the earlier result
    form.check_button.click()
    assert qz.right == 0 and "百分点" in form.feedback.value


@pytest.mark.parametrize(("qid", "right", "wrong"), [
    ("internal-customer", 0, 1),
    ("kinds-of-customer", {0, 1, 2}, {3}),
    ("no-complaints", False, True),
    ("term-definition", [0, 1, 2, 3, 4], [4, 3, 2, 1, 0]),
    ("experience-vs-satisfaction", [0, 1, 1, 0, 0], [1, 0, 0, 1, 1]),
])
def test_every_form_kind_through_its_inputs(qid, right, wrong):
    form = Quiz("01_terms", shuffle=11).form(qid)
    form.set_response(wrong)
    assert not form.check().correct
    form.set_response(right)
    assert form.check().correct and form.feedback.value.startswith("✔")


def test_checkboxes_map_to_options_whatever_the_shown_order():
    form = Quiz("01_terms", shuffle=5).form("kinds-of-customer")
    for box in form.inputs:
        box.value = "路人" in box.description or "装修" in box.description \
            or "小店" in box.description
    form.check_button.click()
    assert form.result.correct


def test_ordering_form_through_dropdowns():
    form = Quiz("02_principles_framework", shuffle=1).form("design-process")
    for position, box in enumerate(form.inputs):
        assert box.value is None
        box.value = position
    form.check_button.click()
    assert form.result.correct


def test_shuffle_is_reproducible_and_changes_order():
    def order(seed):
        qz = Quiz("02_principles_framework", shuffle=seed)
        return [f.question.id for f in qz.forms], [o for o in qz.forms[0].inputs[0].options]

    assert order(4) == order(4)
    assert order(4) != order(5)
    plain = [f.question.id for f in Quiz("02_principles_framework").forms]
    assert plain == [q.id for q in quiz.load("02_principles_framework")[1]]


def test_unknown_quiz_lists_the_names():
    with pytest.raises(quiz.UnknownQuizError, match="01_terms"):
        quiz.load("99_none")


@pytest.mark.parametrize(("body", "problem"), [
    ("type: essay", "type 'essay'"),
    ("type: single\n  prompt: {zh: a, en: b}\n  options: []", "missing field 'clause'"),
    ("type: single\n  clause: '9.9'\n  prompt: {zh: a, en: b}\n  options: []", "clause '9.9'"),
    ("type: single\n  clause: '3.1'\n  prompt: {zh: a, en: b}\n  options:\n"
     "    - {text: {zh: x, en: y}}", "0 options marked correct"),
    ("type: classify\n  clause: '3.3'\n  prompt: {zh: a, en: b}\n  categories: [{zh: a, en: b}]\n"
     "  statements:\n    - {text: {zh: x, en: y}, category: 3}", "category index"),
])
def test_format_errors_name_file_question_and_problem(tmp_path, monkeypatch, body, problem):
    text = "title: {zh: 坏, en: bad}\nquestions:\n- id: q1\n  " + body + "\n"
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(quiz, "FOLDER", tmp_path)
    quiz.load.cache_clear()
    try:
        with pytest.raises(quiz.QuizFormatError) as err:
            quiz.load("bad")
        zh = str(err.value)
        assert zh.startswith("测验文件 bad.yaml 的第 q1 题格式有误：") and problem not in zh
        cxlab.set_language("en")
        assert "bad.yaml" in str(err.value) and "q1" in str(err.value) and problem in str(err.value)
    finally:
        quiz.load.cache_clear()
