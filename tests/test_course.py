import pytest

import cxlab
from cxlab import course

from .conftest import ROOT


def test_every_notebook_on_disk_is_on_the_course_map_and_in_order():
    planned = list(course.modules()["notebook"])
    on_disk = sorted(p.stem for p in (ROOT / "notebooks" / "zh").glob("*.ipynb"))
    assert on_disk and set(on_disk) <= set(planned)
    numbered = [n for n in planned if n[:2].isdigit()]
    assert numbered == sorted(numbered)


@pytest.mark.parametrize("days", [1, 2])
def test_each_day_is_six_hours_of_teaching_plus_lunch(days):
    plan = course.agenda(days=days)
    lunch = plan["notebook"] == "—"
    assert lunch.sum() == days
    assert (plan[~lunch].groupby("day")["minutes"].sum() == 360).all()
    assert plan.iloc[0]["start"] == "09:00"


def test_one_day_plan_leaves_09_and_10_for_self_study():
    names = set(course.agenda(days=1)["notebook"])
    assert "09_risks" not in names and "10_internal_customers" not in names
    assert "00_start_here" in names


def test_agenda_titles_follow_the_language():
    assert course.agenda(1).iloc[0]["title"] == "从这里开始"
    cxlab.set_language("en")
    assert course.agenda(1).iloc[0]["title"] == "Start here"
    assert "Lunch" in set(course.agenda(1)["title"])


def test_agenda_rejects_other_lengths():
    with pytest.raises(ValueError):
        course.agenda(days=3)


def test_course_clauses_exist_in_the_standard():
    from cxlab import standard

    for clauses in course.modules()["clauses"]:
        for number in clauses.split(","):
            assert standard.exists(number.strip()), number


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_committed_course_plan_is_the_generated_one(lang):
    committed = (ROOT / "docs" / f"course_plan_{lang}.md").read_text(encoding="utf-8")
    assert committed == course.plan_markdown(lang) + "\n", "regenerate docs/course_plan_*.md"
    assert "store.load" in committed and committed.count("\n|---|") == 3  # 1-day, 2 x 2-day
    assert cxlab.get_language() == "zh"  # plan_markdown leaves the language as it found it


def test_every_module_has_activities():
    assert set(course.ACTIVITIES) == set(course.modules()["notebook"])
