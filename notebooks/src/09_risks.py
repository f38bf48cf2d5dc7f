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
# # 09 顾客体验运行中的风险与机遇
#
# 第 6.5 条要求在策划时识别风险和机遇并制定应对。对运行中的风险管理（培训指南编为 7.2.3），指南建议评价风险等级时
# “可以考虑”发生概率、损失程度和可控性，再按等级应对、持续监视。培训材料为设计、管理、洞察、优化四个运行过程的 16 个子过程各列了一项典型风险、机遇和措施。
# 本笔记本把它做成一张可以打分、排序、跟踪的登记册，并以外部供方（第 7.2.4 条）和负面体验（第 7.2.5 条）为案例。
#
# **学习目标**
#
# - 说出四个运行过程及其子过程中的典型风险、机遇和应对措施；
# - 用明确的规则给风险定级，并解释可控性为什么影响优先级；
# - 画风险热力图，排出处理顺序，把措施写进第 07 本的策划表；
# - 针对外部供方和负面体验两个案例提出具体措施。
#
# **所需时间**：2 天课程 40 分钟；1 天课程不讲，留作课后自学（约 40 分钟）
#
# **先修要求**：07 设定顾客体验目标
#
# **涉及条款**：6.5、7.2.3、7.2.4、7.2.5（其中 7.2.3、7.2.4 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 09 Risks and opportunities in CX operations
#
# Clause 6.5 asks planners to identify risks and opportunities and plan responses. For risk
# management in operation (numbered 7.2.3 by the training guide), the guide suggests that grading
# "may consider" likelihood, loss and controllability, then responding by grade and monitoring. The training guide lists a typical risk, opportunity and measure for each of the 16
# sub-processes of the four operation processes: design, management, insight and optimisation.
# This notebook turns that into a register you can grade, rank and track, with external providers
# (clause 7.2.4) and negative experience (clause 7.2.5) as cases.
#
# **Learning objectives**
#
# - Name typical risks, opportunities and measures in the four operation processes and their sub-processes;
# - Grade risks with an explicit rule and explain why controllability changes priority;
# - Draw the risk heat map, rank the risks, and carry the measures into notebook 07's plan table;
# - Propose concrete measures for the external-provider and negative-experience cases.
#
# **Time needed**: 40 minutes in the two-day course; self-study after the one-day course (about 40 minutes)
#
# **Prerequisites**: 07 Setting customer-experience goals
#
# **Clauses covered**: 6.5, 7.2.3, 7.2.4, 7.2.5 (7.2.3, 7.2.4: not numbers of the published contents; see 02 section 7)

# %%
import cxlab
from cxlab import goals, plotting, risk, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
register = risk.default_register()
register[["process", "subprocess", "clause", "risk", "opportunity", "measure"]]

# %% [markdown] lang="zh"
# ## 1 定级规则
#
# 每个风险按三个维度打 1–5 分：发生可能性、损失程度、可控性（5 = 完全可控）。cxlab 的规则是公开的：
#
# 风险指数 = 可能性 × 损失 × (6 − 可控性) / 5，≥ 12 为高，≥ 6 为中，其余为低。
#
# 可控性越低，指数越高：难以控制的风险一旦发生更难挽回。把可控性这样放进公式是 cxlab 的做法，不是标准的规定。
# 培训指南（7.2.3 部分）说的是按**风险等级**应对：高风险项可能需要应急预案、备用资源计划或技术升级，低风险项可以靠
# 优化流程、提升员工能力逐步改进。
# 下面的分数是一份教学用的参考评分，你们的组织应当自己评。

# %% [markdown] lang="en"
# ## 1 The grading rule
#
# Each risk gets 1–5 on three counts: likelihood, severity of the loss, and controllability
# (5 = fully controllable). cxlab's rule is explicit:
#
# risk index = likelihood × severity × (6 − controllability) / 5; ≥ 12 is high, ≥ 6 medium, else low.
#
# The lower the controllability, the higher the index: a hard-to-control risk is harder to recover
# from. Putting controllability into the formula this way is cxlab's choice, not the standard's.
# What the training guide says (under 7.2.3) is to respond by **risk level**: a high-risk item may
# need contingency plans, spare-resource plans or a technology upgrade, while a low-risk item can
# be improved step by step through better processes and staff skills. The scores below are a reference grading for teaching; your
# organisation should grade its own.

