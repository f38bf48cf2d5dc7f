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
# # 07 设定顾客体验目标：可测量、可分解、可跟踪
#
# “提升顾客体验”不是目标，而是愿望。GB/T 42509 第 6.1.3 条列出确定目标时要考虑的因素（顾客范围、拟满足的需求、
# 与战略一致、已知限制、沟通、在职能层级过程中的分解、可测量性），第 6.1.4 条给出七类目标，第 6.1.5 条要求策划
# 活动、优先级、资源、职责和方法，第 6.2 条“资源配置”和第 6.3 条“顾客体验管理职责”讲资源和职责。本笔记本把一个愿望变成能检查、能分解、能用数据跟踪的目标。
#
# **学习目标**
#
# - 说出第 6.1.4 条的七类目标，并为每类写出一个例子；
# - 用检查器找出目标的问题（不具体、无基线、无期限、无负责人、无法测量、样本不足……）并改好它；
# - 估算检测目标变化所需的样本量；
# - 把组织目标分解到部门，检查上下级是否一致；按季度跟踪目标，区分“达成”“未达成”和“尚不能判断”；
# - 用培训指南的五个示例把目标落到策划，说出第 6.2 条的资源类型和第 6.3 条安排职责的方式。
#
# **所需时间**：1 天课程 35 分钟，2 天课程 60 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：04 分析 Kano 数据、06 测量顾客体验
#
# **涉及条款**：6.1.3、6.1.4、6.1.5、6.2、6.3（其中 6.1.3、6.1.4、6.1.5 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 07 Setting customer-experience goals: measurable, decomposed, tracked
#
# "Improve the customer experience" is a wish, not a goal. Clause 6.1.3 of GB/T 42509 lists what
# to consider when setting objectives (which customers, which needs, fit with strategy, known
# constraints, communication, decomposition across functions, levels and processes,
# measurability), clause 6.1.4 gives seven kinds of objective, clause 6.1.5 asks to plan
# activities, priorities, resources, responsibilities and methods, and clauses 6.2 and 6.3 cover
# resources and responsibilities. This notebook turns a wish into goals that can be checked,
# decomposed and tracked with data.
#
# **Learning objectives**
#
# - Name the seven kinds of objective of clause 6.1.4 and give an example of each;
# - Use the checker to find what is wrong with a goal (not specific, no baseline, no deadline, no
#   owner, not measurable, underpowered…) and fix it;
# - Estimate the sample size needed to detect the change a goal asks for;
# - Decompose an organisation goal into departments and check consistency; track goals by
#   quarter and tell "met", "not met" and "inconclusive" apart;
# - Turn goals into plans with the training guide's five examples, and name the resource types of
#   clause 6.2 and the ways of assigning responsibility of clause 6.3.
#
# **Time needed**: 35 minutes in the one-day course, 60 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 04 Analysing Kano data, 06 Measuring customer experience
#
# **Clauses covered**: 6.1.3, 6.1.4, 6.1.5, 6.2, 6.3 (6.1.3, 6.1.4, 6.1.5: not numbers of the published contents; see 02 section 7)

# %%
import datetime as dt

import pandas as pd
from IPython.display import Markdown, display

import cxlab
from cxlab import goals, kano, plotting, widgets
from cxlab.i18n import Text as T  # a text in zh and en, shown in the active language

cxlab.set_language("{LANG}")
plotting.set_theme()
TODAY = dt.date(2026, 1, 5)  # the planning meeting; fixed so the notebook reruns the same
survey, tickets = cxlab.load_dataset("cx_monthly"), cxlab.load_dataset("cx_tickets")

# %% [markdown] lang="zh"
# ## 1 从需求出发
#
# 目标要回应顾客真正在意的东西（第 6.1.3 条“拟满足的顾客体验需求”）。第 04 本的 Kano 优先级表就是起点：
# 必备型先保证，期望型再提升。

# %% [markdown] lang="en"
# ## 1 Start from needs
#
# Goals should answer what customers really care about (clause 6.1.3, "the experience needs to be
# met"). Notebook 04's Kano priority table is the starting point: secure must-be features first,
# then improve one-dimensional ones.

# %%
features = cxlab.load_dataset("kano_features").set_index("feature")[cxlab.get_language()]
plan = kano.priorities(kano.analyze(cxlab.load_dataset("kano_survey")))
plan.assign(name=plan.index.map(features))[["rank", "name", "category", "action"]].head(6)

