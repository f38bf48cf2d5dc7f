# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] lang="zh"
# # 00 从这里开始：顾客体验管理工作簿导览
#
# 这本工作簿陪你学习并动手应用 GB/T 42509-2023《质量管理 顾客体验管理指南》。
# 本笔记本是入口：它说明整套课程的顺序、练习控件怎么用、怎样载入数据，并带你完成第一道练习。
#
# **学习目标**
#
# - 说出工作簿各模块的顺序，以及每个模块对应标准的哪些条款；
# - 用 `cxlab` 载入内置数据集，并读懂它的数据说明；
# - 画出一张中文标签正常显示的图；
# - 完成一道有即时反馈的练习，知道练习控件如何判断对错。
#
# **所需时间**：1 天课程 10 分钟，2 天课程 15 分钟（日程见下文第 2 节）
#
# **先修要求**：无。会用 Shift+Enter 运行单元格即可；了解一点 Python 和 pandas 会更轻松。
#
# **涉及条款**：1（范围）、5（顾客体验管理框架，概览）、7.3（顾客洞察：收集与分析数据，示例）

# %% [markdown] lang="en"
# # 00 Start here: a tour of the customer-experience workbook
#
# This workbook helps you learn GB/T 42509-2023, *Quality management — Guidelines for
# customer experience management*, and apply it to data. This notebook is the way in: it
# shows the order of the course, how the exercise widgets work, how to load data, and walks
# you through a first exercise.
#
# **Learning objectives**
#
# - Name the modules of the workbook in order, and the clauses of the standard each one covers;
# - Load a bundled dataset with `cxlab` and read its data card;
# - Draw a chart whose Chinese labels display correctly;
# - Complete an exercise with instant feedback and see how the widget decides.
#
# **Time needed**: 10 minutes in the one-day course, 15 minutes in the two-day course (agendas in section 2 below)
#
# **Prerequisites**: none. You only need to run cells with Shift+Enter; a little Python and
# pandas makes it easier.
#
# **Clauses covered**: 1 (scope), 5 (the CX-management framework, overview), 7.3 (customer
# insight: collecting and analysing data, as an example)

# %%
import cxlab
from cxlab import plotting

cxlab.set_language("{LANG}")
plotting.set_theme()
print("cxlab", cxlab.__version__, "|", cxlab.get_language(), "|", plotting.chinese_font())

# %% [markdown] lang="zh"
# ## 1 一页看懂 GB/T 42509
#
# 这是一份**指南**，不是认证用的要求标准：它给出建议（“宜……”），帮助任何类型、任何规模的组织
# 系统地管理顾客体验。它沿用 GB/T 19000 族的思路，与质量管理体系可以衔接。正文分八章（前有前言，后附参考文献），章名按已公布的目次：
#
# | 章 | 内容 | 在本工作簿中 |
# |---|---|---|
# | 1 范围 | 适用于开展顾客体验管理的各类组织 | 00 |
# | 2 规范性引用文件 | GB/T 19000、GB/T 19012、GB/T 19014 等 | 01 |
# | 3 术语和定义 | 顾客、顾客体验、顾客旅程、触点、净推荐值、顾客费力度…… | 01、06 |
# | 4 顾客体验管理原则 | 五项原则，培训指南把七项质量管理原则归到这五项之下 | 02 |
# | 5 顾客体验管理框架 | 环境和影响因素、管理范围、管理过程、领导作用和承诺 | 02 |
# | 6 策划 | 目标及其实现的策划、资源配置、顾客体验管理职责、管理协同、应对风险和机遇 | 07、09 |
# | 7 运行 | 设计、管理、洞察、优化顾客体验 | 03–06、08–10 |
# | 8 评价、保持和改进 | 建立绩效测量和评价机制、顾客体验管理的评估、持续改进 | 11 |
#
# 读这张表的方法：先弄清“说的是什么”（第 3–5 章），再学“怎么计划”（第 6 章），再练“怎么做、怎么测”（第 7 章），最后是“怎么评、怎么改”（第 8 章）。