# %% [markdown] lang="zh"
# ### 练习 9.1：按规则算风险指数
#
# 先自己算，再和下面 cxlab 排好的表对照。用 `register` 的 likelihood、severity、controllability 三列，按上面的规则算出每个子过程的
# 风险指数，存进 `risk_index`（以子过程 `subprocess` 为索引的 Series）。

# %% [markdown] lang="en"
# ### Exercise 9.1: compute the risk index by the rule
#
# Compute it yourself first, then compare with cxlab's ranked table below. From the likelihood,
# severity and controllability columns of `register`, compute each sub-process's risk index by the
# rule above and store it in `risk_index` (a Series indexed by `subprocess`).

# %% tags=["solution"]
grades = register.set_index("subprocess")
risk_index = grades["likelihood"] * grades["severity"] * (6 - grades["controllability"]) / 5

# %%
cxlab.checks.risk_index(risk_index, register)

# %%
ranked = risk.prioritise(register)
ranked[["rank", "subprocess", "likelihood", "severity", "controllability", "index", "level"]].head(8)

# %%
_ = risk.plot_heatmap(register)

# %% [markdown] lang="zh"
# ### 练习 9.2：哪些风险要写进计划？
#
# 在这门课里，我们把中等及以上（风险指数 ≥ 6）的风险都写进第 07 本的策划表，给出负责人和应对措施。
# 从上面的 `ranked` 表里找出这些子过程，把它们的名称列表存进 `needs_plan`。

# %% [markdown] lang="en"
# ### Exercise 9.2: which risks go into the plan?
#
# In this course every risk rated medium or above (index ≥ 6) goes into notebook 07's plan table
# with an owner and a response. Find these sub-processes in the `ranked` table above and store the
# list of their names in `needs_plan`.

# %% tags=["solution"]
needs_plan = ranked.loc[ranked["index"] >= 6, "subprocess"].tolist()

# %%
cxlab.checks.needs_plan(needs_plan, register)

# %% [markdown] lang="zh"
# ### 练习 9.3：哪个过程的风险最高？
#
# 风险登记册按指南的过程（`process` 列）分组。算出每个过程的平均风险指数，存进 `process_risk`（以过程为索引的 Series）。
# 平均值最高的过程，是管理层最该过问的地方。

# %% [markdown] lang="en"
# ### Exercise 9.3: which process carries the most risk?
#
# The register groups sub-processes by the guide's processes (the `process` column). Compute each
# process's mean risk index and store it in `process_risk` (a Series indexed by process). The
# process with the highest mean is where management should look first.

# %% tags=["solution"]
process_risk = ranked.groupby("process")["index"].mean()

# %%
cxlab.checks.process_risk(process_risk, register)

# %% [markdown] lang="zh"
# ## 2 案例一：外部供方（第 7.2.4 条）
#
# 排第一的是外部提供的体验：物流商和安装服务商代表平台直接面对顾客，但平台控制不了他们的每一次上门。
# 第 06 本的数据已经显示，4 月更换物流商后线上订单的配送评分从约 4.0 跌到约 3.1。第 7.2.4.3 条“管理方式”列出的做法：要求供方提供证明、
# 到供方现场审核、合作中持续监督、与供方共同工作并建立首责制度和监测制度。把措施写进第 07 本的策划表：

# %% [markdown] lang="en"
# ## 2 Case one: external providers (clause 7.2.4)
#
# Top of the list is externally provided experience: carriers and installers face customers for the
# platform, which cannot control each visit. Notebook 06's data already show the online delivery
# rating falling from about 4.0 to about 3.1 after April's change of carrier. Clause 7.2.4.3 "How to
# manage" lists the ways: ask providers for evidence, audit them on site, monitor them during the cooperation,
# and work together with a first-responsibility rule and monitoring. Carry the measures into
# notebook 07's plan table:

# %%
T = cxlab.i18n.Text  # a text in zh and en, shown in the active language
carrier_goal = goals.Goal(
    T("2026 年 9 月底前，外部物流商准时送达率不低于 95%",
      "By end of September 2026, the external carrier delivers at least 95% of orders on time"),
    "risk_response", None, deadline="2026-09-30", owner=T("物流部", "Logistics"), id="carrier", priority=1,
    resources=T("供方考核小组；合同中的准时率条款", "A supplier-audit team; an on-time clause in the contract"),
    method=T("月度现场审核；每周准时率报表；连续两周低于 90% 启动备选物流商",
             "Monthly site audit; a weekly on-time report; below 90% two weeks running, switch to the backup carrier"))
goals.plan_table([carrier_goal], risks={"carrier": ranked.iloc[0]["risk"]})

# %% [markdown] lang="zh"
# ## 3 案例二：负面体验（第 7.2.5 条）
#
# 排第二的是负面体验处理不当：损失大（一位愤怒的顾客会影响很多潜在顾客），但可控性中等。
# 机遇也很明确：处理得好的投诉能把不满的顾客变成忠实顾客。第 06 本的工单数据显示 App 和门店的投诉回应最慢，
# 措施就从这两个渠道开始：统一进入工单系统、超时自动升级、处理后回访。
#
# ## 4 练习：给风险定级
#
# 按上面的规则给几个风险定级，再和参考评分比较。答错时，反馈会给出计算过程。

# %% [markdown] lang="en"
# ## 3 Case two: negative experience (clause 7.2.5)
#
# Second is negative experience handled badly: the loss is large (one angry customer reaches many
# potential ones) and controllability only medium. The opportunity is clear too: a complaint handled
# well can turn an unhappy customer into a loyal one. Notebook 06's tickets show the app and the
# store answering slowest, so measures start there: one ticketing system for all channels,
# automatic escalation on timeouts, and a follow-up call after resolution.
#
# ## 4 Exercise: grade the risks
#
# Grade a few risks with the rule above and compare with the reference grading. A wrong answer
# shows the calculation.

# %%
quiz = widgets.Quiz("09_risks", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 培训材料为设计、管理、洞察、优化四个过程的 16 个子过程列出了典型风险、机遇和措施，可作为登记册的起点。
# - 定级规则要明确（本笔记本的公式是 cxlab 的）：可能性、损失和可控性共同决定等级；按等级应对，高风险项要有应急预案和备用资源。
# - 热力图和排序告诉你先处理什么；措施要写进策划表，落实负责人、资源和期限。
# - 外部供方和负面体验是家居电商最高的两项风险，数据（第 06 本）支持这个判断。
#
# ## 用你自己的数据试试
#
# 1. 从 `risk.default_register()` 出发，删掉不适用的行，加上你们特有的风险，按团队共识打分。
# 2. 用 `risk.prioritise()` 排序、`risk.plot_heatmap()` 画图，挑出前三项。
# 3. 为前三项各写一个 `goals.Goal(kind="risk_response", ...)`，放进第 07 本的策划表和目标树。

# %% [markdown] lang="en"
# ## Summary
#
# - The training guide lists typical risks, opportunities and measures for the 16 sub-processes of
#   design, management, insight and optimisation: a starting point for a register.
# - Make the grading rule explicit (this notebook's formula is cxlab's): likelihood, severity and
#   controllability together set the level; respond by level, with contingency plans and spare
#   resources for high risks.
# - The heat map and ranking say what to tackle first; measures go into the plan table with an
#   owner, resources and a deadline.
# - External providers and negative experience are the e-shop's two highest risks, and the data
#   (notebook 06) back that up.
#
# ## Try it on your own data
#
# 1. Start from `risk.default_register()`, drop rows that do not apply, add your own risks, and
#    grade them by team consensus.
# 2. Rank with `risk.prioritise()`, draw `risk.plot_heatmap()`, and pick the top three.
# 3. Write a `goals.Goal(kind="risk_response", ...)` for each and put them in notebook 07's plan
#    table and goal tree.
