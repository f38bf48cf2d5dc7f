"""The course map: the notebooks in teaching order, the clauses each covers, and
1-day (6 h) and 2-day (12 h) agendas.

The order follows the module outline of the service-design course in the seeds
(../shared/seeds/002_*: service excellence and its five quality dimensions, needs
insight with Kano and CSAT/CES/NPS, the journey across the service cycle, design
and moments of truth, team co-creation), preceded by the standard itself.
"""

from __future__ import annotations

from cxlab import i18n

# notebook, zh title, en title, clauses, seed lecture, minutes (1-day plan, 2-day plan), day (2-day)
MODULES = (
    ("00_start_here", "从这里开始", "Start here", "1, 5, 7.3", "—", 15, 20, 1),
    ("01_terms", "术语和定义解读", "The language of customer experience",
     "2, 3", "1", 30, 60, 1),
    ("02_principles_framework", "原则与框架", "Principles and framework", "4, 5, 6.1.1", "1",
     30, 60, 1),
    ("03_kano_questionnaire", "设计 Kano 问卷", "Designing a Kano questionnaire",
     "6.1.2, 7.1.1", "2", 30, 60, 1),
    ("04_kano_analysis", "分析 Kano 数据", "Analysing Kano data", "6.1.2, 6.1.4, 7.3.5", "2", 40, 75,
     1),
    ("05_servqual", "SERVQUAL 服务质量差距分析", "SERVQUAL service-quality gaps",
     "7.3.3, 7.3.5, 7.3.6, 7.4.3", "1", 40, 85, 1),
    ("06_measuring_cx", "测量顾客体验：NPS、CSAT、CES 与投诉",
     "Measuring CX: NPS, CSAT, CES, complaints",
     "3.7, 3.8, 7.2.5, 7.3.3, 7.3.6", "2", 45, 60, 2),
    ("07_goals", "设定顾客体验目标", "Setting customer-experience goals",
     "6.1.3, 6.1.4, 6.1.5, 6.2, 6.3", "5", 45, 60, 2),
    ("08_journeys_blueprints", "顾客旅程与服务蓝图", "Journeys and service blueprints",
     "3.5, 3.6, 6.1.1, 7.1.1", "3, 4", 35, 75, 2),
    ("09_risks", "顾客体验运行中的风险与机遇", "Risks and opportunities in CX operations",
     "6.5, 7.2.3, 7.2.4, 7.2.5", "4", 0, 40, 2),
    ("10_internal_customers", "内部顾客体验", "Internal customer experience",
     "3.1, 6.4, 7.3.5, 7.4.3", "1", 0, 40, 2),
    ("11_evaluation_improvement", "评价、保持和改进", "Evaluation, maintenance and improvement",
     "8, 8.1, 8.2, 8.3, 5.4", "—", 20, 55, 2),
    ("workshop", "小组共创与成果汇报（无笔记本）", "Team workshop and presentations (no notebook)",
     "7.4", "5", 30, 30, 2),
)

# What students do in each module: exercises, and the moments that use live class data.
ACTIVITIES = {
    "00_start_here": ("第一道练习：满意顾客占比（即时反馈）", "First exercise: share of satisfied customers (instant feedback)", "", ""),
    "01_terms": ("术语自测（9 题，六种题型）", "Self-check on the terms (9 questions, six types)", "", ""),
    "02_principles_framework": ("范围画布（导出 Markdown）；原则与框架自测", "Scope canvas (exports Markdown); self-check on principles and framework",
                                "各组展示自己的范围画布", "Groups present their scope canvases"),
    "03_kano_questionnaire": ("改写问题措辞；Kano 问卷自测", "Rewrite item wording; self-check on questionnaire design",
                              "每位学员用表单填写 Kano 问卷，提交到课堂答卷库", "Every participant fills in the Kano form, submitted to the class store"),
    "04_kano_analysis": ("答案对分类、从计数选类别、解读象限、辨别分群差异与噪声",
                         "Classify answer pairs, pick categories from counts, read quadrants, tell segment differences from noise",
                         "培训师用 store.load(\"kano\") 现场分析全班答案，与内置数据对比", "The trainer analyses the class's answers live with store.load(\"kano\") and compares with the bundled data"),
    "05_servqual": ("手算维度差距、选对检验、放置 IPA 题项、读容忍区间图", "Compute a dimension gap by hand, pick the test, place IPA items, read a zone-of-tolerance chart", "学员以本次培训为对象填写迷你 SERVQUAL，培训师现场计算差距", "Participants rate this training on a mini-SERVQUAL; the trainer computes the gaps live"),
    "06_measuring_cx": ("NPS 分组、计算 NPS、判断逐月变化是否真实", "Group scores, compute an NPS, decide whether a monthly change is real", "课堂 NPS/CSAT/CES 小调查，培训师现场算出全班 NPS 和区间", "Class NPS/CSAT/CES poll; the trainer computes the class NPS and its interval live"),
    "07_goals": ("目标构建器：起草、检查、修改；改写模糊目标、判断是否达成", "Goal builder: draft, check, fix; rewrite vague goals, decide whether goals were met", "各组把第 04 本的优先级写成部门目标并互查", "Groups turn notebook 04's priorities into department goals and check each other's"),
    "08_journeys_blueprints": ("把元素放进正确的泳道；用数据找出真正的痛点", "Place elements in the right swimlane; find the real pain point from data", "各组画一段自己组织的旅程和蓝图", "Groups map one journey and blueprint of their own organisation"),
    "09_risks": ("按规则给风险定级，与参考评分比较", "Grade risks with the rule and compare with the reference grading", "各组给自己组织的前三项风险定级", "Groups grade their own organisation's top three risks"),
    "10_internal_customers": ("找出各职能部门的短板；内部服务链自测", "Find each function's weak spot; self-check on the internal service chain", "各组画一条自己组织的内部服务链", "Groups draw one internal service chain of their own organisation"),
    "11_evaluation_improvement": ("算一个仪表板数字、分清评审的输入和输出、排出 PDCA 顺序、读复测结论；第 8 章自测",
                                  "Compute a dashboard figure, sort review inputs and outputs, order PDCA, read a re-measurement; self-check on chapter 8",
                                  "各组为自己的组织做一次第 4–8 章自评，比较雷达图并各写一份 PDCA 计划",
                                  "Groups self-assess their own organisation over clauses 4–8, compare radars and each write one PDCA plan"),
    "workshop": ("小组共创：把 Kano 结果转成一页改进方案", "Team work: turn the Kano result into a one-page improvement plan",
                 "各组汇报", "Group presentations"),
}