# %% [markdown] lang="zh"
# ## 2 七类目标（第 6.1.4 条）
#
# 下表是七类目标和培训材料中的示例（用我们自己的话转述）。一个组织不必七类都设，但应该想清楚每一类是否需要。

# %% [markdown] lang="en"
# ## 2 Seven kinds of objective (clause 6.1.4)
#
# The seven kinds with the training guide's examples (in our own words). An organisation need not
# set all seven, but should decide for each whether it needs one.

# %%
pd.DataFrame([(code, str(name), str(goals.EXAMPLES[code])) for code, name in goals.KINDS.items()],
             columns=["code", "kind", "example"])

# %% [markdown] lang="zh"
# ## 3 检查一个目标
#
# 检查器不打分，而是逐条指出问题，每条都有固定的代码，方便培训师统计。先看一个典型的“愿望式目标”：

# %% [markdown] lang="en"
# ## 3 Checking a goal
#
# The checker does not score; it names each problem, with a fixed code that trainers can count.
# First a typical wish-goal:

# %%
wish = goals.Goal(T("提升线上订单的配送体验", "Improve the delivery experience of online orders"), "improvement")
pd.DataFrame([(f.code, f.message) for f in goals.check(wish, today=TODAY)], columns=["code", "finding"])

# %% [markdown] lang="zh"
# 逐条改：指标（线上与 App 订单的 Top2 满意率）、基线（2025 年为 66.7%，下面从数据算出，取 67%）、目标（75%）、
# 期限、负责人，并写明跟踪周期（按月，`period="M"`）和每期能收集多少份回答（2025 年线上与 App 每月约 130 份）：

# %% [markdown] lang="en"
# Fix it item by item: a metric (the top-2 satisfaction share of online and app orders), a
# baseline (66.7% in 2025, computed from the data below; we take 67%), a target (75%), a deadline,
# an owner, the tracking period (monthly, `period="M"`) and how many answers each period will
# collect (about 130 a month for online and app in 2025):

# %%
last_year = survey[(survey["date"] < "2026-01-01") & survey["channel"].isin(["online", "app"])]
print(cxlab.i18n.pick("2025 年：Top2 满意率 {share:.1%}，每月 {n:.0f} 份回答", "2025: Top2 {share:.1%}, {n:.0f} answers a month")
      .format(share=(last_year["csat"] >= 4).mean(), n=len(last_year) / 12))
better = goals.Goal(T("2026 年 9 月底前，线上与 App 订单满意率（4–5 分）从 67% 提升到 75%",
                      "By end of September 2026, raise the online and app top-2 satisfaction share (4–5) from 67% to 75%"),
                    "improvement", "csat", target=0.75, baseline=0.67, deadline="2026-09-30",
                    owner=T("物流部", "Logistics"), per_period=130, period="M")
pd.DataFrame([(f.code, f.message) for f in goals.check(better, today=TODAY)], columns=["code", "finding"])

# %% [markdown] lang="zh"
# 只剩一个问题：每月 130 份回答不足以可靠地检测 67% → 75% 的变化。需要多少？

# %% [markdown] lang="en"
# One problem is left: 130 answers a month cannot reliably detect 67% → 75%. How many are needed?

# %%
need = pd.DataFrame({"baseline": [0.67, 0.67, 0.80, 0.62], "target": [0.75, 0.80, 0.88, 0.66]})
pick = cxlab.i18n.pick  # a one-off text in the active language
designs = {pick("两期比较，双侧", "two periods, two-sided"): {},
           pick("两期比较，单侧", "two periods, one-sided"): {"alternative": "one-sided"},
           pick("固定基线，双侧", "fixed baseline, two-sided"): {"design": "one_sample"},
           pick("固定基线，单侧", "fixed baseline, one-sided"): {"design": "one_sample", "alternative": "one-sided"}}
for name, options in designs.items():
    need[name] = [goals.sample_size_for_change(b, t, **options) for b, t in zip(need["baseline"], need["target"], strict=True)]
need

