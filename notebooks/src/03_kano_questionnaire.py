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
# # 03 设计 Kano 问卷
#
# GB/T 42509 第 6.1.2 条要求组织用合适的方式理解顾客的需求和期望，第 7.1.1 条把需求分析放在体验设计的第一步。
# Kano 方法回答的是一个很实际的问题：**哪些功能缺了会被骂，哪些做好了会被夸，哪些顾客根本不在乎？**
# 本笔记本讲怎样设计一份可靠的 Kano 问卷；第 04 本讲怎样分析回收的数据。
#
# **学习目标**
#
# - 说出 Kano 的五类需求，并解释为什么每项功能要成对提问；
# - 写出措辞正确的正向、反向问题，避开常见陷阱；
# - 用 `cxlab.kano` 生成问卷，导出为 Excel、CSV 或可打印的 Markdown；
# - 用表单控件填写问卷，看到“一位受访者 = 一行数据”。
#
# **所需时间**：1 天课程 30 分钟，2 天课程 60 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：02 原则与框架
#
# **涉及条款**：6.1.2、7.1.1（其中 6.1.2、7.1.1 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 03 Designing a Kano questionnaire
#
# Clause 6.1.2 of GB/T 42509 asks organisations to understand customers' needs and expectations
# by suitable means, and clause 7.1.1 puts needs analysis first in experience design. Kano's
# method answers a very practical question: **which features cause complaints when missing,
# which earn praise when done well, and which do customers not care about?** This notebook shows
# how to design a sound Kano questionnaire; notebook 04 analyses the answers.
#
# **Learning objectives**
#
# - Name Kano's five categories and explain why each feature is asked about in a pair;
# - Write correctly worded functional and dysfunctional questions and avoid the usual traps;
# - Generate the questionnaire with `cxlab.kano` and export it to Excel, CSV or printable Markdown;
# - Fill it in with a form widget and see that one respondent becomes one row of data.
#
# **Time needed**: 30 minutes in the one-day course, 60 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 02 Principles and framework
#
# **Clauses covered**: 6.1.2, 7.1.1 (6.1.2, 7.1.1: not numbers of the published contents; see 02 section 7)

# %%
import tempfile
from pathlib import Path

import pandas as pd

import cxlab
from cxlab import kano, plotting, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
lang = cxlab.get_language()

# %% [markdown] lang="zh"
# ## 1 五类需求
#
# 狩野纪昭（Kano）发现，功能做得好坏与顾客满意之间并不总是一条直线：
#
# | 类别 | 有它时 | 没有它时 | 例子（家居电商） |
# |---|---|---|---|
# | 必备型 M | 理所当然，不加分 | 非常不满 | 商品图片与实物一致 |
# | 期望型 O | 越好越满意 | 越差越不满 | 退款到账速度 |
# | 魅力型 A | 惊喜 | 不扣分 | 送新家具时顺便回收旧家具 |
# | 无差异型 I | 无所谓 | 无所谓 | 积分小游戏 |
# | 反向型 R | 反感 | 反而满意 | 浏览时弹出推荐 |
#
# 服务设计课程常把这三层说成“基本需求—期望需求—惊喜时刻（AHA 时刻）”。还有第六种结果 **Q（可疑）**：答案自相矛盾，
# 通常说明受访者没读懂题。
#
# ## 2 为什么要成对提问
#
# 每项功能问两次：**有它时**您感觉如何（正向问题），**没有它时**您感觉如何（反向问题），都用同样五个选项回答。
# 只问一边无法区分必备型和期望型：两者“没有时”都会不满，区别只在“有时”是否加分。两个答案交叉查 Berger 等人（1993）的评价表，
# 得到这位受访者心中该功能的类别：

# %% [markdown] lang="en"
# ## 1 Five categories
#
# Noriaki Kano observed that how well a feature performs and how satisfied customers are do not
# always follow a straight line:
#
# | Category | When present | When absent | Example (home-furnishings e-shop) |
# |---|---|---|---|
# | Must-be M | taken for granted | very dissatisfied | photos match the real product |
# | One-dimensional O | the better, the happier | the worse, the unhappier | how fast refunds arrive |
# | Attractive A | delight | no penalty | old furniture taken away on delivery |
# | Indifferent I | don't care | don't care | a points game |
# | Reverse R | annoyed | happier without | recommendation pop-ups |
#
# Service-design courses often call the first three layers basic needs, expected needs and
# "aha" moments. A sixth outcome, **Q (questionable)**, means the answers contradict each other,
# usually because the question was misread.
#
# ## 2 Why ask in pairs
#
# Each feature is asked twice: how do you feel **with it** (functional question) and **without
# it** (dysfunctional question), both with the same five answers. One side alone cannot tell a
# must-be from a one-dimensional feature: both dissatisfy when absent; they differ only in
# whether presence adds anything. Crossing the two answers in the evaluation table of Berger et
# al. (1993) gives that respondent's category for the feature:

