"""The course map: the notebooks in teaching order, the clauses each covers, and
1-day (6 h) and 2-day (12 h) agendas.

The order follows the module outline of the service-design course in the seeds
(../shared/seeds/002_*: service excellence and its five quality dimensions, needs
insight with Kano and CSAT/CES/NPS, the journey across the service cycle, design
and moments of truth, team co-creation), preceded by the standard itself, and ends
with the capstone project (notebook 12), the team workshop of that outline's fifth lecture.

A course day runs 09:00–16:30: 360 minutes of teaching time that include two 15-minute
breaks (one in the morning, one in the afternoon), and a 90-minute lunch (12:00–13:30)
that is outside the 360 minutes. So each day has 330 minutes of modules, 165 before lunch
and 165 after.
"""

from __future__ import annotations

from cxlab import content, i18n
from cxlab.deprecation import options
from cxlab.errors import OptionError
from cxlab.i18n import Text

# notebook, title, clauses, terms (cxlab's numbers, see standard.terms), notebooks it requires,
# seed lecture, minutes (1-day plan, 2-day plan; 0 = self-study), day (2-day)
MODULES = (
    ("00_start_here", Text(zh="从这里开始", en="Start here"),
     "1, 5, 7.3", "", "", "—", 10, 15, 1),
    ("01_terms", Text(zh="术语和定义解读", en="The language of customer experience"),
     "2, 3", "", "00", "1", 25, 45, 1),
    ("02_principles_framework", Text(zh="原则与框架", en="Principles and framework"),
     "4, 5, 6.1.1", "", "01", "1", 25, 45, 1),
    ("03_kano_questionnaire", Text(zh="设计 Kano 问卷", en="Designing a Kano questionnaire"),
     "6.1.2, 7.1.1", "", "02", "2", 30, 60, 1),
    ("04_kano_analysis", Text(zh="分析 Kano 数据", en="Analysing Kano data"),
     "6.1.2, 6.1.4, 7.3.5", "", "03", "2", 40, 60, 1),
    ("05_servqual", Text(zh="SERVQUAL 服务质量差距分析", en="SERVQUAL service-quality gaps"),
     "7.3.3, 7.3.5, 7.3.6, 7.4.3", "", "04", "1", 35, 55, 1),
    ("06_measuring_cx", Text(zh="测量顾客体验：NPS、CSAT、CES 与投诉", en="Measuring CX: NPS, CSAT, CES, complaints"),
     "3, 7.2.5, 7.3.3, 7.3.4, 7.3.5, 7.3.6", "3.7, 3.8", "01", "2", 40, 50, 1),
    ("07_goals", Text(zh="设定顾客体验目标", en="Setting customer-experience goals"),
     "6.1.3, 6.1.4, 6.1.5, 6.2, 6.3", "", "04, 06", "5", 35, 60, 2),
    ("08_journeys_blueprints", Text(zh="顾客旅程与服务蓝图", en="Journeys and service blueprints"),
     "3, 6.1.1, 7.1.1, 7.1.2", "3.5, 3.6", "01, 06", "3, 4", 35, 65, 2),
    ("09_risks", Text(zh="顾客体验运行中的风险与机遇", en="Risks and opportunities in CX operations"),
     "6.5, 7.2.3, 7.2.4, 7.2.5", "", "07", "4", 0, 40, 2),
    ("10_internal_customers", Text(zh="内部顾客体验", en="Internal customer experience"),
     "3, 6.4, 7.3.5, 7.4.3", "3.1", "05", "1", 0, 40, 2),
    ("11_evaluation_improvement", Text(zh="评价、保持和改进", en="Evaluation, maintenance and improvement"),
     "8, 8.1, 8.2, 8.3, 5.4", "", "06, 07", "—", 25, 35, 2),
    ("12_capstone_project", Text(zh="综合实践：家居电商顾客体验项目", en="Capstone: a CX project for the home-furnishing shop"),
     "5, 6, 7, 8", "", "04, 05, 06, 07, 11", "5", 30, 90, 2),
)

