import re

import nbformat
import pytest

import cxlab
from cxlab import course, standard
from cxlab.errors import OptionError

from .conftest import ROOT

MODULES = course.modules()
ORDER = list(MODULES["notebook"])


def test_every_notebook_on_disk_is_on_the_course_map_and_in_order():
    on_disk = sorted(p.stem for p in (ROOT / "notebooks" / "zh").glob("*.ipynb"))
    assert on_disk and set(on_disk) <= set(ORDER)
    assert sorted(ORDER) == ORDER and all(n[:2].isdigit() for n in ORDER)
    assert ORDER[-1] == "12_capstone_project"


@pytest.mark.parametrize("days", [1, 2])
def test_each_day_is_360_minutes_with_two_breaks_inside_and_lunch_outside(days):
    plan = course.agenda(days=days)
    for _, day in plan.groupby("day"):
        inside = day[day["kind"] != "lunch"]
        assert inside["minutes"].sum() == 360  # 6 h of teaching time, the breaks included
        assert list(day.loc[day["kind"] == "break", "minutes"]) == [15, 15]
        lunch = day[day["kind"] == "lunch"]
        assert list(zip(lunch["start"], lunch["end"], strict=True)) == [("12:00", "13:30")]
        assert day.iloc[0]["start"] == "09:00" and day.iloc[-1]["end"] == "16:30"
        assert list(day["start"].iloc[1:]) == list(day["end"].iloc[:-1])  # no gaps, no overlaps
        breaks = day.loc[day["kind"] == "break", "start"]
        assert breaks.iloc[0] < "12:00" < "13:30" <= breaks.iloc[1]  # one each half-day
        assert day.iloc[0]["kind"] == day.iloc[-1]["kind"] == "module"
    assert len(plan.groupby("day")) == days


@pytest.mark.parametrize("days", [1, 2])
def test_agenda_teaches_every_planned_module_once_in_course_order(days):
    plan = course.agenda(days=days)
    taught = list(plan.loc[plan["kind"] == "module", "notebook"])
    planned = MODULES[MODULES[f"minutes_{days}day"] > 0]
    assert taught == list(planned["notebook"])
    assert list(plan.loc[plan["kind"] == "module", "minutes"]) == list(planned[f"minutes_{days}day"])


def test_one_day_plan_leaves_09_and_10_for_self_study_and_ends_with_the_capstone():
    plan = course.agenda(days=1)
    names = set(plan["notebook"])
    assert "09_risks" not in names and "10_internal_customers" not in names
    assert "00_start_here" in names and plan.iloc[-1]["notebook"] == "12_capstone_project"
    assert course.agenda(days=2).iloc[-1]["notebook"] == "12_capstone_project"
    assert (MODULES.set_index("notebook").loc["12_capstone_project", ["minutes_1day", "minutes_2day"]]
            .tolist() == [30, 90])


@pytest.mark.parametrize("days", [1, 2])
def test_every_prerequisite_is_taught_earlier(days):
    plan = course.agenda(days=days)
    taught = list(plan.loc[plan["kind"] == "module", "notebook"])
    number = {n[:2]: n for n in ORDER}
    for row in MODULES.itertuples():
        needs = [number[k.strip()] for k in row.requires.split(",") if k.strip()]
        for need in needs:
            assert ORDER.index(need) < ORDER.index(row.notebook), (row.notebook, need)
            if row.notebook in taught:
                assert need in taught[:taught.index(row.notebook)], (days, row.notebook, need)


def _opening(lang, notebook):
    path = ROOT / "notebooks" / lang / f"{notebook}.ipynb"
    if not path.exists():
        pytest.skip(f"{path.name} is not in this checkout")
    return nbformat.read(path, as_version=4).cells[0].source


TIME = {"zh": (r"\*\*所需时间\*\*：(.*)", r"1 天课程\s*(\d+)\s*分钟", r"2 天课程\s*(\d+)\s*分钟", "课后自学"),
        "en": (r"\*\*Time needed\*\*: (.*)", r"(\d+) minutes in the one-day course",
               r"(\d+) minutes in the two-day course", "self-study")}
PREREQ = {"zh": r"\*\*先修要求\*\*：(.*)", "en": r"\*\*Prerequisites\*\*: (.*)"}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("notebook", ORDER)
def test_notebook_states_the_minutes_of_the_course_plan(lang, notebook):
    line_pattern, one_day, two_day, self_study = TIME[lang]
    line = re.search(line_pattern, _opening(lang, notebook)).group(1)
    row = MODULES.set_index("notebook").loc[notebook]
    stated_two = re.search(two_day, line)
    assert stated_two and int(stated_two.group(1)) == row["minutes_2day"], line
    stated_one = re.search(one_day, line)
    if row["minutes_1day"]:
        assert stated_one and int(stated_one.group(1)) == row["minutes_1day"], line
    else:
        assert stated_one is None and self_study in line, line


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("notebook", ORDER)
def test_notebook_states_the_prerequisites_of_the_course_map(lang, notebook):
    line = re.search(PREREQ[lang], _opening(lang, notebook)).group(1)
    stated = set(re.findall(r"(?<![\d.])(\d\d)(?![\d.])", line))
    requires = MODULES.set_index("notebook").loc[notebook, "requires"]
    assert stated == {k.strip() for k in requires.split(",") if k.strip()}, line


def test_time_needed_is_the_line_the_checks_parse():
    assert course.time_needed("05_servqual", language="zh").startswith("1 天课程 35 分钟，2 天课程 55 分钟")
    assert "self-study" in course.time_needed("10_internal_customers", language="en")


def test_agenda_titles_follow_the_language():
    assert course.agenda(days=1).iloc[0]["title"] == "从这里开始"
    cxlab.set_language("en")
    plan = course.agenda(days=1)
    assert plan.iloc[0]["title"] == "Start here"
    assert set(plan.loc[plan["kind"] != "module", "title"]) == {"Break", "Lunch (outside the 6 hours)"}


def test_agenda_rejects_other_lengths():
    with pytest.raises(OptionError, match="days"):
        course.agenda(days=3)


def test_course_clauses_are_clauses_and_terms_are_terms():
    for row in MODULES.itertuples():
        for number in filter(None, map(str.strip, row.clauses.split(","))):
            assert standard.clause(number)["kind"] == "clause", (row.notebook, number)
        for number in filter(None, map(str.strip, row.terms.split(","))):
            assert standard.clause(number)["kind"] == "term", (row.notebook, number)
    assert MODULES.set_index("notebook").loc["06_measuring_cx", "terms"] == "3.7, 3.8"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_committed_course_plan_is_the_generated_one(lang):
    committed = (ROOT / "docs" / f"course_plan_{lang}.md").read_text(encoding="utf-8")
    assert committed == course.plan_markdown(language=lang) + "\n", "regenerate docs/course_plan_*.md"
    assert "store.load" in committed and committed.count("\n|---|") == 3  # 1-day, 2 x 2-day
    assert committed.count("12_capstone_project") == 2 and "16:00–16:30" in committed
    assert cxlab.get_language() == "zh"  # plan_markdown leaves the language as it found it


def test_every_module_has_activities():
    assert set(course.ACTIVITIES) == set(ORDER)
