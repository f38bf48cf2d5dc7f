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
# # 01 术语和定义解读：GB/T 42509 第 3 章
#
# 同一个词，不同部门常常各说各话：市场部的“客户”、客服部的“用户”、质量部的“顾客”。
# GB/T 42509 第 3 章用九个术语统一了说法。这本笔记本逐个讲清它们的意思，举日常的例子，
# 并指出最容易混淆的地方。
#
# **学习目标**
#
# - 用自己的话解释第 3 章的九个术语，并把每个术语和它的定义对上；
# - 分清顾客与消费者、内部顾客与外部顾客、顾客满意与顾客体验、触点与顾客旅程；
# - 用几行 pandas 从调查数据算出净推荐值和顾客费力度；
# - 完成自测题，检查自己是否真正掌握。
#
# **所需时间**：1 天课程 25 分钟，2 天课程 45 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：00 从这里开始
#
# **涉及条款**：2、3（九个术语；术语编号 3.1–3.9 由 cxlab 按培训指南的讲解顺序编排，不是标准的编号）

# %% [markdown] lang="en"
# # 01 The language of customer experience: the terms of GB/T 42509
#
# Departments often mean different things by the same word: marketing's "clients", support's
# "users", quality's "customers". Clause 3 of GB/T 42509 settles the vocabulary with nine terms.
# This notebook explains each in plain words, with everyday examples and the distinctions
# that trip people up.
#
# **Learning objectives**
#
# - Explain the nine terms of clause 3 in your own words and match each term to its definition;
# - Tell apart customer and consumer, internal and external customers, satisfaction and
#   experience, touchpoint and journey;
# - Compute the net promoter score and customer effort from survey data with a few lines of pandas;
# - Check yourself with the self-check quiz.
#
# **Time needed**: 25 minutes in the one-day course, 45 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 00 Start here
#
# **Clauses covered**: 2, 3 (nine terms; the term numbers 3.1–3.9 are cxlab's, in the order the training guide presents the terms, not the standard's)

# %%
import pandas as pd
from IPython.display import Markdown, display
from matplotlib.patches import Patch

import cxlab
from cxlab import plotting, standard, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
lang = cxlab.get_language()
other = "en" if lang == "zh" else "zh"

# %% [markdown] lang="zh"
# ## 1 术语从哪里来
#
# 第 3 章的术语建立在质量管理的通用词汇之上：GB/T 19000-2016 给出“顾客”“顾客满意”“服务”等基础术语，
# GB/T 42509 在此基础上补充了体验管理特有的词。第 2 章列出了本指南引用的文件（下表按培训材料所列）。

# %% [markdown] lang="en"
# ## 1 Where the terms come from
#
# Clause 3 builds on the general vocabulary of quality management: GB/T 19000-2016 supplies
# basic terms such as customer, customer satisfaction and service, and GB/T 42509 adds the words
# specific to experience management. Clause 2 lists the documents the guideline refers to
# (below as the training guide lists them).

# %%
standard.section("references")[["id", "title"]]

# %% [markdown] lang="zh"
# ## 2 九个术语一览
#
# 标准正文不公开，已公布的目次只到第 3 章“术语和定义”这一层，看不到每个术语的编号。下表的 3.1–3.9 是 cxlab
# 按培训指南讲解的先后给的编号，方便在本工作簿里引用；“编号来源”一列（`numbered_by`）标着 `cxlab`。引用标准时请写术语名称，
# 不要写这些编号。

# %% [markdown] lang="en"
# ## 2 The nine terms at a glance
#
# The text of the standard is not public, and its published table of contents stops at clause 3
# "Terms and definitions": it does not show the numbers of the single terms. The numbers 3.1–3.9
# below are cxlab's, in the order the training guide presents the terms, for reference inside
# this workbook; the `numbered_by` column says `cxlab`. When you cite the standard, name the term,
# not these numbers.

# %%
standard.terms()[["clause", "numbered_by", lang, other, "definition"]]

