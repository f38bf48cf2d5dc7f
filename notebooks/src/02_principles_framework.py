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
# # 02 原则与框架：顾客体验管理怎样组织起来
#
# 第 01 本讲了“说什么”，这一本讲“按什么原则、在什么框架里做”。GB/T 42509 第 4 章给出五项顾客体验管理原则，
# 培训指南用一张对应表把 GB/T 19000 的七项质量管理原则归到这五项之下（七对五，不是一一对应）；第 5 章给出管理框架：认识环境和影响因素、划定范围、
# 建立从策划到改进的过程、明确领导作用。最后我们浏览第 6、7、8 章的结构，后面的笔记本会逐条展开。
#
# **学习目标**
#
# - 说出五项原则，并解释它们与七项质量管理原则的对应关系；
# - 区分外部因素和组织内部因素，以及人际、实体、数字三种交互环境；
# - 用家居电商案例说明如何确定顾客体验管理范围，并为自己的组织画一张范围画布；
# - 描述从策划到改进的管理循环和最高管理者的职责。
#
# **所需时间**：1 天课程 25 分钟，2 天课程 45 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：01 术语和定义解读
#
# **涉及条款**：4、5（5.1–5.4）、6.1.1，以及第 6、7、8 章的概览（其中 6.1.1 不是已公布目次中的编号，见第 7 节）

# %% [markdown] lang="en"
# # 02 Principles and framework: how CX management is organised
#
# Notebook 01 covered the words; this one covers the principles and the framework. Clause 4 of
# GB/T 42509 gives five CX-management principles; the training guide's table groups the seven
# quality-management principles of GB/T 19000 under them (seven to five, not one to one); clause 5 gives the framework: know the environment and influencing
# factors, set the scope, establish the process from planning to improvement, and define
# leadership's role. Finally we tour the structure of clauses 6, 7 and 8, which later
# notebooks take one by one.
#
# **Learning objectives**
#
# - Name the five principles and explain how they correspond to the seven quality-management principles;
# - Tell external and internal influencing factors apart, and the people,
#   physical and digital interaction environments;
# - Use the home-furnishings e-shop case to show how to scope CX management, and draw a scope
#   canvas for your own organisation;
# - Describe the management cycle from planning to improvement and top management's duties.
#
# **Time needed**: 25 minutes in the one-day course, 45 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 01 The language of customer experience
#
# **Clauses covered**: 4, 5 (5.1–5.4), 6.1.1, and an overview of clauses 6, 7 and 8 (6.1.1 is not a number of the published contents; see section 7)

# %%
from IPython.display import Markdown, display

import cxlab
from cxlab import plotting, standard, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
lang = cxlab.get_language()

# %% [markdown] lang="zh"
# ## 1 五项原则（第 4 章）

# %% [markdown] lang="en"
# ## 1 The five principles (clause 4)

# %%
standard.principles()[["order", lang, "summary"]]

# %% [markdown] lang="zh"
# 用一个家居电商的例子把五项原则串起来：
#
# - **顾客需求引导**：先弄清顾客真正在意的是“送货准时、安装省心”，再决定投入；
# - **高层领导重视**：总经理把“安装一次成功率”写进年度战略并配给资源；
# - **多方协作共创**：邀请顾客参与测试新的预约流程，物流、客服、安装服务商一起改；
# - **注重循证决策**：用调查和工单数据找出最常见的失败原因，而不是凭感觉；
# - **持续改进提升**：每季度复盘，目标随顾客需求调整。
#
# ## 2 与七项质量管理原则的对应
#
# GB/T 42509 属于 GB/T 19000 族，它的五项原则可以在七项质量管理原则（GB/T 19000-2016 的 2.3）中找到根源。
# 培训材料的对应表把“全员积极参与”“过程方法”“关系管理”三项合并对应到“多方协作共创”：
# 体验是在组织内外各方协作的过程中共同创造的。

# %% [markdown] lang="en"
# A home-furnishings e-shop ties the five principles together:
#
# - **Led by customer needs**: first learn that customers care most about on-time delivery and
#   painless installation, then decide what to invest in;
# - **Top-management commitment**: the general manager puts "installation right first time"
#   into the annual strategy and funds it;
# - **Co-creation across parties**: customers test the new booking flow, and logistics,
#   customer service and the installation contractor change it together;
# - **Evidence-based decisions**: survey and ticket data show the commonest failure causes,
#   instead of hunches;
# - **Continual improvement**: a quarterly review, with objectives adjusted as needs change.
#
# ## 2 How they correspond to the seven quality-management principles
#
# GB/T 42509 belongs to the GB/T 19000 family, and its five principles are rooted in the seven
# quality-management principles (GB/T 19000-2016, 2.3). The training guide's correspondence
# table groups engagement of people, the process approach and relationship management together
# under co-creation across parties: the experience is created jointly by everyone who works on
# it, inside and outside the organisation.