# What students do in each module (exercise) and the moment that uses live class data (live).
ACTIVITIES = {
    "00_start_here": {
        "exercise": Text(zh="第一道练习：满意顾客占比（即时反馈）",
                         en="First exercise: share of satisfied customers (instant feedback)"),
        "live": Text(zh="",
                     en="")},
    "01_terms": {
        "exercise": Text(zh="术语自测（9 题，六种题型）",
                         en="Self-check on the terms (9 questions, six types)"),
        "live": Text(zh="",
                     en="")},
    "02_principles_framework": {
        "exercise": Text(zh="范围画布（导出 Markdown）；原则与框架自测",
                         en="Scope canvas (exports Markdown); self-check on principles and framework"),
        "live": Text(zh="各组展示自己的范围画布",
                     en="Groups present their scope canvases")},
    "03_kano_questionnaire": {
        "exercise": Text(zh="改写问题措辞；Kano 问卷自测",
                         en="Rewrite item wording; self-check on questionnaire design"),
        "live": Text(zh="每位学员用表单填写 Kano 问卷，提交到课堂答卷库",
                     en="Every participant fills in the Kano form, submitted to the class store")},
    "04_kano_analysis": {
        "exercise": Text(zh="答案对分类、从计数选类别、解读象限、辨别分群差异与噪声",
                         en="Classify answer pairs, pick categories from counts, read quadrants, tell segment differences from noise"),
        "live": Text(zh="培训师用 store.load(\"kano\") 现场分析全班答案，与内置数据对比",
                     en="The trainer analyses the class's answers live with store.load(\"kano\") and compares with the bundled data")},
    "05_servqual": {
        "exercise": Text(zh="手算维度差距、选对检验、放置 IPA 题项、读容忍区间图",
                         en="Compute a dimension gap by hand, pick the test, place IPA items, read a zone-of-tolerance chart"),
        "live": Text(zh="学员以本次培训为对象填写迷你 SERVQUAL，培训师现场计算差距",
                     en="Participants rate this training on a mini-SERVQUAL; the trainer computes the gaps live")},
    "06_measuring_cx": {
        "exercise": Text(zh="NPS 分组、计算 NPS、判断逐月变化是否真实",
                         en="Group scores, compute an NPS, decide whether a monthly change is real"),
        "live": Text(zh="课堂 NPS/CSAT/CES 小调查，培训师现场算出全班 NPS 和区间",
                     en="Class NPS/CSAT/CES poll; the trainer computes the class NPS and its interval live")},
    "07_goals": {
        "exercise": Text(zh="目标构建器：起草、检查、修改；改写模糊目标、判断是否达成",
                         en="Goal builder: draft, check, fix; rewrite vague goals, decide whether goals were met"),
        "live": Text(zh="各组把第 04 本的优先级写成部门目标并互查",
                     en="Groups turn notebook 04's priorities into department goals and check each other's")},
    "08_journeys_blueprints": {
        "exercise": Text(zh="把元素放进正确的泳道；用数据找出真正的痛点",
                         en="Place elements in the right swimlane; find the real pain point from data"),
        "live": Text(zh="各组画一段自己组织的旅程和蓝图",
                     en="Groups map one journey and blueprint of their own organisation")},
    "09_risks": {
        "exercise": Text(zh="按规则给风险定级，与参考评分比较",
                         en="Grade risks with the rule and compare with the reference grading"),
        "live": Text(zh="各组给自己组织的前三项风险定级",
                     en="Groups grade their own organisation's top three risks")},
    "10_internal_customers": {
        "exercise": Text(zh="找出各职能部门的短板；内部服务链自测",
                         en="Find each function's weak spot; self-check on the internal service chain"),
        "live": Text(zh="各组画一条自己组织的内部服务链",
                     en="Groups draw one internal service chain of their own organisation")},
    "11_evaluation_improvement": {
        "exercise": Text(zh="算一个仪表板数字、分清评审的输入和输出、排出 PDCA 顺序、读复测结论；第 8 章自测",
                         en="Compute a dashboard figure, sort review inputs and outputs, order PDCA, read a re-measurement; self-check on chapter 8"),
        "live": Text(zh="各组为自己的组织做一次第 4–8 章自评，比较雷达图并各写一份 PDCA 计划",
                     en="Groups self-assess their own organisation over clauses 4–8, compare radars and each write one PDCA plan")},
    "12_capstone_project": {
        "exercise": Text(zh="分组完成家居电商项目：清洗导出数据 → Kano 优先级 → SERVQUAL 差距 → NPS 区间 → 目标与策划 → 风险 → 改进计划 → 一页管理摘要",
                         en="Teams run the home-furnishing project: clean the export → Kano priorities → SERVQUAL gaps → NPS with intervals → goals and plan → risks → improvement plan → one-page management summary"),
        "live": Text(zh="各组汇报一页管理摘要，互评",
                     en="Teams present their one-page management summaries and review each other's")},
}