# %%
names = kano.category_names()
labels = kano.answer_labels(wording="short")
table = kano.evaluation_table("berger").replace({c: f"{c} {names[c]}" for c in names})
table.index, table.columns = labels, labels
table.rename_axis(index=cxlab.i18n.t("kano.form.functional"), columns=cxlab.i18n.t("kano.form.dysfunctional"))

# %% [markdown] lang="zh"
# 读表：行是正向问题的答案，列是反向问题的答案。“喜欢 / 不喜欢”是期望型，“理所当然 / 不喜欢”是必备型，
# “喜欢 / 能忍受”或“喜欢 / 无所谓”是魅力型。
#
# ## 3 我们的案例：家居电商的 12 项功能
#
# 沿用第 02 本的家居电商平台。产品部门列出了 12 项候选功能，想知道该优先做哪些：

# %% [markdown] lang="en"
# Reading the table: rows are the functional answer, columns the dysfunctional one. "Like /
# dislike" is one-dimensional, "expect / dislike" must-be, and "like / tolerate" or "like /
# neutral" attractive.
#
# ## 3 Our case: 12 features of a home-furnishings e-shop
#
# We stay with the e-commerce platform of notebook 02. The product team has listed 12 candidate
# features and wants to know which to do first:

# %%
features = cxlab.load_dataset("kano_features")
features[["feature", lang, f"absent_{lang}"]]

# %% [markdown] lang="zh"
# ### 这些功能回应顾客的哪种期望？
#
# 课程资料《服务全流程设计》（种子材料 002，第二讲中“运用 KANO 模型探索顾客需求”一节）提出顾客的三种期望：
# **期望省力**——预先想到顾客的需求，提供因人而异的服务；**期望省时**——预先想到需求并直接满足，减少顾客花费的时间；
# **期望用心**——有温度的服务，像顾问一样给建议，或一站式解决。列候选功能时用这三问查漏：每一类期望都有功能回应吗？
# Kano 问卷再告诉我们，顾客对每项功能究竟是必备、期望还是魅力。
#
# #### 练习：把功能归到期望
#
# 下面的归类是我们对资料的理解，每项都附理由。

# %% [markdown] lang="en"
# ### Which expectation does each feature answer?
#
# The course material "Service process design" (seed 002, lecture 2, the part on exploring customer
# needs with the Kano model) names three things customers expect: **less effort** (anticipate what the
# customer will need and tailor the service), **less time** (anticipate the need and meet it directly,
# cutting the customer's time) and **care** (warm service, advice like a consultant, or a one-stop
# solution). Use the three as a check when listing candidate features: does some feature answer each
# expectation? The Kano questionnaire then tells us whether customers see each feature as must-be,
# one-dimensional or attractive.
#
# #### Exercise: sort the features by expectation
#
# The sorting is our reading of the material; each item comes with its reason.

# %%
exercise_expectations = cxlab.exercises.expectation_sorting()
exercise_expectations

# %% [markdown] lang="zh"
# ### 练习 3.1 查评价表
#
# 下面三个练习由你来写代码，每个写完后运行紧接着的检查单元格，它会告诉你哪里不对。
#
# 一位顾客对“24 小时内退款到账”的正向问题答“理所当然”（编码 2），对反向问题答“不喜欢”（编码 5）。
# 用 `kano.evaluation_table("berger")` 查出这对答案的类别（一个字母），存入 `pair_category`。
# 提示：表的行是正向答案的编码，列是反向答案的编码，用 `.loc[行, 列]` 取值。

# %% [markdown] lang="en"
# ### Exercise 3.1 Look a pair up in the table
#
# In the next three exercises you write the code; after each, run the check cell below it: it tells
# you what is off.
#
# A customer answers the functional question on "refund within 24 hours" with "I expect it" (code 2)
# and the dysfunctional one with "I dislike it" (code 5). Look the pair up in
# `kano.evaluation_table("berger")` and store its category (one letter) in `pair_category`.
# Hint: the table's rows are the functional answer's code, its columns the dysfunctional answer's
# code; take the cell with `.loc[row, column]`.

# %% tags=["solution"]
pair_category = kano.evaluation_table("berger").loc[2, 5]

# %%
cxlab.checks.kano_pair_category(pair_category, functional=2, dysfunctional=5)

