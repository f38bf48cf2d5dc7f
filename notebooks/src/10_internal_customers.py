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
# # 10 内部顾客体验：职能部门也有顾客
#
# GB/T 42509 第 3 章的术语 3.1 把“内部过程的产品或服务的接收人”也算作顾客。IT、人力、财务、采购、物流这些职能部门，
# 每天都在为业务部门提供服务；它们做得好不好，最终会沿着服务链传到外部顾客的触点上。本笔记本把第 05 本的 SERVQUAL
# 方法用于内部服务：业务部门当“顾客”，给职能部门打分。
#
# **学习目标**
#
# - 用术语 3.1 的定义识别组织内部的顾客和服务链；
# - 用内部服务版的 SERVQUAL 题项（15 项、五个维度）计算各职能部门的服务差距；
# - 比较职能部门，找出每个部门最需要改进的维度，并检验差异；
# - 把内部差距和外部体验联系起来，提出跨部门协同的改进（第 6.4、7.4 条）。
#
# **所需时间**：2 天课程 40 分钟；1 天课程不讲，留作课后自学（约 40 分钟）
#
# **先修要求**：05 SERVQUAL 服务质量差距分析
#
# **涉及条款**：3（术语 3.1）、6.4、7.3.5、7.4.3（其中 7.3.5、7.4.3 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 10 Internal customer experience: shared functions have customers too
#
# Term 3.1 of GB/T 42509 counts "the receiver of an internal process's output" as a customer. IT,
# HR, finance, procurement and logistics serve the business departments every day, and how well
# they do travels along the service chain to external customers' touchpoints. This notebook applies
# notebook 05's SERVQUAL method to internal service: business departments are the customers and
# rate the shared functions.
#
# **Learning objectives**
#
# - Identify internal customers and the service chain with the definition of term 3.1;
# - Compute each function's service gaps with the internal-service SERVQUAL items (15 items, five dimensions);
# - Compare functions, find each one's weakest dimension, and test the differences;
# - Connect internal gaps with the external experience and propose cross-department improvements
#   (clauses 6.4, 7.4).
#
# **Time needed**: 40 minutes in the two-day course; self-study after the one-day course (about 40 minutes)
#
# **Prerequisites**: 05 SERVQUAL service-quality gaps
#
# **Clauses covered**: 3 (term 3.1), 6.4, 7.3.5, 7.4.3 (7.3.5, 7.4.3: not numbers of the published contents; see 02 section 7)

# %%
import cxlab
from cxlab import plotting, servqual, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
ratings = cxlab.load_dataset("servqual_internal")
items = servqual.instrument(variant="internal")
E = ratings.filter(regex="^E_").rename(columns=lambda c: c[2:])
P = ratings.filter(regex="^P_").rename(columns=lambda c: c[2:])
functions = cxlab.i18n.labels("function")  # the stored codes stay; these are the names shown
print(ratings.shape, [functions[code] for code in sorted(ratings["function"].unique())])

# %% [markdown] lang="zh"
# ## 1 内部服务链
#
# 门店要按时把家具送到顾客家，靠的是物流部按时出库；物流部要按时出库，靠的是采购部按时到货、IT 系统不宕机。
# 链条上每一环都是上一环的“顾客”。一环的差距，会变成下一环的问题，最后变成外部顾客的投诉。
#
# 内部服务版的题项沿用五个维度，只是把问法换成内部服务的场景：

# %% [markdown] lang="en"
# ## 1 The internal service chain
#
# A store can deliver furniture on time only if logistics ships on time; logistics can ship on time
# only if procurement's goods arrive and the IT systems stay up. Every link is the previous link's
# "customer". A gap in one link becomes the next link's problem, and finally an external
# customer's complaint.
#
# The internal-service items keep the five dimensions and rephrase them for internal service:

# %%
items

# %% [markdown] lang="zh"
# ## 2 信度和总体差距
#
# 先确认内部题项同样可靠，再看所有职能部门合在一起的差距：

# %% [markdown] lang="en"
# ## 2 Reliability and the overall gap
#
# First check that the internal items are reliable too, then look at the gaps for all functions together:

# %%
servqual.reliability(P, dimensions=items).round(3)

# %% [markdown] lang="zh"
# ### 练习 10.1：每个题项的差距
#
# SERVQUAL 的差距是感知减期望。用上面的 `E` 和 `P`（每列一个题项），算出每个题项在所有评价中的平均差距，
# 存进 `item_gap`（以题项代码为索引的 Series）。哪几个题项的差距最大？