COLUMNS = ("notebook", "title", "clauses", "terms", "requires", "seed_lecture",
           "minutes_1day", "minutes_2day", "day_2day")
DAY_START = "09:00"
BREAK = 15  # minutes, one break in each half-day, inside the 360 minutes
LUNCH = 90  # minutes, between the half-days, outside the 360 minutes
TEACHING_DAY = 360  # minutes of teaching time a day, breaks included


def modules(*, language: str | None = None):
    """All modules of the course in teaching order.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        The language of ``title``; default: the active language.

    Returns
    -------
    DataFrame
        One row per notebook, with columns:

        - ``notebook``: the notebook's file stem (``"04_kano_analysis"``)
        - ``title``: its title in ``language``
        - ``clauses``: the clauses and chapters of GB/T 42509 it covers
        - ``terms``: term numbers (cxlab's: see :func:`cxlab.standard.terms`)
        - ``requires``: notebooks to do first (two-digit numbers)
        - ``seed_lecture``: the lecture of the seed course outline it follows
        - ``minutes_1day``, ``minutes_2day``: teaching minutes in each plan (0: self-study
          after a one-day course)
        - ``day_2day``: the day of the two-day course

    Examples
    --------
    >>> from cxlab import course
    >>> table = course.modules(language="en")
    >>> len(table), int(table["minutes_1day"].sum()), int(table["minutes_2day"].sum())
    (13, 330, 660)
    >>> table.loc[0, "title"]
    'Start here'
    """
    import pandas as pd

    table = pd.DataFrame(MODULES, columns=list(COLUMNS))
    table["title"] = table["title"].map(lambda title: i18n.render(title, i18n.code(language)))
    return table


@options(positional=("days",))
def agenda(*, days: int = 1, start: str = DAY_START, language: str | None = None):
    """A timed agenda for a 1- or 2-day course, one row a module, break or lunch.

    Each day is 360 minutes of teaching time including two 15-minute breaks, plus a
    90-minute lunch outside those minutes (09:00–16:30 with lunch 12:00–13:30 when the day
    starts at 09:00). Lunch comes after the module that completes the first half of the
    day's module minutes; each half-day's break goes at the module boundary closest to the
    middle of that half (the later one on a tie). Modules with no time in the 1-day plan
    are left out (self-study).

    Parameters
    ----------
    days : {1, 2}
        The length of the course (keyword-only; by position deprecated).
    start : str
        The time the day starts, ``"HH:MM"``.
    language : {"zh", "en"}, optional
        The language of ``title``; default: the active language.

    Returns
    -------
    DataFrame
        One row per slot, with columns ``day``, ``start``, ``end`` (HH:MM), ``kind``
        (``"module"``, ``"break"`` or ``"lunch"``), ``notebook`` ("—" for breaks and lunch),
        ``title`` (in ``language``) and ``minutes``.

    Raises
    ------
    cxlab.errors.OptionError
        For ``days`` other than 1 or 2.

    Examples
    --------
    >>> from cxlab import course
    >>> plan = course.agenda(days=1)
    >>> plan.iloc[0]["start"], plan.iloc[-1]["end"]
    ('09:00', '16:30')
    >>> plan["kind"].value_counts().to_dict()
    {'module': 11, 'break': 2, 'lunch': 1}
    """
    import pandas as pd

    if days not in (1, 2):
        raise OptionError(name="days", value=days, valid="1, 2")
    lang = i18n.code(language)
    table = modules(language=lang)
    table = table.assign(minutes=table[f"minutes_{days}day"], day=table["day_2day"] if days == 2 else 1)
    table = table[table["minutes"] > 0]
    rows = []
    for day, group in table.groupby("day", sort=True):
        clock = pd.Timestamp(f"2000-01-01 {start}")
        for k, half in enumerate(_halves(list(group.itertuples()))):
            if k:
                rows.append((day, clock, "lunch", "—", i18n.t("course.lunch", lang), LUNCH))
                clock += pd.Timedelta(minutes=LUNCH)
            pause = _break_position([item.minutes for item in half])
            for n, item in enumerate(half):
                if n == pause:
                    rows.append((day, clock, "break", "—", i18n.t("course.break", lang), BREAK))
                    clock += pd.Timedelta(minutes=BREAK)
                rows.append((day, clock, "module", item.notebook, item.title, item.minutes))
                clock += pd.Timedelta(minutes=item.minutes)
    out = pd.DataFrame(rows, columns=["day", "start", "kind", "notebook", "title", "minutes"])
    end = out["start"] + pd.to_timedelta(out["minutes"], unit="min")
    out.insert(2, "end", end.dt.strftime("%H:%M"))
    out["start"] = out["start"].dt.strftime("%H:%M")
    return out