# %% [markdown] lang="en"
# ## 1 GB/T 42509 on one page
#
# It is a **guideline**, not a certifiable requirements standard: it recommends ("should")
# rather than demands, and it is meant for any organisation, of any kind or size, that manages
# customer experience. It follows the GB/T 19000 family, so it fits beside a quality
# management system. The body has eight clauses (after a foreword, before a bibliography), titled as in the
# published table of contents:
#
# | Clause | What it covers | In this workbook |
# |---|---|---|
# | 1 Scope | Any organisation that manages customer experience | 00 |
# | 2 Normative references | GB/T 19000, GB/T 19012, GB/T 19014 and others | 01 |
# | 3 Terms and definitions | customer, customer experience, journey, touchpoint, NPS, customer effort… | 01, 06 |
# | 4 Principles of CX management | five principles; the training guide groups the seven quality-management principles under them | 02 |
# | 5 CX management framework | context and influencing factors, scope, the management process, leadership and commitment | 02 |
# | 6 Planning | objectives and planning to achieve them, resource allocation, CX management responsibilities, management coordination, risks and opportunities | 07, 09 |
# | 7 Operation | designing, managing, gaining insight into and optimising CX | 03–06, 08–10 |
# | 8 Evaluation, maintenance and improvement | performance measurement and evaluation, assessing CX management, continual improvement | 11 |
#
# A way to read it: first what the words mean (clauses 3–5), then how to plan (clause 6),
# then how to do and measure (clause 7), and last how to evaluate and improve (clause 8).

# %% [markdown] lang="zh"
# ## 2 课程地图
#
# 下表是全部模块及其对应条款。课程顺序参照了一门服务设计课程的大纲：先认识卓越服务与服务质量的五个维度，
# 再做需求洞察（Kano、满意度/费力度/净推荐值），然后走完整个服务周期（顾客旅程），
# 最后是设计、关键时刻与共创。“对应讲座”一列（`seed_lecture`）标出对应的原课程讲次。

# %% [markdown] lang="en"
# ## 2 The course map
#
# The table lists every module and the clauses it covers. The order follows the outline of a
# service-design course: first service excellence and the five quality dimensions, then needs
# insight (Kano, satisfaction, effort, NPS), then the whole service cycle (the customer
# journey), and finally design, moments of truth and co-creation. `seed_lecture` gives the
# lecture of that course each module draws on.

# %%
course = cxlab.course.modules()
course[["notebook", "title", "clauses", "seed_lecture", "minutes_1day", "minutes_2day"]]

# %% [markdown] lang="zh"
# 培训师可以直接用下面的日程：一天（6 小时）或两天（12 小时）。每天 09:00–16:30，6 小时授课时间里含上午、下午各一次
# 15 分钟茶歇；午餐 12:00–13:30 不计入 6 小时。课程的最后一段是第 12 本的综合实践项目。
# 一天的课程把第 09、10 本留作课后自学。

# %% [markdown] lang="en"
# Trainers can use these agendas as they are: one day (6 hours) or two days (12 hours). A day
# runs 09:00–16:30: the 6 hours of teaching include a 15-minute break in the morning and one in
# the afternoon, and lunch (12:00–13:30) is outside them. The course ends with the capstone
# project of notebook 12. The one-day course leaves notebooks 09 and 10 for self-study.

# %%
cxlab.course.agenda(days=1)

# %%
cxlab.course.agenda(days=2)

# %% [markdown] lang="zh"
# ## 3 练习控件怎么用
#
# 每个练习都是一个小表单：读题，在输入框里作答，点“检查答案”，下方立即显示反馈——对在哪里，或错在哪里、可以怎么想。
# 判断完全在 Python 里完成，所以：
#
# - 没有网络也能用，答案不会离开你的电脑；
# - 答错几次后会出现提示；
# - 培训师和自动测试可以用同样的方式“答题”，确认每道题的反馈都正确。
#
# 如果控件没有显示出来，请确认你是在 JupyterLab 中打开的笔记本，并且已经从上到下运行了单元格。

# %% [markdown] lang="en"
# ## 3 How the exercises work
#
# Each exercise is a small form: read the question, type your answer, press "Check", and
# feedback appears at once: what was right, or what went wrong and how to think about it.
# All of the marking happens in Python, so:
#
# - it works offline, and your answers never leave your computer;
# - after a few wrong tries a hint appears;
# - trainers and the automated tests can answer exactly as you do, to confirm that every
#   question gives the right feedback.
#
# If a widget does not appear, check that you opened the notebook in JupyterLab and ran the
# cells from the top.

# %% [markdown] lang="zh"
# ## 4 载入数据
#
# `cxlab` 自带若干合成数据集，每个都有一份数据说明（来源、生成脚本、字段含义、用于哪一课）。先看看有哪些：

# %% [markdown] lang="en"
# ## 4 Loading data
#
# `cxlab` ships a few synthetic datasets, each with a data card (provenance, the generator that
# made it, what each column means, which lesson uses it). First, what is there:

# %%
cxlab.list_datasets()[["name", "title", "rows", "columns", "lesson"]]

# %%
survey = cxlab.load_dataset("intro_survey")
print(survey.shape)
survey.head()