# %% [markdown] lang="en"
# ### Exercise 10.1: the gap of each item
#
# The SERVQUAL gap is perception minus expectation. From `E` and `P` above (one column per item),
# compute each item's mean gap over all ratings and store it in `item_gap` (a Series indexed by item
# code). Which items show the largest gaps?

# %% tags=["solution"]
item_gap = (P - E).mean()

# %%
cxlab.checks.internal_item_gaps(item_gap, ratings)

# %%
overall = servqual.summarize(E, P, dimensions=items, correction="holm")
overall.set_index("dimension_name")[["expectation", "perception", "gap", "ci_low", "ci_high", "p_adjusted"]].round(3)

# %% [markdown] lang="zh"
# ## 3 每个职能部门的差距
#
# 把每位评价人的维度差距按被评价的职能部门平均，画成热力图：越红，差距越大。

# %% [markdown] lang="en"
# ## 3 Each function's gaps
#
# Average each rater's dimension gaps by the function rated and draw a heat map: the redder, the larger the gap.

# %% [markdown] lang="zh"
# ### 练习 10.2：物流部的五个维度
#
# 先只看一个部门。取出对物流部（`function` 为 `"logistics"`）的评价，用 `servqual.gaps()` 算出每位评价人每个题项的差距，
# 再用 `servqual.by_dimension()` 合成五个维度，按评价人平均，存进 `logistics_gaps`（以维度为索引的 Series）。
# 下面的热力图里有一行就是它。

# %% [markdown] lang="en"
# ### Exercise 10.2: the five dimensions of logistics
#
# Take one function first. Keep the ratings of logistics (`function` is `"logistics"`), compute each
# rater's item gaps with `servqual.gaps()`, combine them into the five dimensions with
# `servqual.by_dimension()`, average over raters and store the result in `logistics_gaps` (a Series
# indexed by dimension). One row of the heat map below is exactly this.

# %% tags=["solution"]
is_logistics = ratings["function"] == "logistics"
logistics_item_gaps = servqual.gaps(E[is_logistics], P[is_logistics], dimensions=items)
logistics_gaps = servqual.by_dimension(logistics_item_gaps, dimensions=items).mean()

# %%
cxlab.checks.logistics_gaps(logistics_gaps, ratings, items)

# %%
import seaborn as sns

gaps = servqual.by_dimension(servqual.gaps(E, P, dimensions=items), dimensions=items)
by_function = (gaps.groupby(ratings["function"]).mean().rename(index=functions, columns=servqual.dimension_names())
               .rename_axis(index=cxlab.i18n.pick("职能部门", "function")))
ax = sns.heatmap(by_function, annot=True, fmt=".2f", cmap="RdYlGn", center=0, vmin=-2, vmax=0.5)
_ = ax.set(xlabel="", ylabel="")

# %%
pick = cxlab.i18n.pick
weakest = by_function.idxmin(axis=1).rename(pick("短板维度", "weakest"))
weakest.to_frame().assign(**{pick("差距", "gap"): by_function.min(axis=1).round(2)})

# %% [markdown] lang="zh"
# 每个职能部门的短板不同：IT 是响应性（请求回应慢），财务是移情性（不理解业务需要），物流是可靠性（承诺做不到），
# 人力资源最接近期望。同样的“提升服务”口号，对不同部门意味着完全不同的行动。

# %% [markdown] lang="en"
# Each function has a different weak spot: IT's is responsiveness (slow answers), finance's empathy
# (not understanding the business), logistics' reliability (promises not kept); HR is closest to
# expectations. The same slogan, "improve service", means quite different actions for each.

# %% [markdown] lang="zh"
# ### 练习 10.3：总体差距最大的是哪个部门？
#
# 短板最深的部门不一定总体最差。用 `by_function` 算出每个职能部门五个维度差距的平均值，找出平均差距最负的部门，
# 把它的名称（或代码）存进 `worst_function`。它和上表里单个维度差距最大的部门是同一个吗？

# %% [markdown] lang="en"
# ### Exercise 10.3: which function has the largest overall gap?
#
# The deepest weak spot need not belong to the weakest function overall. From `by_function`,
# compute each function's mean over the five dimension gaps, find the function with the most
# negative mean and store its name (or code) in `worst_function`. Is it the function with the
# single largest dimension gap in the table above?

# %% tags=["solution"]
worst_function = by_function.mean(axis=1).idxmin()

# %%
cxlab.checks.worst_function(worst_function, ratings, items)

# %% [markdown] lang="zh"
# ## 4 差异是否显著
#
# 五个职能部门在每个维度上的差距是否不同？用 Welch 方差分析，p 值按 Holm 方法校正，并看效应量：