# %% [markdown] lang="zh"
# 这几列回答的是不同的问题，写目标时要说清楚用的是哪一个：
#
# - **两期比较**（默认，检查器也用它）：基线本身也是上一期的抽样估计，要比较两期、每期都有抽样误差——每期需要的份数（67% → 75%：503 份）。
# - **固定基线**：基线是一个已知的固定值（长期水平、合同约定），只检验本期是否不同于它——需要的份数少得多（67% → 75%：259 份）。
# - **单侧**：只关心朝目标方向的变化（升到 75%），不关心下降，所需样本再少一些；事先定好，不能看了数据再改。
#
# 这些都不是“区间能否越过目标”的样本量：如果真实值正好等于目标，区间最多一半的时候在目标之上。
#
# 只改成按季度跟踪还不够：线上与 App 每季度约 390 份，仍少于 503 份。所以按季度跟踪，同时把这两个渠道的调查量增加到
# 每季度约 510 份（每月约 170 份），检查通过：

# %% [markdown] lang="en"
# The columns answer different questions; a goal should say which one it uses:
#
# - **Two periods** (the default, and what the checker uses): the baseline is itself last period's
#   sample estimate, so two periods are compared, each with sampling error; answers needed per
#   period (67% → 75%: 503).
# - **Fixed baseline**: the baseline is a known fixed value (a long-run level, a contractual
#   figure) and only this period is tested against it: far fewer answers (67% → 75%: 259).
# - **One-sided**: only a change towards the target (up to 75%) matters, not a fall; fewer answers
#   again. Decide it in advance, not after seeing the data.
#
# None of them is the sample size for "the interval clears the target": if the true value is
# exactly the target, the interval lies above it half the time at best.
#
# Tracking by quarter alone is not enough: online and app collect about 390 answers a quarter,
# still fewer than 503. So track by quarter and raise the survey volume of these two channels to
# about 510 a quarter (about 170 a month); then the check passes:

# %%
quarterly = goals.with_changes(better, period="Q", per_period=510)
goals.check(quarterly, today=TODAY)

# %% [markdown] lang="zh"
# ## 4 分解到部门（第 6.1.3 条）
#
# 组织目标要分解到相关部门。沿用家居电商案例：总目标是全年 NPS 不低于 10，物流、客服、产品、营销、平台技术各有自己的目标。
# `goals.decomposition()` 检查上下级是否一致：同一指标的下级目标不能比上级宽松，期限不能晚于上级。

# %% [markdown] lang="en"
# ## 4 Decompose into departments (clause 6.1.3)
#
# An organisation goal is broken down to the departments involved. In the e-commerce case the top
# goal is an NPS of at least 10 for the year; logistics, customer service, product, marketing and
# platform technology each get their own. `goals.decomposition()` checks consistency: a child goal
# on the same metric may not be weaker than its parent, nor due later.

# %%
tree = [
    goals.Goal(T("2026 年全年 NPS 不低于 10", "NPS at least 10 over 2026"), "target_attainment", "nps",
               target=10, baseline=9.9, deadline="2026-12-31", owner=T("总经理", "General manager"), id="org",
               scope=T("组织", "Organisation")),
    goals.Goal(T("2026 年 9 月底前线上与 App 订单满意率从 67% 到 75%",
                 "Online and app top-2 satisfaction from 67% to 75% by end of September 2026"), "improvement",
               "csat", target=0.75, baseline=0.67, deadline="2026-09-30", owner=T("物流部", "Logistics"),
               id="delivery", parent="org", scope=T("物流部", "Logistics")),
    goals.Goal(T("所有投诉 24 小时内回应、72 小时内给出方案",
                 "Every complaint answered within 24 hours and given a solution within 72 hours"),
               "problem_resolution", "answered_24h", target=1.0, baseline=0.93, deadline="2026-06-30",
               owner=T("顾客服务部", "Customer service"), id="complaints", parent="org",
               scope=T("顾客服务部", "Customer service")),
    goals.Goal(T("商品图片与实物一致的投诉 2026 年减少 50%",
                 "Complaints that products differ from their pictures down 50% in 2026"), "problem_resolution",
               None, deadline="2026-12-31", owner=T("产品部", "Product"), id="photos", parent="org",
               scope=T("产品部", "Product")),
    goals.Goal(T("会员复购率比 2025 年提高 5%", "Member repurchase rate 5% above 2025"), "improvement", None,
               deadline="2026-12-31", owner=T("营销部", "Marketing"), id="repurchase", parent="org",
               scope=T("营销部", "Marketing")),
    goals.Goal(T("下半年 NPS 不低于 5", "NPS at least 5 in the second half"), "target_attainment", "nps",
               target=5, baseline=9.9, deadline="2027-03-31", owner=T("平台技术部", "Platform engineering"),
               id="platform", parent="org", scope=T("平台技术部", "Platform engineering")),
]
goals.decomposition(tree)[["depth", "scope", "owner", "children", "findings"]]