# %% [markdown] lang="zh"
# ## 3 顾客（术语 3.1）：不只是“买东西的人”
#
# 顾客是**能够或实际接受**产品或服务的个人或组织。两点常被忽略：
#
# 1. **顾客不等于消费者。** 付钱的人、用的人、受益的人可能是三个不同的人。给孩子买学习桌的父母是采购方，
#    孩子是最终使用者；公司给员工买的团体保险，员工是受益者。
# 2. **顾客也在组织内部。** 接收上一道工序输出的部门，就是这道工序的内部顾客。
#    仓储把货交给配送，配送就是仓储的顾客；配送把货送到家，家庭才是外部顾客。第 10 本笔记本专门讨论内部顾客体验。
#
# 术语 3.1 列举的顾客类型：

# %% [markdown] lang="en"
# ## 3 Customer (term 3.1): not just "the person who buys"
#
# A customer is a person or organisation that **could receive or does receive** a product or
# service. Two points are often missed:
#
# 1. **A customer is not only a consumer.** The one who pays, the one who uses and the one who
#    benefits can be three different people. Parents buying a study desk are the purchaser, the
#    child is the end user; with group insurance bought by an employer, the employees are the
#    beneficiaries.
# 2. **Customers exist inside the organisation too.** The unit that receives a step's output is
#    that step's internal customer. The warehouse hands goods to delivery, so delivery is the
#    warehouse's customer; the household receiving the parcel is the external customer.
#    Notebook 10 is about internal customer experience.
#
# The kinds of customer listed in term 3.1:

# %%
standard.section("customer_kinds")[["customer_kind", "note"]]

# %% [markdown] lang="zh"
# ## 4 顾客满意与顾客体验（术语 3.2、3.3）
#
# **顾客满意**是顾客对“期望被满足到什么程度”的感受，常常针对一次交易；**顾客体验**是整个关系周期里
# 所有互动留下的感受、认知和行为的总和。一个人可能对某次送货很满意，却因为之前三次催单、一次退货扯皮，
# 整体体验很差——下次不再光顾。
#
# 两个要点：
#
# - **没有投诉不代表满意。** 很多不满意的顾客不说，直接流失；只数投诉会高估满意度。
# - **符合要求不等于满意。** 合同、规格写明的只是基本要求，顾客还有“不言而喻”的期望。
#
# 培训材料用一张表对比两者：

# %% [markdown] lang="en"
# ## 4 Customer satisfaction and customer experience (terms 3.2 and 3.3)
#
# **Customer satisfaction** is the customer's sense of how far their expectations were met, often
# about one transaction. **Customer experience** is the sum of feelings, perceptions and
# behaviours left by every interaction over the whole relationship. Someone can be satisfied
# with one delivery yet have a poor overall experience after three chasing calls and a
# disputed return, and not come back.
#
# Two points:
#
# - **No complaints does not mean satisfied.** Many unhappy customers leave silently; counting
#   complaints overstates satisfaction.
# - **Meeting requirements is not the same as satisfying.** Contracts and specifications state
#   the basics; customers also hold expectations that "go without saying".
#
# The training guide compares the two in a table:

# %%
standard.section("experience_vs_satisfaction")[["aspect", "experience", "satisfaction"]]

# %% [markdown] lang="zh"
# ## 5 顾客体验管理（术语 3.4）
#
# 顾客体验管理是一个**过程**：先确定体验目标，再通过策划、设计、运行、评价、保持和改进去实现它。
# 它跨越产品、服务流程、员工行为、营销等多个部门，是循环往复的管理，而不是一次性的项目。
# 第 02 本笔记本会讲这个过程的框架（第 5 章），第 07 本讲如何设定目标（第 6.1.4 条）。
#
# ## 6 顾客旅程与触点（术语 3.5、3.6）
#
# **顾客旅程**是顾客与组织及其产品或服务互动的**全过程**；**触点**是这个过程中发生交互的**点或媒介**。
# 打个比方：旅程是一条线，触点是线上的点。家居电商的旅程可以是“浏览—挑选—下单—配送安装—使用—售后”，
# 其中“客服热线”“安装师傅上门”“App 订单页”都是触点。
#
# 触点可以在三种环境中（第 6.1.1 条）：人际（导购、客服、安装师傅）、实体（展厅、样品、包装）、
# 数字（网站、App、小程序）。注意：产品本身、账单、包装也是触点，不只是“渠道”。第 08 本笔记本会把旅程画出来。