# %% [markdown] lang="en"
# ## 4 Are the differences significant?
#
# Do the five functions differ on each dimension? Welch's ANOVA, with Holm-adjusted p-values and
# effect sizes:

# %%
servqual.compare_groups(gaps.assign(function=ratings["function"]), by="function", correction="holm")[["statistic", "p_value", "p_adjusted", "effect_size"]].round(4)

# %% [markdown] lang="zh"
# ## 5 从内部差距到行动
#
# 对每个职能部门，用 IPA 找出“重点改进”的题项。以物流部为例（重要性由题项与总体评价的相关推导）：

# %% [markdown] lang="en"
# ## 5 From internal gaps to action
#
# For each function, IPA finds the items to concentrate on. Logistics as the example (importance
# derived from each item's correlation with the overall rating):

# %%
logistics = ratings["function"] == "logistics"
grid = servqual.ipa(servqual.derived_importance(P[logistics], ratings.loc[logistics, "overall"]),
                    P[logistics].mean())
wording = items.set_index("item")["wording"]
focus = grid.table[grid.table["quadrant"] == "concentrate"]
focus.assign(wording=focus.index.map(wording))[["wording", "importance", "performance"]].round(3)

# %% [markdown] lang="zh"
# 改进内部服务往往需要跨部门协同（第 6.4 条“管理协同”）：物流的可靠性问题可能来自采购到货不稳、IT 系统的库存数据不准。
# 把内部目标写进第 07 本的目标树，和外部顾客的目标放在同一棵树上，才能看清一环如何牵动下一环。
#
# ### 案例讨论：胖东来
#
# 课程资料《客户服务体验设计》（种子材料 001，第五部分“实际案例分析”）介绍了胖东来，下面只转述资料里说到的内容：
# 这是一家以卓越顾客服务闻名的中国零售企业，凭借独特的服务文化和管理理念在激烈的竞争中脱颖而出，赢得了大批忠诚顾客；
# 它重视员工的培训和发展，把员工看作企业成功的关键，强调“以人为本”的经营理念。
#
# 小组讨论（每题约 5 分钟）：
#
# 1. 资料把员工放在顾客体验的源头。用本笔记本的服务链说一说：员工的培训和发展要经过哪几环，才会变成外部顾客感受到的服务？
# 2. 如果把一线员工看作人力、IT、后勤等职能部门的内部顾客，你会用哪两三个 SERVQUAL 题项来测他们得到的内部服务？
# 3. 资料没有给出任何数字。要在你们组织里检验“重视员工发展能带来顾客忠诚”，需要哪些内部和外部数据？
#
# ### 案例讨论：内部顾客体验的三个例子
#
# 课程资料《内部客户体验设计》（种子材料 000，第六部分“案例分析”）用三个没有具名的企业说明内部顾客体验可以设计和改进，
# 下面只转述资料里说到的内容，资料没有给出任何数字：
#
# - **一家科技公司**：收集员工反馈，发现技术支持响应太慢；于是定了新的服务标准，并培训员工的服务意识，内部顾客满意度明显提高。
# - **一家金融机构**：关注部门之间的协作，用 Kano 模型找出各部门在合作中最看重的需求，据此优化跨部门沟通流程，工作效率提高。
#   资料把 Kano 的需求分为基本需求、期望需求和兴奋需求三类（对应第 03、04 本的必备型、期望型和魅力型）。
# - **一家制造企业**：借用顾客旅程的方法画出员工的体验地图，找出员工在入职、培训和日常工作中的关键接触点，改善这些环节后，员工整体满意度提高。
#
# 小组讨论（每题约 5 分钟）：
#
# 1. 第一个例子和本笔记本的 IT 很像：响应性差距最大。参照它的做法，为 IT 写一条可检查的服务标准，并用第 07 本的检查器检查。
# 2. 仿照第二个例子，为“业务部门对财务部门的需求”各写一个基本需求、期望需求和兴奋需求，再说说怎样用第 03 本的成对问题去验证。
# 3. 仿照第三个例子，按入职、培训、日常工作三个阶段，用第 08 本的格式写出一段员工旅程：每个阶段至少一个触点、负责的职能部门和你估计的情绪。
#
# #### 练习：内部需求的 Kano 假设
#
# 第二个例子用 Kano 模型找内部顾客最看重的需求。做问卷之前，先按定义写下假设，再用第 03 本的成对问题去验证：