def _halves(items: list) -> list[list]:
    """A day's modules split after the one that completes half of the day's minutes."""
    total, elapsed = sum(item.minutes for item in items), 0
    for k, item in enumerate(items):
        elapsed += item.minutes
        if elapsed * 2 >= total:
            return [items[:k + 1], items[k + 1:]]
    return [items]


def _break_position(minutes: list[int]) -> int:
    """Index of the module the half-day's break comes before: the boundary closest to the
    middle of the half (the later one on a tie)."""
    middle = sum(minutes) / 2
    bounds = [sum(minutes[:k]) for k in range(1, len(minutes))] or [sum(minutes)]
    best = min(range(len(bounds)), key=lambda k: (abs(bounds[k] - middle), -k))
    return best + 1


@options(positional=("language",))
def time_needed(notebook: str, *, language: str | None = None) -> str:
    """The "time needed" line of a notebook's opening block, from the course data.

    A test checks that every notebook states exactly these minutes.

    Parameters
    ----------
    notebook : str
        A notebook stem from :func:`modules`.
    language : {"zh", "en"}, optional
        Default: the active language.

    Returns
    -------
    str
        The minutes in the 1-day and 2-day plans (or that the module is self-study in the
        1-day plan), and where the agenda is.

    Examples
    --------
    >>> from cxlab import course
    >>> course.time_needed("05_servqual", language="en")[:40]
    '35 minutes in the one-day course, 55 min'
    """
    row = modules().set_index("notebook").loc[notebook]
    lang = i18n.code(language)
    key = "course.time_needed" if row["minutes_1day"] else "course.time_needed_self_study"
    where = i18n.t("course.agenda_here" if notebook == MODULES[0][0] else "course.agenda_in_00", lang)
    return i18n.t(key, lang, one=row["minutes_1day"], two=row["minutes_2day"], where=where)


@options(positional=("language",))
def plan_markdown(*, language: str | None = None) -> str:
    """The course plan for trainers: both agendas with timing, exercises and class-data moments.

    docs/course_plan_zh.md and docs/course_plan_en.md are this text (a test keeps them equal).

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language (which is left as it was).

    Returns
    -------
    str
        Markdown: a heading, the shape of a day, then one table per course day with the
        columns time, minutes, notebook, title, exercises and class-data moment.

    Examples
    --------
    >>> from cxlab import course
    >>> course.plan_markdown(language="en").splitlines()[0][:2]
    '# '
    """
    lang = i18n.code(language)
    previous = i18n.get_language()
    i18n.set_language(lang)
    try:
        lines = [f"# {i18n.t('course.title')}", "", i18n.t("course.intro"), "", i18n.t("course.day_shape"), ""]
        for days in (1, 2):
            lines += [f"## {i18n.t('course.plan', days=days)}", ""]
            table = agenda(days=days)
            for day, group in table.groupby("day"):
                if days == 2:
                    lines += [f"### {i18n.t('course.day', day=day)}", ""]
                lines += [i18n.t("course.header"), "|---|---|---|---|---|---|"]
                for row in group.itertuples():
                    act = ACTIVITIES.get(row.notebook, {})
                    exercise, live = (i18n.render(act.get(part, ""), lang) for part in ("exercise", "live"))
                    lines.append(f"| {row.start}–{row.end} | {row.minutes} | {row.notebook} | {row.title} | "
                                 f"{exercise} | {live} |")
                lines.append("")
            if days == 1:
                lines += [i18n.t("course.self_study"), ""]
        return "\n".join(lines).rstrip("\n")
    finally:
        i18n.set_language(previous)