# %% [markdown] lang="en"
# ## 5 Customer experience management (term 3.4)
#
# CX management is a **process**: set experience objectives, then reach them through planning,
# design, operation, evaluation, maintenance and improvement. It spans products, service
# processes, staff behaviour and marketing, and it recurs; it is not a one-off project.
# Notebook 02 covers the framework of this process (clause 5) and notebook 07 how to set
# objectives (clause 6.1.4).
#
# ## 6 Customer journey and touchpoint (terms 3.5 and 3.6)
#
# The **customer journey** is the **whole process** by which a customer interacts with an
# organisation and its offer; a **touchpoint** is a **point or medium** where one interaction
# happens. The journey is the line; touchpoints are the points on it. A furnishings e-shop's
# journey may run browse, choose, order, delivery and installation, use, after-sales; the
# hotline, the installer's visit and the app's order page are touchpoints on it.
#
# Touchpoints sit in three environments (clause 6.1.1): people (shop assistants, service agents,
# installers), physical (showroom, samples, packaging) and digital (website, app, mini-programme).
# The product itself, the invoice and the packaging are touchpoints too, not only "channels".
# Notebook 08 draws the journey.

# %%
standard.section("environments")[["environment", "summary", "examples"]]

# %% [markdown] lang="zh"
# ## 7 净推荐值与顾客费力度（术语 3.7、3.8），动手算一算
#
# **净推荐值**（NPS）问的是“你有多大可能向亲友推荐我们？”（0–10 分）。打 9–10 分的是推荐者，7–8 分是中立者，
# 0–6 分是贬损者。NPS = 推荐者占比 − 贬损者占比，用百分点表示，范围在 −100 到 100 之间。
#
# **顾客费力度**衡量顾客办成一件事要花多大力气。我们的入门数据用的是 CES 2.0 的问法：
# “公司让我办事很容易”，1–7 分同意程度，分越高越省力。
#
# 用 00 本里的调查数据算一算：

# %% [markdown] lang="en"
# ## 7 Net promoter score and customer effort (terms 3.7 and 3.8), computed
#
# The **net promoter score** (NPS) asks "How likely are you to recommend us to a friend?" (0–10).
# Those answering 9–10 are promoters, 7–8 passives, 0–6 detractors. NPS = share of promoters −
# share of detractors, in points, from −100 to 100.
#
# **Customer effort** measures how hard it was for the customer to get something done. The
# starter data uses the CES 2.0 wording, "the company made it easy for me", agreement from 1 to
# 7, so higher means less effort.
#
# With the survey from notebook 00:

# %%
survey = cxlab.load_dataset("intro_survey")
group = pd.cut(survey["recommend"], bins=[-1, 6, 8, 10], labels=["detractor", "passive", "promoter"])
shares = group.value_counts(normalize=True).reindex(["promoter", "passive", "detractor"])
nps = 100 * (shares["promoter"] - shares["detractor"])
print(shares.rename(index=cxlab.i18n.labels("nps")).rename_axis(None).round(3).to_string())
print(f"NPS = {nps:.1f}")

# %%
counts = survey["recommend"].value_counts().reindex(range(11), fill_value=0)
colours = ["#c23b3b"] * 7 + ["#b0b0b0"] * 2 + ["#3a9d5d"] * 2
ax = counts.plot.bar(color=colours, rot=0)
ax.set(xlabel=cxlab.i18n.t("label.recommend"), ylabel=cxlab.i18n.t("label.respondents"),
       title=f"NPS = {nps:.1f}")
handles = [Patch(color=c) for c in ("#3a9d5d", "#b0b0b0", "#c23b3b")]
_ = ax.legend(handles, [cxlab.i18n.t(f"nps.{g}") for g in ("promoter", "passive", "detractor")])

# %%
easy = survey["ces"] >= 5  # agree (5, 6 or 7 on the 7-point scale)
print(cxlab.i18n.pick("CES 2.0：均值 {mean:.2f} / 7，同意（5–7 分）占 {agree:.1%}",
                      "CES 2.0: mean {mean:.2f} / 7, agree (5–7) {agree:.1%}").format(mean=survey["ces"].mean(), agree=easy.mean()))
survey.groupby("channel")["ces"].agg(["mean", "count"]).rename(index=cxlab.i18n.labels("channel")).round(2)