# %%
mapping = standard.principle_qmp_map()
mapping[["qmp_clause", "qmp", "principle"]]

# %%
import pandas as pd
import seaborn as sns

grid = pd.crosstab(mapping["qmp"], mapping["principle"])
grid = grid.reindex(index=standard.qmps()[lang], columns=standard.principles()[lang])
ax = sns.heatmap(grid, cmap="Blues", cbar=False, linewidths=1, linecolor="white")
ax.set(xlabel=cxlab.i18n.t("std.cx_principles"), ylabel=cxlab.i18n.t("std.qmps"))
ax.tick_params(axis="x", rotation=30)

# %% [markdown] lang="zh"
# ## 3 环境和影响因素（第 5.1 条）与交互环境（第 6.1.1 条）
#
# 管理顾客体验之前，先看清有哪些因素在起作用。培训指南把第 5.1 条的因素分为两组：外部因素（国际、国内、地区或
# 行业环境，法律法规，技术，竞争，文化、社会和经济环境）和组织内部因素；品牌传播、产品和服务、服务流程、联系渠道、
# 人员交互、顾客的情感和理性反应、相关方影响等接在内部因素之后列出。

# %% [markdown] lang="en"
# ## 3 Environment and influencing factors (clause 5.1) and interaction environments (clause 6.1.1)
#
# Before managing the experience, see what shapes it. The training guide sorts the factors of
# clause 5.1 into two groups: external factors (the international, national, regional or sector
# environment, laws, technology, competition, the cultural, social and economic environment) and
# internal ones; brand communication, products and services, service processes, contact
# channels, interactions with people, customers' emotional and rational responses and the
# influence of other parties are listed after the internal factors.

# %%
factors = standard.section("influencing_factors")
factors["group"] = factors["group"].map(cxlab.i18n.labels("std.group"))
factors.groupby("group", sort=False)["factor"].agg(" / ".join).to_frame()

# %% [markdown] lang="zh"
# 第 6.1.1 条再把顾客与组织接触、交互的环境分成三类——设计触点时，三类环境都要照顾到：

# %% [markdown] lang="en"
# Clause 6.1.1 then sorts the settings in which customers meet and interact with the
# organisation into three kinds; touchpoint design has to cover all three:

# %%
standard.section("environments")[["environment", "summary", "examples"]]

# %% [markdown] lang="zh"
# ## 4 确定管理范围（第 5.2 条）：家居电商案例
#
# 范围要回答四个问题：**管哪些产品和服务**、**面向哪些顾客的哪些需求**、**哪些部门负责什么**、
# **部门之间如何协同**。范围可以是整个组织，也可以是其中一部分，或者几个组织协同的若干职能。
# 培训材料用一家家居电商平台作为例子：

# %% [markdown] lang="en"
# ## 4 Setting the scope (clause 5.2): the home-furnishings e-shop case
#
# A scope answers four questions: **which products and services**, **which customers and which of
# their needs**, **which departments are responsible for what**, and **how departments work
# together**. The scope may be the whole organisation, a part of it, or functions shared by
# several organisations. The training guide uses a home-furnishings e-commerce platform:

# %%
case = standard.scope_case()
print(case["organisation"])
for part in ("products", "needs", "collaboration"):
    print(f"\n{cxlab.i18n.t('std.' + part)}")
    for item in case[part]:
        print("  -", item)

# %%
pd.DataFrame(case["departments"])[["department", "duty"]]

# %% [markdown] lang="zh"
# ### 练习：画出你的范围画布
#
# 在下面的画布里为你自己的组织（或一个你熟悉的组织）填写范围，每行写一项。点“检查并导出 Markdown”，
# 画布会指出还缺哪一方面，并生成可以复制带走的 Markdown。

# %% [markdown] lang="en"
# ### Exercise: draw your scope canvas
#
# Fill in the canvas for your own organisation (or one you know well), one item per line. Press
# "Check and export Markdown": the canvas names anything still missing and produces Markdown
# you can copy and take away.

# %%
canvas = widgets.ScopeCanvas()
canvas

# %% [markdown] lang="zh"
# ## 5 管理过程（第 5.3 条）
#
# 顾客体验管理是一个循环：**策划**（第 6 章：目标及其实现的策划、资源配置、顾客体验管理职责、管理协同、应对风险和机遇）
# → **运行**（第 7 章：设计、管理、洞察、优化顾客体验）→ **评价、保持和改进**（第 8 章：绩效测量和评价、
# 顾客体验管理的评估、持续改进），再回到策划。这个循环需要从最高管理者到全组织的支持。

# %% [markdown] lang="en"
# ## 5 The management process (clause 5.3)
#
# CX management is a cycle: **planning** (clause 6: objectives and planning to achieve them,
# resource allocation, CX management responsibilities, management coordination, risks and
# opportunities) → **operation** (clause 7: designing, managing, gaining insight into and
# optimising CX) → **evaluation, maintenance and improvement** (clause 8: performance measurement
# and evaluation, assessing CX management, continual improvement), and back to planning. It needs
# support from top management down to the whole organisation.