# %% [markdown] lang="zh"
# ### 练习 3.2 给一项功能的全部答案分类
#
# 400 位顾客答了这 12 项功能的问卷（数据集 `kano_survey`，第 04 本会完整分析它）。每项功能有两列：`功能_func`（正向）
# 和 `功能_dys`（反向）。下面先看“24 小时退款”的前几行答案：

# %% [markdown] lang="en"
# ### Exercise 3.2 Classify every answer to one feature
#
# 400 customers answered the questionnaire on the 12 features (dataset `kano_survey`, analysed in
# full in notebook 04). Each feature has two columns: `feature_func` (functional) and `feature_dys`
# (dysfunctional). First the first few answers on the 24-hour refund:

# %%
survey = cxlab.load_dataset("kano_survey")
survey[["fast_refund_func", "fast_refund_dys"]].head()

# %% [markdown] lang="zh"
# `kano.classify(正向答案, 反向答案)` 对每一对答案查评价表（答案可以是编码，也可以是文字），缺答的那一对不分类。
# 用它给 `fast_refund` 的全部答案分类，再数出每一类有多少人（`.value_counts()`），存入 `refund_counts`。

# %% [markdown] lang="en"
# `kano.classify(functional, dysfunctional)` looks every answer pair up in the table (answers may be
# codes or labels); a pair with a missing answer gets no category. Classify all answers on
# `fast_refund` with it, count the respondents in each category (`.value_counts()`) and store the
# counts in `refund_counts`.

# %% tags=["solution"]
refund_counts = kano.classify(survey["fast_refund_func"], survey["fast_refund_dys"]).value_counts()

# %%
cxlab.checks.kano_feature_counts(refund_counts, survey["fast_refund_func"], survey["fast_refund_dys"])

# %% [markdown] lang="zh"
# ## 4 措辞的陷阱
#
# 好的 Kano 题目像一组对照实验，只改变“有没有”这一件事。常见的错误：
#
# 1. **一题两事**：“免费送货并上门安装”——顾客可能把送货当必备、安装当魅力，合在一起无法分类。拆成两项。
# 2. **反向问题问成“做得差”**：“如果 3D 预览很卡”问的是表现好坏，不是“没有”。反向问题应写“如果没有 3D 预览”。
# 3. **用技术语言**：“支持 WebGL 渲染”顾客看不懂；写顾客能感受到的结果：“可以在自己家里预览摆放效果”。
# 4. **诱导**：“您一定喜欢……吧？”替受访者作答。
# 5. **删掉中间选项**：少了“无所谓”，无差异型就会被误判成其他类。
#
# 所以 `kano_features` 表里除了正向表述（`zh`/`en`），还给了每项功能“没有时”的表述（`absent_zh`/`absent_en`），
# 由人来写，而不是让程序机械地加一个“不”字。你自己的功能表只用一种语言也可以：写 `feature`、`zh`（或 `en`）和 `absent` 三列。

# %% [markdown] lang="en"
# ## 4 Wording traps
#
# A good Kano item works like a controlled comparison: only "present or absent" changes.
# Common mistakes:
#
# 1. **Two things in one**: "free delivery and installation": customers may see delivery as
#    must-be and installation as attractive, and the mix cannot be classified. Split it.
# 2. **Dysfunctional asked as "done badly"**: "if the 3D preview were slow" is about performance,
#    not absence. Ask "if there were no 3D preview".
# 3. **Technical language**: "supports WebGL rendering" means nothing to customers; name what they
#    experience: "you could preview the piece in your own room".
# 4. **Leading questions**: "You'd surely like…, wouldn't you?" answers for the respondent.
# 5. **Dropping the middle option**: without "neutral", indifferent features get misclassified.
#
# That is why the `kano_features` table gives, besides the positive phrase (`zh`/`en`), a
# phrase for the feature's absence (`absent_zh`/`absent_en`), written by a person rather than
# produced by a program sticking a "not" in. Your own feature table may be in one language: the
# columns `feature`, `en` (or `zh`) and `absent` are enough.

# %% [markdown] lang="zh"
# ### 练习 3.3 哪道题让人读不懂？
#
# 答案自相矛盾（Q）多半说明题目没读懂，比如反向问题问成了“做得差”。所以回收问卷后先看每项功能 Q 的比例。
# `kano.categories(survey)` 给出每位受访者、每项功能的类别（缺答为 None）。算出每项功能中 Q 占**有类别的答案对**的比例
# （以功能为索引的 Series），存入 `q_share`。