COLUMNS = ("notebook", "title_zh", "title_en", "clauses", "seed_lecture",
           "minutes_1day", "minutes_2day", "day_2day")


def modules():
    """All modules in teaching order, with both titles, clauses and minutes in each plan."""
    import pandas as pd

    return pd.DataFrame(MODULES, columns=list(COLUMNS))


def agenda(days: int = 1, start: str = "09:00", lunch_after: int = 180, lunch: int = 60):
    """A timed agenda for a 1- or 2-day course: one row a module, lunch inserted per day.

    Modules with no time in the 1-day plan are left out (self-study). ``lunch`` minutes
    are inserted before the first module that would start ``lunch_after`` minutes or
    more into the day.
    """
    import pandas as pd

    if days not in (1, 2):
        from cxlab.errors import OptionError

        raise OptionError(name="days", value=days, valid="1, 2")
    table = modules()
    minutes = table[f"minutes_{days}day"]
    table = table.assign(minutes=minutes, day=table["day_2day"] if days == 2 else 1)
    table = table[table["minutes"] > 0]
    rows = []
    for day, group in table.groupby("day", sort=True):
        clock = pd.Timestamp(f"2000-01-01 {start}")
        elapsed, lunched = 0, False
        for item in group.itertuples():
            if not lunched and elapsed >= lunch_after:
                rows.append((day, clock, "—", i18n.t("course.lunch"), lunch))
                clock += pd.Timedelta(minutes=lunch)
                lunched = True
            title = item.title_zh if i18n.get_language() == "zh" else item.title_en
            rows.append((day, clock, item.notebook, title, item.minutes))
            clock += pd.Timedelta(minutes=item.minutes)
            elapsed += item.minutes
    out = pd.DataFrame(rows, columns=["day", "start", "notebook", "title", "minutes"])
    out["start"] = out["start"].dt.strftime("%H:%M")
    return out


def plan_markdown(language: str | None = None) -> str:
    """The course plan for trainers: both agendas with timing, exercises and class-data moments.

    docs/course_plan_zh.md and docs/course_plan_en.md are this text (a test keeps them equal).
    """
    lang = language or i18n.get_language()
    previous = i18n.get_language()
    i18n.set_language(lang)
    try:
        lines = [f"# {i18n.t('course.title')}", "", i18n.t("course.intro"), ""]
        for days in (1, 2):
            lines += [f"## {i18n.t('course.plan', days=days)}", ""]
            table = agenda(days)
            for day, group in table.groupby("day"):
                if days == 2:
                    lines += [f"### {i18n.t('course.day', day=day)}", ""]
                lines += [i18n.t("course.header"), "|---|---|---|---|---|---|"]
                for row in group.itertuples():
                    act = ACTIVITIES.get(row.notebook, ("", "", "", ""))
                    exercise, live = (act[0], act[2]) if lang == "zh" else (act[1], act[3])
                    lines.append(f"| {row.start} | {row.minutes} | {row.notebook} | {row.title} | "
                                 f"{exercise} | {live} |")
                lines.append("")
        return "\n".join(lines)
    finally:
        i18n.set_language(previous)


i18n.register({
    "course.lunch": {"zh": "午餐", "en": "Lunch"},
    "course.title": {"zh": "课程计划：GB/T 42509 顾客体验管理", "en": "Course plan: GB/T 42509 customer-experience management"},
    "course.intro": {
        "zh": "按服务设计课程的五讲大纲编排（卓越服务认知 → 需求洞察 → 全服务周期体验 → 设计与关键时刻 → 团队共创），"
              "先讲标准本身。由 cxlab.course.plan_markdown() 生成。",
        "en": "Ordered after the five-lecture outline of a service-design course (service excellence → needs insight → "
              "the whole service cycle → design and moments of truth → team co-creation), preceded by the standard "
              "itself. Generated by cxlab.course.plan_markdown().",
    },
    "course.plan": {"zh": "{days} 天课程", "en": "{days}-day course"},
    "course.day": {"zh": "第 {day} 天", "en": "Day {day}"},
    "course.header": {"zh": "| 开始 | 分钟 | 笔记本 | 内容 | 练习 | 课堂数据 |",
                      "en": "| Start | Minutes | Notebook | Topic | Exercises | Class data |"},
})