# %% [markdown] lang="zh"
# 同一份数据里，电话渠道的费力度也最差（均值最低）——和 00 本中满意度的发现一致。
# 注意两点：净推荐值对样本量很敏感（第 06 本会加上置信区间）；费力度报告里一定要写明用的是哪种量表，
# 因为原始 CES（1–5 分，“你花了多大力气”）方向正好相反。
#
# ## 8 服务（术语 3.9）
#
# 服务是组织的一种输出，其中**至少有一项活动必须在组织和顾客之间进行**。它通常是无形的、由顾客亲身体验的。
# 培训材料把服务提供的活动分为四类：在顾客提供的有形产品上完成的活动（修车）、在顾客提供的无形产品上完成的活动
# （根据损益表报税）、无形产品的交付（授课）、为顾客创造氛围（酒店、餐厅）。
#
# ## 9 随手查：任何术语的完整条目
#
# `standard.find()` 用中文或英文查找术语，`standard.markdown()` 把条目排成一段文字：

# %% [markdown] lang="en"
# In the same data the phone channel also has the most effort (the lowest mean), which agrees
# with notebook 00's satisfaction finding. Two cautions: NPS is sensitive to sample size
# (notebook 06 adds confidence intervals), and an effort report must name its scale, because
# the original CES (1–5, "how much effort did you personally put in") runs the other way.
#
# ## 8 Service (term 3.9)
#
# A service is an output of an organisation in which **at least one activity necessarily takes
# place between the organisation and the customer**. It is usually intangible and experienced
# first-hand. The training guide sorts service activities into four kinds: work on a tangible
# product the customer supplies (car repair), work on an intangible product the customer
# supplies (a tax return from an income statement), delivery of something intangible
# (teaching), and creating an ambience (hotels, restaurants).
#
# ## 9 Look-up: the full entry of any term
#
# `standard.find()` searches terms in Chinese or English; `standard.markdown()` lays an entry out
# as text:

# %%
standard.find("体验")[["clause", "zh", "en"]]

# %%
for number in standard.terms()["clause"]:
    display(Markdown(standard.markdown(number)))

# %% [markdown] lang="zh"
# ## 10 自测
#
# 每题作答后点“检查答案”。答错时反馈会告诉你哪里不对；可以改了再交，得分按最后一次计算。

# %% [markdown] lang="en"
# ## 10 Self-check
#
# Press "Check" after each answer. A wrong answer tells you what went wrong; you may change it
# and check again, and the score counts your latest answer.

# %%
quiz = widgets.Quiz("01_terms", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 第 3 章共九个术语：顾客（3.1）、顾客满意（3.2）、顾客体验（3.3）、顾客体验管理（3.4）、顾客旅程（3.5）、
#   触点（3.6）、净推荐值（3.7）、顾客费力度（3.8）、服务（3.9）。
# - 顾客包括内部顾客，也不限于付钱的消费者；满意针对一次，体验贯穿整个关系；旅程是线，触点是点。
# - 净推荐值 = 推荐者占比 − 贬损者占比；费力度要写明量表方向。
#
# ## 用你自己的数据试试
#
# 1. 列出你们组织的顾客类型：谁付钱、谁使用、谁受益？有没有内部顾客？
# 2. 如果你们的调查有“推荐意愿”一题，用第 7 节的三行代码算出 NPS；再按渠道或门店分组比较。
# 3. 选一段你熟悉的顾客旅程，写出其中 5 个触点，并标出它们属于人际、实体还是数字环境。

# %% [markdown] lang="en"
# ## Summary
#
# - Clause 3 has nine terms: customer (3.1), customer satisfaction (3.2), customer experience
#   (3.3), CX management (3.4), customer journey (3.5), touchpoint (3.6), net promoter score
#   (3.7), customer effort (3.8), service (3.9).
# - Customers include internal ones and are not only paying consumers; satisfaction is about one
#   event, experience spans the relationship; the journey is the line, touchpoints the points.
# - NPS = share of promoters − share of detractors; always state the direction of an effort scale.
#
# ## Try it on your own data
#
# 1. List your organisation's kinds of customer: who pays, who uses, who benefits? Are there
#    internal customers?
# 2. If your survey asks about likelihood to recommend, compute NPS with the three lines of
#    section 7, then compare channels or stores.
# 3. Take a journey you know well, write down five touchpoints on it and mark each as people,
#    physical or digital.