# %% [markdown] lang="zh"
# 数据说明里的字段表告诉你每一列的含义。例如 `csat` 是 1–5 分的满意度，`recommend` 是 0–10 分的推荐意愿（用于计算净推荐值，第 06 本会详细讲），
# `ces` 是“公司让我办事很容易”的同意程度（1–7 分）。

# %% [markdown] lang="en"
# The codebook in the data card says what each column means. For example `csat` is
# satisfaction from 1 to 5, `recommend` is the 0–10 likelihood to recommend (the input of the
# net promoter score, covered in notebook 06), and `ces` is agreement, from 1 to 7, that "the
# company made it easy".

# %%
card = cxlab.dataset_card("intro_survey")
print(card[card.index("## Codebook"):])

# %% [markdown] lang="zh"
# **用你自己的数据**：问卷平台的导出文件不是一张干净的表。问卷星的 Excel 把 Kano 矩阵题拆成“题干—如果有该功能”
# 和一个只写着“如果没有该功能”的列，跳题的格子写着 `(跳过)`；Qualtrics 的 CSV 有三行表头，还混着预览和测试答卷；
# 中文 Windows 上另存的 CSV 是 GBK 编码。`cxlab.io.read_export(路径)` 认得问卷星、腾讯问卷、Qualtrics、SurveyMonkey、
# Google 表单、LimeSurvey、问卷网和 SPSS 的导出格式：它把平台的元数据列（提交时间、IP……）和答案分开，
# 按平台的规则排除预览、测试、未完成的答卷并说明原因，把 `(跳过)`、`(空)` 这类标记记成不同种类的缺失值。
#
# 下面读的是工作簿自带的一个例子：本课数据集按 Qualtrics 的格式导出的 CSV。

# %% [markdown] lang="en"
# **Your own data**: a platform's export is not a clean table. 问卷星's Excel file splits a Kano
# matrix into "stem—if it has the feature" and a column headed only "if it does not", and writes
# `(跳过)` where logic skipped a question; a Qualtrics CSV has three header rows and mixes in
# previews and tests; a CSV saved on Chinese Windows is GBK-encoded. `cxlab.io.read_export(path)`
# knows the export layouts of 问卷星, 腾讯问卷 (Tencent), Qualtrics, SurveyMonkey, Google Forms,
# LimeSurvey, 问卷网 and SPSS: it splits the platform's metadata (submit time, IP…) from the
# answers, excludes previews, tests and unfinished responses by the platform's rules with a reason
# for each, and records markers such as `(跳过)` and `(空)` as distinct kinds of missing value.
#
# Below we read an example that ships with the workbook: this lesson's data exported in
# Qualtrics' layout.

# %%
import warnings

from cxlab import io

with warnings.catch_warnings(record=True) as notes:  # what was excluded is reported, not hidden
    warnings.simplefilter("always", cxlab.DataWarning)
    export = io.read_export(cxlab.example_export("nps_qualtrics"))
print(export)
for note in notes:
    print("⚠", note.message)
export.excluded

# %% [markdown] lang="zh"
# `export.codebook` 列出每一列对应的题号、题目和行/选项；`export.scores("推荐")` 或 `export.scores("Q1")`
# 按题号或题目中的词取出一道题的分数，每位保留下来的受访者一个值。问卷星“按序号”下载里的数字是选项的位置而不是分数
# （0–10 分的 NPS 题记为 1–11），`read_export` 不会把它当成分数，而会要求你同时给出“按文本”文件。
# 只想读一张普通表格时用 `cxlab.io.read_table(路径)`：它同样识别编码和分隔符，遇到重复列名、行长短不一、
# 末尾的“合计/平均”行、合并单元格或没有保存结果的公式时会停下来，并指出是哪一列、哪一行。

# %% [markdown] lang="en"
# `export.codebook` lists each column's question number, question and row or option;
# `export.scores("recommend")` or `export.scores("Q1")` takes one question's scores by number or by
# a word of its text, one value per kept respondent. The numbers in a 问卷星 按序号 download are
# option positions, not scores (a 0–10 NPS question is stored as 1–11): `read_export` will not take
# them for scores and asks for the 按文本 file as well. For a plain table use
# `cxlab.io.read_table(path)`: it detects encoding and separator the same way, and stops on
# duplicate column names, rows of the wrong length, trailing Total/Average rows, merged cells or
# formulas saved without values, naming the column and row.

# %%
recommend = export.scores("recommend")
print(recommend.describe().round(2).to_string())

# %% [markdown] lang="zh"
# ## 5 第一张图
#
# 各渠道里，满意（4 分或 5 分）的顾客占多少？图上的中文由 `cxlab.plotting` 选好的字体显示；
# 在没有中文字体的电脑上，它会使用随 `mplfonts` 安装的开源思源/Noto 字体。