@options(positional=("language",))
def trainer_guide(*, language: str | None = None, objectives=None, extra_mistakes=None) -> str:
    """The trainer guide (讲师手册) as Markdown.

    For every module of the course map: its timing in both agendas, prerequisites, clauses,
    learning objectives, what to say, discussion questions (the seeds' cases named with their
    seed), common mistakes with the exercise that brings each out, and the class-data moment.
    Content: ``cxlab/data/trainer.yaml``.

    Parameters
    ----------
    language : {"zh", "en"}, optional
        Default: the active language.
    objectives : mapping of notebook → list of str, optional
        Learning objectives per module, as the notebooks state them (tools/trainer_guide.py
        reads them from the notebooks). A module missing here uses the objectives in
        trainer.yaml, or points to its notebook.
    extra_mistakes : mapping of notebook → list of str, optional
        More mistake lines per module in ``language`` (e.g. from a registry of exercise
        checkers), appended after the guide's own.

    Returns
    -------
    str
        Markdown with one ``##`` section per module.

    Raises
    ------
    cxlab.errors.UnknownLanguageError
        For a language other than zh or en (the valid codes are listed).

    Examples
    --------
    >>> from cxlab import course
    >>> guide = course.trainer_guide(language="en")
    >>> sum(line.startswith("## ") for line in guide.splitlines())
    13
    """
    lang = i18n.code(language)
    guide = content.load("trainer")
    objectives, extra_mistakes = objectives or {}, extra_mistakes or {}
    slots = {days: _slots(days, lang) for days in (1, 2)}
    t = lambda key, **kw: i18n.t(key, lang, **kw)  # noqa: E731
    lines = [f"# {t('guide.title')}", "", guide["intro"][lang], ""]
    sep = "：" if lang == "zh" else ": "
    table = modules(language=lang)
    titles = dict(zip(table["notebook"].str[:2], table["title"], strict=True))
    for row in table.itertuples():
        entry = guide["modules"][row.notebook]
        lines += [f"## {row.notebook[:2]} {row.title}", ""]
        timing = [slots[days].get(row.notebook) or t("guide.self_study") for days in (1, 2)]
        requires = [f"{n} {titles[n]}" for n in filter(None, map(str.strip, row.requires.split(",")))]
        lines += [f"- **{t('guide.timing')}**{sep}{t('guide.timing_both', one=timing[0], two=timing[1])}",
                  f"- **{t('guide.requires')}**{sep}{t('guide.list_sep').join(requires) or t('guide.none')}",
                  f"- **{t('guide.clauses')}**{sep}{row.clauses}"
                  + (t("guide.terms", terms=row.terms) if row.terms else ""), ""]
        goals = objectives.get(row.notebook) or entry.get("objectives", {}).get(lang) or [t("guide.see_notebook")]
        lines += [f"### {t('guide.objectives')}", "", *[f"- {g}" for g in goals], ""]
        lines += [f"### {t('guide.messages')}", "", *[f"{k}. {m[lang]}" for k, m in enumerate(entry["messages"], 1)], ""]
        lines += [f"### {t('guide.questions')}", ""]
        lines += [f"{k}. {q[lang]}" + (f" *({t('guide.seed', seed=q['seed'])})*" if q.get("seed") else "")
                  for k, q in enumerate(entry["questions"], 1)] + [""]
        lines += [f"### {t('guide.mistakes')}", ""]
        lines += [f"- {m[lang]} *{t('guide.shows')}*{sep}{m['shows_' + lang]}" for m in entry["mistakes"]]
        lines += [f"- {line}" for line in extra_mistakes.get(row.notebook, [])] + [""]
        lines += [f"### {t('guide.class_data')}", "", entry["class_data"][lang], ""]
    return "\n".join(lines).rstrip("\n")


def _slots(days: int, lang: str) -> dict[str, str]:
    """Notebook → "N min (day D, HH:MM–HH:MM)" in one agenda."""
    table = agenda(days=days)
    table = table[table["kind"] == "module"]
    return {r.notebook: i18n.t("guide.slot", lang, minutes=r.minutes, day=r.day, start=r.start, end=r.end)
            for r in table.itertuples()}