# %%
steps = [cxlab.i18n.t(f"std.cycle.{s}") for s in ("plan", "operate", "evaluate", "improve")]
notes = [cxlab.i18n.t("standard.chapter", number=6), cxlab.i18n.t("standard.chapter", number=7),
         cxlab.i18n.t("std.see", clause="8.1、8.2" if lang == "zh" else "8.1, 8.2"),
         cxlab.i18n.t("std.see", clause="8.3")]
_ = plotting.cycle_diagram(steps, notes=notes, title=cxlab.i18n.t("std.cycle.title"))

# %% [markdown] lang="zh"
# ## 6 领导作用和承诺（第 5.4 条）
#
# 最高管理者对顾客体验管理是否有效负责。第 5.4 条期望他们做到：

# %% [markdown] lang="en"
# ## 6 Leadership and commitment (clause 5.4)
#
# Top management is accountable for whether CX management works. Clause 5.4 expects it to:

# %%
display(Markdown("\n".join(f"{i}. {duty}" for i, duty in
                            enumerate(standard.section("leadership_duties")["duty"], 1))))

# %% [markdown] lang="zh"
# ## 7 接下来：第 6、7、8 章的结构
#
# 后面的笔记本会逐条展开策划（第 6 章）、运行（第 7 章）和评价、保持和改进（第 8 章）。下表是它们的结构。
# “编号来源”一列（`numbered_by`）说明编号的来历：`standard` 是已公布目次中的编号；`guide` 是培训指南引用时写出的编号，
# 目次中看不到；`cxlab` 是本工作簿为方便引用自己编的号（指南按顺序讲了这些内容，但没有写出编号），
# **不要把它们当作标准的条款号引用**。第 3 章九个术语的编号 3.1–3.9 也是 cxlab 编的。

# %% [markdown] lang="en"
# ## 7 What comes next: the structure of clauses 6, 7 and 8
#
# Later notebooks take planning (clause 6), operation (clause 7) and evaluation, maintenance and
# improvement (clause 8) one by one. The table gives their structure. The `numbered_by` column
# says where a number comes from: `standard` is a number of the published table of contents;
# `guide` a number the training guide prints when it cross-refers, not seen in the contents;
# `cxlab` a number this workbook gives for convenience (the guide presents the content in this
# order without a number). **Do not quote those as the standard's clause numbers.** The numbers
# 3.1–3.9 of the nine terms of clause 3 are cxlab's too.

# %%
outline = standard.clauses()
outline = outline[outline["number"].str.match(r"[678]")]
outline[["number", lang, "numbered_by"]]

# %% [markdown] lang="zh"
# ## 8 自测

# %% [markdown] lang="en"
# ## 8 Self-check

# %%
quiz = widgets.Quiz("02_principles_framework", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 五项原则：顾客需求引导、高层领导重视、多方协作共创、注重循证决策、持续改进提升；
#   “多方协作共创”对应全员积极参与、过程方法和关系管理三项质量管理原则。
# - 框架四步：识别环境和影响因素（5.1）、确定范围（5.2）、建立从策划到改进的过程（5.3）、领导作用和承诺（5.4）。
# - 交互环境分人际、实体、数字三类（6.1.1）；范围要讲清产品和服务、顾客需求、部门职责和跨部门协同。
#
# ## 用你自己的数据试试
#
# 1. 完成上面的范围画布，把导出的 Markdown 带到团队会议上讨论：大家对边界的理解一致吗？
# 2. 对照五项原则给你们组织打分（1–5 分），找出最弱的一项，并写下一条证据。
# 3. 列出你们影响体验的外部因素中，今年变化最大的两项（法规、技术、竞争……），想一想它们会影响哪些触点。

# %% [markdown] lang="en"
# ## Summary
#
# - Five principles: led by customer needs, top-management commitment, co-creation across
#   parties, evidence-based decisions, continual improvement; co-creation corresponds to three
#   quality-management principles, engagement of people, process approach and relationship management.
# - The framework in four steps: environment and factors (5.1), scope (5.2), the process from
#   planning to improvement (5.3), leadership and commitment (5.4).
# - Interaction environments are people, physical and digital (6.1.1); a scope states products
#   and services, customer needs, departments' duties and how they work together.
#
# ## Try it on your own data
#
# 1. Complete the scope canvas above and take the exported Markdown to a team meeting: does
#    everyone draw the boundary in the same place?
# 2. Score your organisation on each of the five principles (1–5), find the weakest, and write
#    down one piece of evidence.
# 3. Among the external factors that shape your customers' experience, name the two that
#    changed most this year (law, technology, competition…) and the touchpoints they affect.