# %%
display(Markdown(goals.tree_markdown(tree)))

# %% [markdown] lang="zh"
# 平台技术部的目标和上级冲突（同一指标更宽松、期限更晚），需要改。产品部和营销部的目标还没有对应的数据指标——
# 第 6.1.3 条的“可测量性”要求先确定怎么测。
#
# ## 5 按季度跟踪（2026 年）
#
# 目标按它的**依据**（表中“判断依据”，`basis`）来判断，默认由指标决定：
#
# - **抽样目标**（`"sample"`，问卷的满意率、NPS 等：只有部分顾客回答）：`goals.evaluate()` 用区间判断——
#   整个区间都达标才算“达成”，整个区间都未达标才算“未达成”，其余是“尚不能判断”。
#   所以 100% 这样的目标在抽样数据上永远不能算“达成”：只有 1 份回答、而且是满意的，区间也是 21%–100%。
# - **普查目标**（`"census"`，每一张工单、每一笔订单都计入）：数出来的就是结果，没有抽样误差，直接和目标比较。

# %% [markdown] lang="en"
# The platform team's goal conflicts with its parent (weaker on the same metric, due later) and must
# change. The product and marketing goals have no data metric yet: clause 6.1.3's measurability
# asks to settle how they will be measured first.
#
# ## 5 Track by quarter (2026)
#
# A goal is judged by its **basis** (`basis`), which by default follows the metric:
#
# - **Sample goals** (`"sample"`: survey shares, NPS; only some customers answer): `goals.evaluate()`
#   judges with intervals: "met" only when the whole interval is on target, "not met" only when
#   the whole interval misses, otherwise "inconclusive". So a 100% target can never be "met" on a
#   sample: one satisfied answer still has the interval 21%–100%.
# - **Census goals** (`"census"`: every ticket, every order counted): the count is the result, with
#   no sampling error, compared with the target directly.

# %%
one_answer = goals.evaluate(goals.Goal(T("满意率 100%", "Top-2 satisfaction 100%"), "needs_met", "csat", target=1.0), pd.DataFrame({"csat": [5]}))
print(one_answer.basis, one_answer.label, f"{one_answer.estimate:.0%} [{one_answer.ci_low:.0%}, {one_answer.ci_high:.0%}]")

# %% [markdown] lang="zh"
# ### 练习 7.1 每季度离目标还差多少
#
# 本节有三个练习由你来写代码，每个写完后运行紧接着的检查单元格，它会告诉你哪里不对。
#
# 物流部的目标：2026 年 9 月底前，线上与 App 订单的 Top2 满意率（CSAT 4–5 分）从 67% 提升到 75%。从 `survey` 中取出 2026 年
# （`date` 不早于 2026-01-01）、渠道为 `online` 或 `app` 的回答，算出每个季度的 Top2 满意率，再算出每季度离目标
# 还差多少（目标 − 实际，以季度为索引的 Series），存入 `gap_to_target`。
# 提示：`survey["date"].dt.to_period("Q")` 给出季度；`布尔 Series.groupby(季度).mean()` 是每季度的比例。

# %% [markdown] lang="en"
# ### Exercise 7.1 How far from the target, quarter by quarter
#
# In three exercises of this section you write the code; after each, run the check cell below it:
# it tells you what is off.
#
# The logistics goal: by the end of September 2026, raise the top-2 satisfaction share (CSAT 4–5)
# of online and app orders from 67% to 75%. From `survey`, take the answers of 2026 (`date` on or after 2026-01-01) from the
# channels `online` and `app`, compute each quarter's top-2 share, then how far each quarter is from
# the target (target − actual, a Series indexed by quarter), and store it in `gap_to_target`.
# Hint: `survey["date"].dt.to_period("Q")` gives the quarter; `boolean_series.groupby(quarter).mean()`
# is each quarter's share.

# %% tags=["solution"]
orders = survey[(survey["date"] >= "2026-01-01") & survey["channel"].isin(["online", "app"])]
quarter_share = (orders["csat"] >= 4).groupby(orders["date"].dt.to_period("Q")).mean()
gap_to_target = 0.75 - quarter_share