# %% [markdown] lang="en"
# ### Exercise 3.3 Which question do people misread?
#
# Contradictory answers (Q) usually mean a question was misread, for instance a dysfunctional
# question asked as "done badly". So the first look at returned questionnaires is each feature's Q
# share. `kano.categories(survey)` gives each respondent's category per feature (None where an
# answer is missing). Compute, per feature, the share of Q among the **pairs that have a category**
# (a Series indexed by feature) and store it in `q_share`.

# %% tags=["solution"]
cats = kano.categories(survey)
q_share = cats.eq("Q").sum() / cats.notna().sum()

# %%
cxlab.checks.kano_q_share(q_share, survey)

# %% [markdown] lang="zh"
# ## 5 生成问卷
#
# `kano.questionnaire()` 为每项功能生成正向、反向问题，可选加一道 1–9 分的自评重要度题。答案措辞有三套可选：
# Berger 等人（1993）的原始措辞 `berger`、目前常用的简短措辞 `short`、以及 Blauth 团队的“帮助/基本要求/没有影响/不便”措辞 `blauth`。
# “问题代码”一列（`question_id`）就是回收数据时的列名，分析时直接对得上。

# %% [markdown] lang="en"
# ## 5 Generating the questionnaire
#
# `kano.questionnaire()` writes the functional and dysfunctional question for each feature, with
# an optional self-stated importance question (1–9). Three answer wordings are offered: the
# original of Berger et al. (1993), `berger`; the short wording common today, `short`; and the
# helpful / basic requirement / no effect / inconvenience wording of Blauth's team, `blauth`.
# The `question_id` column is the column name the answers will come back under, so analysis
# lines up directly.

# %%
questions = kano.questionnaire(features, wording="short", importance=True)
print(len(questions), "questions")
questions.head(3)[["question_id", "question", "option_1", "option_2", "option_3", "option_4", "option_5"]]

# %%
pd.DataFrame({w: kano.answer_labels(wording=w) for w in ("berger", "short", "blauth")}, index=range(1, 6))

# %% [markdown] lang="zh"
# 导出给问卷平台或打印：CSV 用带 BOM 的 UTF-8，Excel 直接打开不乱码；`.xlsx` 可以导入大多数问卷平台；`.md` 适合打印或贴到文档里。

# %% [markdown] lang="en"
# Export for a survey platform or for print: the CSV is UTF-8 with a BOM, so Excel opens it
# without garbled Chinese; `.xlsx` imports into most survey platforms; `.md` suits printing or
# pasting into a document.

# %%
with tempfile.TemporaryDirectory() as folder:
    for suffix in (".csv", ".xlsx", ".md"):
        path = kano.export_questionnaire(questions, Path(folder) / f"kano_questionnaire{suffix}")
        print(cxlab.i18n.pick("已写出", "written:"), path.name)
print(kano.questionnaire_markdown(questions.head(3)))

# %% [markdown] lang="zh"
# ## 6 亲自填一份
#
# 下面是前 4 项功能的问卷表单。每次点“提交问卷”，表单检查是否每题都答了，然后保存到课堂答卷库（一个 SQLite 文件：
# 默认是当前文件夹下的 `cxlab_class.sqlite`，培训师可以用环境变量 `CXLAB_STORE` 指向共享位置）；保存成功后才显示
# “✔ 已提交”，答案成为 `form.responses` 里的一行——正是第 04 本要分析的格式。保存失败时（例如答卷库只读或被锁定），
# 表单会说明原因、保留你的答案，培训师用 `store.failures()` 查看所有没有存进去的提交。课堂上每位学员填一份，
# 培训师用 `store.load("kano")` 取回全班的答案一起分析。

# %% [markdown] lang="en"
# ## 6 Fill one in yourself
#
# Below is the form for the first 4 features. Each "Submit" checks that every question is
# answered, then saves the answers to the class response store (one SQLite file: by default
# `cxlab_class.sqlite` in the current folder; trainers point the `CXLAB_STORE` environment
# variable at a shared location). Only once they are saved does the form say "✔ Submitted" and
# add them as one row of `form.responses`, exactly the format notebook 04 analyses. If saving
# fails (the store is read-only or locked, say), the form says why and keeps your answers; the
# trainer lists every submission that did not land with `store.failures()`. In class, each
# participant fills one in and the trainer collects everyone's answers with `store.load("kano")`
# to analyse them together.

# %%
store = cxlab.store.Store()  # nothing is written until the first submission
form = widgets.QuestionnaireForm(kano.questionnaire(features.head(4), wording="short", importance=True),
                        on_submit=store.submitter("kano"))
form

# %%
form.responses  # one row per submitted questionnaire