# %% [markdown] lang="en"
# ## 5 A first chart
#
# In each channel, what share of customers is satisfied (a score of 4 or 5)? The Chinese text
# in charts uses the font chosen by `cxlab.plotting`; on a computer without a Chinese font it
# uses the open-licence Noto / Source Han font installed with `mplfonts`.

# %%
t = cxlab.i18n.t
satisfied = (survey["csat"] >= 4).groupby(survey["channel"]).mean()
satisfied = satisfied.rename(index=cxlab.i18n.labels("channel")).sort_values()
counts = survey["channel"].value_counts().rename(index=cxlab.i18n.labels("channel"))
satisfied.round(3)

# %%
from matplotlib.ticker import PercentFormatter

ax = satisfied.plot.barh(color=plotting.PALETTE[0])
ax.set(title=t("label.top2_by_channel"), xlabel=t("label.top2_share"), ylabel=t("label.channel"),
       xlim=(0, 1))
ax.xaxis.set_major_formatter(PercentFormatter(1))
for y, (name, share) in enumerate(satisfied.items()):
    ax.text(share + 0.01, y, f"{share:.0%}  (n={counts[name]})", va="center")

# %% [markdown] lang="zh"
# 电话渠道明显偏低。不过，别急着下结论：电话渠道只有 45 人作答，比例的不确定性更大。
# 第 06 本笔记本会教你给这样的比例加上置信区间，再判断差异是否“大于噪声”。

# %% [markdown] lang="en"
# The phone channel is clearly lower. Do not conclude too fast, though: only 45 people
# answered by phone, so its share is less certain. Notebook 06 shows how to put a confidence
# interval on such a share and judge whether a difference is larger than the noise.

# %% [markdown] lang="zh"
# ## 6 练习：满意顾客占多少？
#
# 先在下一个单元格里用 pandas 算出答案（提示：比较、再求平均），然后把结果填进练习里检查。

# %% [markdown] lang="en"
# ## 6 Exercise: what share is satisfied?
#
# First compute the answer with pandas in the next cell (hint: compare, then average), then
# type the result into the exercise and check it.

# %% tags=["solution"]
# 在这里写代码 / your code here
(survey["csat"] >= 4).mean()

# %%
exercise = cxlab.exercises.top2_share(survey)
exercise

# %% [markdown] lang="zh"
# ## 小结
#
# - GB/T 42509 是一份指南：第 3–5 章讲概念、原则和框架，第 6 章讲策划，第 7 章讲设计、管理、洞察与优化，第 8 章讲评价、保持和改进。
# - 工作簿按“标准 → 需求洞察 → 测量 → 目标 → 旅程与风险 → 评价和改进”的顺序展开，一天或两天的课程都有现成日程。
# - `cxlab.list_datasets()`、`cxlab.load_dataset(名称)` 和 `cxlab.dataset_card(名称)` 是找数据的三个入口。
# - 图里的中文由 `plotting.set_theme()` 负责；练习的反馈来自 Python，所以离线也能用。
#
# ## 用你自己的数据试试
#
# 1. 把你们最近一次满意度调查导出为 CSV 或 Excel，用上面第 4 节的方法读进来。
# 2. 找出满意度那一列，算出 4–5 分的占比；再按渠道或门店分组，画出和第 5 节一样的图。
# 3. 记下哪个分组最低、它有多少人作答——第 06 本笔记本会告诉你这个差异是否可信。

# %% [markdown] lang="en"
# ## Summary
#
# - GB/T 42509 is a guideline: clauses 3–5 give the concepts, principles and framework, clause
#   6 planning, clause 7 design, management, insight and optimisation, and clause 8 evaluation,
#   maintenance and improvement.
# - The workbook runs from the standard to needs insight, measurement, goals, journeys and
#   risks, and evaluation and improvement; ready-made agendas fit a one-day or a two-day course.
# - `cxlab.list_datasets()`, `cxlab.load_dataset(name)` and `cxlab.dataset_card(name)` are the
#   three ways to data.
# - `plotting.set_theme()` takes care of Chinese in charts; exercise feedback comes from
#   Python, so it works offline.
#
# ## Try it on your own data
#
# 1. Export your latest satisfaction survey as CSV or Excel and read it as in section 4.
# 2. Find the satisfaction column and compute the share of 4s and 5s; then group by channel or
#    store and draw the chart of section 5.
# 3. Note which group is lowest and how many answered in it: notebook 06 tells you whether the
#    difference can be trusted.