# %%
cxlab.checks.goal_gap_by_quarter(gap_to_target, survey, target=0.75, baseline=0.67, channels=["online", "app"],
                                 since="2026-01-01")

# %% [markdown] lang="zh"
# `goals.track()` 做同样的逐季计算，并给出区间和状态：

# %% [markdown] lang="en"
# `goals.track()` makes the same quarter-by-quarter computation and adds intervals and a status:

# %%
online = survey[(survey["date"] >= "2026-01-01") & survey["channel"].isin(["online", "app"])]
share_goal = tree[1]  # the logistics goal: 67% → 75%
progress = goals.track(share_goal, online, period="Q")
progress.round(3)

# %%
_ = goals.plot_tracking(progress, share_goal)

# %% [markdown] lang="zh"
# ### 练习 7.2 第四季度走了多远
#
# 进度 = (实际 − 基线) / (目标 − 基线)：0 表示还在基线，1 表示达到目标，负数表示比基线还差。
# 用上面的 `online`（2026 年线上与 App 的回答）算出第四季度（`date` 不早于 2026-10-01）的进度，存入 `progress_q4`。
# 基线和目标可以写成数，也可以取 `share_goal.baseline`、`share_goal.target`。

# %% [markdown] lang="en"
# ### Exercise 7.2 How far did the fourth quarter get?
#
# Progress = (actual − baseline) / (target − baseline): 0 means still at the baseline, 1 the target
# reached, a negative value worse than the baseline. With `online` above (the 2026 answers from
# online and app), compute the progress of the fourth quarter (`date` on or after 2026-10-01) and
# store it in `progress_q4`. Write the baseline and target as numbers or take `share_goal.baseline`
# and `share_goal.target`.

# %% tags=["solution"]
q4_share = (online.loc[online["date"] >= "2026-10-01", "csat"] >= 4).mean()
progress_q4 = (q4_share - share_goal.baseline) / (share_goal.target - share_goal.baseline)

# %%
cxlab.checks.goal_progress(progress_q4, survey, target=0.75, baseline=0.67, channels=["online", "app"],
                           since="2026-10-01")

# %% [markdown] lang="zh"
# ### 练习 7.3 普查目标：72 小时内解决的比例
#
# 投诉目标承诺“24 小时内回应、72 小时内给出方案”。`tickets` 是 2026 年的全部工单（普查，不是抽样）：`created` 是创建时间，
# `resolved` 是解决时间，还没解决的为空。导出日志时（2027 年 1 月 10 日）每张工单都已过了 72 小时的期限，所以全部计入。
# 算出 72 小时内解决的工单比例（0 到 1 之间），存入 `resolved_share`。提示：两个时间相减得到时长，和 `pd.Timedelta("72h")` 比较。

# %% [markdown] lang="en"
# ### Exercise 7.3 A census goal: the share resolved within 72 hours
#
# The complaints goal promises "an answer within 24 hours and a solution within 72 hours".
# `tickets` holds every ticket of 2026 (a census, not a sample): `created` is when it was opened,
# `resolved` when it was resolved, empty while still open. When the log was exported (10 January
# 2027) every ticket was past its 72-hour deadline, so all of them count. Compute the share resolved
# within 72 hours (between 0 and 1) and store it in `resolved_share`. Hint: subtracting two times
# gives a duration; compare it with `pd.Timedelta("72h")`.

# %% tags=["solution"]
resolved_share = ((tickets["resolved"] - tickets["created"]) <= pd.Timedelta("72h")).mean()

# %%
cxlab.checks.tickets_resolved_in_time(resolved_share, tickets, within="72h")

# %%
answered = goals.evaluate(tree[2], tickets, as_of=pd.Timestamp("2027-01-10 08:00"))  # export time of the log
print(answered.basis, answered.label, f"{answered.estimate:.1%}", "n =", answered.n)

# %%
last_quarter = survey[survey["date"] >= "2026-10-01"]
online_quarter = last_quarter[last_quarter["channel"].isin(["online", "app"])]  # the logistics goal's channels, as tracked above
board = goals.dashboard(tree, {"default": last_quarter, "csat": online_quarter, "answered_24h": tickets},
                        as_of=pd.Timestamp("2027-01-10 08:00"))
board[["owner", "metric", "basis", "target", "estimate", "ci_low", "ci_high", "status_label"]].round(3)