# %% [markdown] lang="zh"
# ### 用手机填
#
# 课堂上多数学员用的是手机。`cxlab.classroom.collect` 在培训师的电脑上开一个小网页：单元格里显示二维码、短地址和实时计数，
# 学员扫码后在手机浏览器里填同一份问卷，答案存入同一个课堂答卷库，确认页只在答案真正保存之后才出现。
# 地址末尾的随机令牌相当于门票，没有令牌的请求一律拒绝；同一台手机再次提交会替换之前的答案。
# 下面只在本机（127.0.0.1）演示并立即关闭；在教室里写 `host="0.0.0.0", port=8800`，让同一 Wi-Fi 下的手机能打开
# （找本机地址、酒店 Wi-Fi 隔离设备、JupyterHub 的做法见 README）。不开笔记本也可以在终端运行 `cxlab collect kano --port 8800`。

# %% [markdown] lang="en"
# ### From phones
#
# In class most participants have a phone to hand. `cxlab.classroom.collect` opens a small web
# page on the trainer's computer: the cell shows a QR code, the short address and a live counter;
# participants scan it, fill in the same questionnaire in the phone's browser, and the answers go
# to the same class response store. The confirmation appears only once the answers are saved.
# The random token at the end of the address works as a ticket: requests without it are refused;
# a second submission from the same phone replaces the first. Below it runs on this computer only
# (127.0.0.1) and is closed at once; in class write `host="0.0.0.0", port=8800` so phones on the
# same Wi-Fi can open it (finding the address, venues that isolate devices, and JupyterHub are
# covered in the README). Without a notebook, `cxlab collect kano --port 8800` in a terminal does
# the same.

# %%
session = cxlab.classroom.collect(kano.questionnaire(features.head(4), wording="short", importance=True),
                                  form="kano", store=store)  # in class: host="0.0.0.0", port=8800
session

# %%
session.stop()  # closes the port; after two hours it would close by itself
print(session)

# %% [markdown] lang="zh"
# 提交几份以后，可以立刻分析：`kano.analyze(form.responses)`（本机）或 `kano.analyze(store.load("kano"))`（全班）。
#
# ## 7 自测

# %% [markdown] lang="en"
# After a few submissions you can analyse them at once: `kano.analyze(form.responses)` (this
# computer) or `kano.analyze(store.load("kano"))` (the whole class).
#
# ## 7 Self-check

# %%
quiz = widgets.Quiz("03_kano_questionnaire", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - Kano 把功能分为必备、期望、魅力、无差异、反向五类，外加自相矛盾的 Q。
# - 每项功能成对提问（有它 / 没有它），用 Berger 评价表把答案对转换成类别。
# - 一题一事；反向问题问“没有”而不是“做得差”；用顾客的语言；保留“无所谓”。
# - `kano.questionnaire()` 生成问卷，`kano.export_questionnaire()` 导出，`widgets.QuestionnaireForm` 在课堂上直接收集。
# - `cxlab.classroom.collect` 让学员用手机扫码作答，答案进入同一个课堂答卷库。
#
# ## 用你自己的数据试试
#
# 1. 为你们的产品或服务列出 8–15 项候选功能，每项写好“有它时”和“没有它时”的表述，存成和 `kano_features` 同样的表。
# 2. 用 `kano.questionnaire(你的表, importance=True)` 生成问卷，导出 `.xlsx`，请 3–5 位顾客试答，修改他们看不懂的地方。
# 3. 正式发放时，让导出文件的列名保持 `功能_func`、`功能_dys`、`功能_imp` 的形式，第 04 本的分析就能直接使用。

# %% [markdown] lang="en"
# ## Summary
#
# - Kano sorts features into must-be, one-dimensional, attractive, indifferent and reverse, plus
#   the contradictory Q.
# - Each feature is asked in a pair (with it / without it); the Berger table turns each answer
#   pair into a category.
# - One thing per item; ask about absence, not poor performance; use customers' words; keep
#   "neutral".
# - `kano.questionnaire()` writes the questionnaire, `kano.export_questionnaire()` exports it,
#   and `widgets.QuestionnaireForm` collects answers in class.
# - `cxlab.classroom.collect` lets participants answer from their phones, into the same class
#   response store.
#
# ## Try it on your own data
#
# 1. List 8–15 candidate features of your product or service, each with a "with it" and a
#    "without it" phrase, in a table shaped like `kano_features`.
# 2. Generate the questionnaire with `kano.questionnaire(your_table, importance=True)`, export
#    `.xlsx`, ask 3–5 customers to try it, and fix what they misunderstand.
# 3. When you run it, keep the export's column names as `feature_func`, `feature_dys`,
#    `feature_imp`, so notebook 04's analysis works on it directly.