# %% [markdown] lang="en"
# Improving internal service usually needs cross-department coordination (clause 6.4): logistics'
# reliability problems may come from unstable procurement deliveries or inaccurate stock data in
# IT's systems. Put internal goals into notebook 07's goal tree next to the external ones to see
# how one link pulls on the next.
#
# ### Case discussion: Pang Dong Lai
#
# The course material "Customer service experience design" (seed 001, part five, "case analysis")
# presents Pang Dong Lai; below is only what the material says, in our words. It is a Chinese
# retailer known for excellent customer service, which stood out in a fierce market and won many
# loyal customers through its own service culture and management philosophy. It invests in staff
# training and development, sees its employees as the key to its success, and stresses a
# "people first" philosophy.
#
# Group discussion (about 5 minutes each):
#
# 1. The material puts employees at the source of the customer experience. Using this notebook's
#    service chain, through which links must staff training and development pass before external
#    customers feel them as service?
# 2. If front-line staff are the internal customers of HR, IT and facilities, which two or three
#    SERVQUAL items would you use to measure the internal service they receive?
# 3. The material gives no figures. To test "investing in staff brings customer loyalty" in your
#    organisation, which internal and external data would you need?
#
# ### Case discussion: three internal-customer examples
#
# The course material "Internal customer experience design" (seed 000, part six, "case analysis")
# uses three unnamed companies to show that the internal experience can be designed and improved.
# Below is only what the material says, in our words; it gives no figures:
#
# - **A technology company** gathered employees' feedback and found that technical support answered
#   too slowly; it set new service standards and trained staff in service awareness, and internal
#   customer satisfaction rose clearly.
# - **A financial institution** focused on collaboration between departments: with the Kano model it
#   found what each department valued most when working with the others, and streamlined
#   cross-department communication, which raised efficiency. The material sorts Kano needs into
#   basic, expected and exciting ones (notebooks 03 and 04's must-be, one-dimensional and
#   attractive).
# - **A manufacturer** borrowed customer-journey mapping to draw its employees' experience map, found
#   the key touchpoints of onboarding, training and daily work, improved them, and overall employee
#   satisfaction rose.
#
# Group discussion (about 5 minutes each):
#
# 1. The first example resembles this notebook's IT, whose responsiveness gap is the largest.
#    Following it, write one checkable service standard for IT and run it through notebook 07's
#    checker.
# 2. Following the second example, write one basic, one expected and one exciting need that business
#    departments have of finance, and say how notebook 03's paired questions would test them.
# 3. Following the third example, write an employee journey in notebook 08's format with the stages
#    onboarding, training and daily work: at least one touchpoint per stage, the function in charge,
#    and your estimated emotion.
#
# #### Exercise: a Kano hypothesis for internal needs
#
# The second example used the Kano model to find what internal customers value most. Before the
# survey, write a hypothesis from the definitions, then test it with notebook 03's paired questions:

# %%
exercise_internal_kano = cxlab.exercises.internal_kano_sorting()
exercise_internal_kano

# %% [markdown] lang="zh"
# ## 6 自测

# %% [markdown] lang="en"
# ## 6 Self-check

# %%
quiz = widgets.Quiz("10_internal_customers", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 术语 3.1 的顾客包括内部过程输出的接收人：业务部门是职能部门的内部顾客。
# - 内部服务版 SERVQUAL 沿用五个维度，同样要检查信度、用配对检验、报告区间。
# - 各职能部门的短板不同，改进要按部门、按维度落地，并用效应量判断差异是否重要。
# - 内部服务链上的差距会传到外部触点；内部目标应与外部目标放在同一棵目标树里。
#
# ## 用你自己的数据试试
#
# 1. 画出你们组织的一条内部服务链：从外部顾客的一个触点往回追，每一环由哪个部门负责？
# 2. 用 `servqual.instrument(variant="internal")` 的题项做一次内部调查，或用 `dimensions=` 传入你们自己的题项。
# 3. 按被评价部门计算维度差距，画热力图，找出每个部门的短板，和该部门一起确定改进目标。

# %% [markdown] lang="en"
# ## Summary
#
# - Term 3.1's customers include the receivers of internal processes' output: business
#   departments are the shared functions' internal customers.
# - The internal SERVQUAL variant keeps the five dimensions; check reliability, test paired, report intervals.
# - Each function's weak spot differs; improve by function and dimension, and judge differences by effect size.
# - Gaps along the internal service chain reach external touchpoints; internal goals belong in the
#   same goal tree as external ones.
#
# ## Try it on your own data
#
# 1. Draw one internal service chain of your organisation: trace back from one external touchpoint;
#    which department owns each link?
# 2. Run an internal survey with the items of `servqual.instrument(variant="internal")`, or pass
#    your own items with `dimensions=`.
# 3. Compute dimension gaps by function rated, draw the heat map, find each function's weak spot,
#    and set improvement goals together with that function.