# %% [markdown] lang="zh"
# 物流部的目标四个季度都是“未达成”：每个区间都整个低于 75%。但“未达成”不等于“变差了”：第一季度为 63.5%
# （区间 58.7%–68.1%），区间仍然覆盖基线 67%，和 2025 年相比看不出可靠的变化；第三、四季度跌到约 54%，
# 区间整个低于基线——这正是配送问题出现之后（第 06 本）。
# 投诉目标是普查目标：2400 张工单全部计入，24 小时内回应的占 93.6%——这就是结果，不需要区间，离 100% 的目标有明确差距。
# 季度评审时，`goals.dashboard()` 把所有目标的状态放在一张表里；没有指标的目标标为“无法测量”，不会从评审中消失。
# 仪表板和上面的跟踪用同一口径（线上与 App 的回答）判断物流部的目标，所以它那一行就是第四季度的结果。
#
# ## 6 实现目标的策划（第 6.1.5 条）
#
# 每个目标要对应活动、优先级、资源、职责和方法；能预见的风险写在旁边（第 09 本的风险登记册会接上这一列）。

# %% [markdown] lang="en"
# The logistics goal is "not met" in all four quarters: every interval lies wholly below 75%. But
# "not met" is not "got worse": the first quarter gives 63.5% (interval 58.7%–68.1%), an interval
# that still covers the 67% baseline, so no reliable change from 2025 shows; in the third and
# fourth quarters it falls to about 54%, the interval wholly below the baseline, right after the
# delivery problem of notebook 06 began.
# The complaint goal is a census goal: all 2,400 tickets count, and 93.6% were answered within 24
# hours. That is the result, with no interval needed, and it is clearly short of the 100% target. At the quarterly review `goals.dashboard()` puts every goal's status in one table;
# goals without a metric show as "not measurable" rather than vanishing from the review.
# The dashboard judges the logistics goal on the same answers as the tracking above (online and app),
# so its row is the fourth quarter's result.
#
# ## 6 Planning how to reach the goals (clause 6.1.5)
#
# Each goal gets activities, a priority, resources, responsibility and methods; foreseeable risks go
# alongside (notebook 09's risk register will plug into this column).

# %%
planned = [
    goals.with_changes(tree[1], priority=1,
                       resources=T("物流部 2 人 + 新物流商考核预算", "2 logistics staff + a budget to audit the new carrier"),
                       method=T("每周对账新物流商的准时率，月度复盘；配送后 24 小时回访",
                                "Weekly check of the new carrier's on-time rate, monthly review; a call 24 hours after delivery")),
    goals.with_changes(tree[2], priority=2, resources=T("客服排班增加 3 个晚班", "3 more evening shifts in customer service"),
                       method=T("App 和门店投诉统一进入工单系统，超时自动升级",
                                "App and store complaints all go into the ticket system; overdue tickets escalate automatically")),
    goals.with_changes(tree[0], priority=3, resources=T("季度体验评审会", "A quarterly CX review meeting"),
                       method=T("按季度跟踪 NPS，评审各部门目标", "Track NPS by quarter and review every department's goal")),
]
goals.plan_table(planned, risks={"delivery": T("新物流商交付不稳定", "The new carrier delivers unreliably"),
                                   "complaints": T("旺季投诉量激增", "Complaints surge in the peak season")})

# %% [markdown] lang="zh"
# ### 培训指南的五个示例
#
# 培训指南讲第 6.1.5 条时，为五个策划要素（活动、优先级、资源、职责、方法）各配了一个“目标 → 策划”的例子。
# 下面把这五个例子写成 `goals.Goal`：数字照指南，“一年内”“半年内”这样的时间框从本次策划会（2026 年 1 月 5 日）起算，
# 指南给出了负责单位的就照写；指南没有给基线，也没有说明用哪项数据来测量，这两项就空着。然后交给第 3 节的检查器：

# %% [markdown] lang="en"
# ### The training guide's five examples
#
# When the training guide explains clause 6.1.5, it pairs each planning element (activities,
# priority, resources, responsibility, methods) with one "goal → plan" example. Below, the five are
# written as `goals.Goal`: the figures are the guide's; time frames such as "within a year" or "within
# half a year" count from this planning meeting (5 January 2026); where the guide names the unit in
# charge, it is the owner. The guide gives no baseline and does not say which data measure each goal,
# so both stay empty. Then the checker of section 3 reads them:

# %%
examples = goals.plan_examples(today=TODAY)
pd.DataFrame({pick("策划要素", "element"): [g.element for g in examples],
              pick("目标", "goal"): [g.statement for g in examples],
              pick("负责", "owner"): [g.owner for g in examples],
              pick("期限", "deadline"): [g.deadline for g in examples],
              pick("检查结果", "findings"): [", ".join(f.code for f in goals.check(g, today=TODAY)) for g in examples]}
             ).fillna("—")

# %% [markdown] lang="zh"
# 五个例子都写出了数字，也都配好了做法，但按第 3 节的检查器，没有一个能原样拿来当目标：五个都没有基线（`no_baseline`），
# 也都没说明用什么数据测量（`no_metric`：“满意度指数”怎么算？投诉“及时”是几小时？）；三个没有负责人（`no_owner`）；
# 两个是“每季度”的持续要求，没有截止日期（`no_deadline`）。这不是示例的毛病——它们要演示的是目标和策划怎样一一对应——
# 而是提醒我们：把示例用到自己的组织时，先补齐基线、测量口径、负责人和期限。第一个例子还值得多问一句：
# 每季度 500 份问卷够不够，要看基线和 90% 之间差多少（第 3 节的样本量）。
#
# #### 练习 1：每段策划属于哪个要素？

# %% [markdown] lang="en"
# Every example states figures and comes with a plan, yet none passes the checker as it stands: all
# five lack a baseline (`no_baseline`) and say nothing of the data that would measure them
# (`no_metric`: how is the "satisfaction index" computed? how many hours is "on time" for a
# complaint?); three have no owner (`no_owner`); two are standing "every quarter" requirements with no
# deadline (`no_deadline`). That is no fault of the examples, which are there to show how a goal and
# its plan pair up. It is a reminder: before using them in your organisation, add the baseline, the
# measure, the owner and the deadline. The first example raises one more question: whether 500
# questionnaires a quarter are enough depends on how far the baseline is from 90% (section 3's
# sample size).
#
# #### Exercise 1: which element does each plan belong to?

# %%
exercise_elements = cxlab.exercises.plan_elements()
exercise_elements

# %% [markdown] lang="zh"
# ### 资源配置（第 6.2 条）
#
# 策划里的“资源”不只是钱。培训指南列出了组织要评估的资源类型（“包括但不限于”），既看内部现有资源的能力和局限，
# 也看从外部获取的可能：

# %% [markdown] lang="en"
# ### Resources (clause 6.2)
#
# The "resources" of a plan are more than money. The training guide lists the types of resource an
# organisation should assess ("including but not limited to"), looking both at what its own
# resources can and cannot do and at what could come from outside:

# %%
goals.resource_types().reset_index(drop=True).rename(columns={"type": pick("资源类型", "type"),
                                                               "covers": pick("包括", "covers")})

# %% [markdown] lang="zh"
# #### 练习 2：这项策划内容用的是哪类资源？
#
# 下面七项取自本笔记本和第 09 本的策划。

# %% [markdown] lang="en"
# #### Exercise 2: which type of resource does each line use?
#
# The seven lines come from the plans of this notebook and of notebook 09.

# %%
exercise_resources = cxlab.exercises.resource_sorting()
exercise_resources

# %% [markdown] lang="zh"
# ### 顾客体验管理职责（第 6.3 条）
#
# 培训指南说明了三种安排职责的方式，组织按自己的情况选择或组合：
#
# 1. 把顾客体验管理目标融入现有的业务过程和绩效管理；
# 2. 把相关职责分配给现有的职位，让每个岗位知道自己在顾客体验上要做什么；
# 3. 规模较大或需求复杂的组织，可以考虑设立专门的顾客体验管理团队。
#
# 无论哪种方式，顾客体验都不是某一个部门的事，还要有跨部门的沟通和协作机制（第 6.4 条“管理协同”）。
# 指南描述的专门团队由三组角色构成：

# %% [markdown] lang="en"
# ### Responsibilities (clause 6.3)
#
# The training guide describes three ways to assign responsibility; an organisation picks or combines
# them to suit its situation:
#
# 1. Build the CX goals into the existing business processes and performance management;
# 2. Give the CX duties to existing positions, so that each role knows its part in the experience;
# 3. A larger organisation, or one with complex needs, may consider a dedicated CX team.
#
# Whichever way, the experience is not one department's business: cross-department communication and
# collaboration are needed as well (clause 6.4, management coordination). The dedicated team the
# guide describes has three groups of roles:

# %%
goals.cx_roles().rename(columns={"group": pick("组别", "group"), "role": pick("角色", "role"),
                                 "duty": pick("主要职责", "duty")})

# %% [markdown] lang="zh"
# #### 练习 3：这项工作该由谁来做？

# %% [markdown] lang="en"
# #### Exercise 3: who does each task?

# %%
exercise_roles = cxlab.exercises.role_sorting()
exercise_roles

# %% [markdown] lang="zh"
# ## 7 练习：写一个合格的目标
#
# 在表单里起草一个你们组织的目标，点“检查目标”，按提示修改，直到没有问题。比例可以写成 0.85 或 85%。

# %% [markdown] lang="en"
# ## 7 Exercise: write a sound goal
#
# Draft a goal for your organisation in the form, press "Check goal", fix what it says, and repeat
# until nothing is left. Shares can be written as 0.85 or 85%.

# %%
builder = widgets.GoalBuilder(today=TODAY)
builder

# %% [markdown] lang="zh"
# ## 8 自测

# %% [markdown] lang="en"
# ## 8 Self-check

# %%
quiz = widgets.Quiz("07_goals", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 目标 = 指标 + 基线 + 目标值和方向 + 期限 + 负责人，并且数据能测、样本够用（第 6.1.3 条）。
# - 第 6.1.4 条的七类目标覆盖需求满足、目标实现、问题解决、改善提升、测量有效、策划实施和风险应对。
# - 组织目标要分解到职能、层级和过程；下级不能比上级宽松，期限不能更晚。
# - 抽样目标用区间判断：达成、未达成、尚不能判断；不要把噪声当成失败。普查目标（每张工单都计入）直接看计数。
# - 样本量先说清问题：两期比较还是与固定基线比较、双侧还是单侧；检查器按目标的跟踪周期（`period`）计算每期样本。
# - 第 6.1.5 条的策划表把每个目标落到活动、优先级、资源、职责和方法；培训指南的五个示例还要补上基线、测量口径、负责人和期限才能直接使用。
# - 资源包括人力、知识、财务、程序与工具技术、信息数据、工作环境设施和外部供方（第 6.2 条）；职责可以融入现有过程和职位，也可以设专门团队（第 6.3 条）。
#
# ## 用你自己的数据试试
#
# 1. 把你们今年的三个体验目标写成 `goals.Goal(...)`，运行 `goals.check()`，逐条修改。
# 2. 用 `goals.sample_size_for_change()` 检查你们的调查样本是否足以检测目标要求的变化；不够就改跟踪周期或样本量。
# 3. 把目标按部门分解，运行 `goals.decomposition()`，找出冲突。
# 4. 用你们的调查或工单数据运行 `goals.track()`，在季度评审会上展示“达成 / 未达成 / 尚不能判断”。

# %% [markdown] lang="en"
# ## Summary
#
# - A goal = metric + baseline + target and direction + deadline + owner, measurable with the data
#   and with enough answers (clause 6.1.3).
# - The seven kinds of clause 6.1.4 cover needs met, targets reached, problems resolved,
#   improvement, valid measures, plans carried out and actions on risks.
# - Organisation goals are decomposed into functions, levels and processes; a child may not be
#   weaker than its parent or due later.
# - Track sample goals with intervals: met, not met, inconclusive; do not mistake noise for failure.
#   Census goals (every ticket counted) are judged on the count.
# - State the question behind a sample size: two periods or a fixed baseline, two- or one-sided;
#   the checker counts answers per the goal's tracking period (`period`).
# - The 6.1.5 plan table gives every goal its activities, priority, resources, responsibility and methods;
#   the training guide's five examples need a baseline, a measure, an owner and a deadline before use.
# - Resources cover people, knowledge, finance, procedures and tools, information and data, the work
#   environment and external providers (clause 6.2); responsibilities go into existing processes and
#   positions or to a dedicated team (clause 6.3).
#
# ## Try it on your own data
#
# 1. Write this year's three CX goals as `goals.Goal(...)`, run `goals.check()` and fix each finding.
# 2. Use `goals.sample_size_for_change()` to see whether your survey can detect the change a goal
#    asks for; if not, change the tracking period or the sample.
# 3. Decompose the goals by department and run `goals.decomposition()` to find conflicts.
# 4. Run `goals.track()` on your survey or ticket data and show "met / not met / inconclusive" at
#    the quarterly review.
