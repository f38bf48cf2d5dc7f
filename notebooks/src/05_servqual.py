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
# # 05 SERVQUAL：服务质量差距分析
#
# 服务质量可以看成“顾客感知到的”与“顾客期望的”之间的差距。SERVQUAL 用五个维度——有形性、可靠性、响应性、
# 保证性、移情性——共 22 个题项来测这个差距（服务设计课程第一讲里“卓越服务的基础四要素/五要素”就是它）。
# 本笔记本用三家银行网点的数据，完成一次完整、统计上站得住的 SERVQUAL 分析，对应 GB/T 42509 第 7.3 条“洞察顾客体验”
# （测量指标、数据收集、分析、评价）和第 7.4 条“优化顾客体验”。
#
# **学习目标**
#
# - 说出 SERVQUAL 的五个维度和期望（E）、感知（P）两套问法；
# - 计算题项差距、维度差距、不加权与加权总分，并解释为什么要用**配对**检验；
# - 检查量表信度（Cronbach α）和结构（探索性因子分析），比较网点之间的差异；
# - 用容忍区间和重要性–表现分析（IPA）把结果变成改进优先级。
#
# **所需时间**：1 天课程 35 分钟，2 天课程 55 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：04 分析 Kano 数据（置信区间、p 值与多重比较校正）
#
# **涉及条款**：7.3.3、7.3.5、7.3.6、7.4.3（其中 7.3.3、7.3.5、7.3.6、7.4.3 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 05 SERVQUAL: service-quality gap analysis
#
# Service quality can be seen as the gap between what customers perceive and what they expect.
# SERVQUAL measures that gap on five dimensions (tangibles, reliability, responsiveness,
# assurance, empathy) with 22 items; the "basic elements of excellent service" in the first
# lecture of the service-design course are exactly these. With data from three bank branches, this
# notebook runs a complete and statistically sound SERVQUAL analysis, for GB/T 42509 clause 7.3
# "Gaining insight into CX" (indicators, data collection, analysis, evaluation) and clause 7.4
# "Optimising CX".
#
# **Learning objectives**
#
# - Name SERVQUAL's five dimensions and its two question sets, expectations (E) and perceptions (P);
# - Compute item gaps, dimension gaps, the unweighted and weighted scores, and explain why the test
#   must be **paired**;
# - Check reliability (Cronbach's alpha) and structure (exploratory factor analysis), and compare branches;
# - Turn the results into improvement priorities with the zone of tolerance and importance–performance analysis.
#
# **Time needed**: 35 minutes in the one-day course, 55 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 04 Analysing Kano data (confidence intervals, p-values, multiple-comparison correction)
#
# **Clauses covered**: 7.3.3, 7.3.5, 7.3.6, 7.4.3 (7.3.3, 7.3.5, 7.3.6, 7.4.3: not numbers of the published contents; see 02 section 7)

# %%
import pandas as pd

import cxlab
from cxlab import plotting, servqual, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
bank = cxlab.load_dataset("servqual_bank").set_index("respondent_id")


def block(prefix):
    """The columns PREFIX_x of the bank table, renamed to x."""
    return bank.filter(regex=f"^{prefix}_").rename(columns=lambda c: c[len(prefix) + 1:])


E, P = block("E"), block("P")
print(E.shape, P.shape, bank["branch"].value_counts().to_dict())

# %% [markdown] lang="zh"
# ## 1 五个维度、22 个题项
#
# 每个题项问两遍：一家**卓越的**银行应该怎样（期望 E），**这家**网点做得怎样（感知 P），都用 1–7 分。
# 下面是我们对 1991 年修订版题项的转述：

# %% [markdown] lang="en"
# ## 1 Five dimensions, 22 items
#
# Every item is asked twice: what an **excellent** bank would do (expectation E) and what **this**
# branch does (perception P), both on 1–7. Our paraphrase of the 1991 revised items:

# %%
servqual.instrument()

# %% [markdown] lang="zh"
# ## 2 差距与配对检验
#
# 题项差距 = P − E，维度差距是该维度题项差距的平均，总分（不加权）是五个维度差距的平均。
#
# 为什么要**配对**？期望和感知来自同一个人：期望高的人感知往往也高。把它们当成两群人做独立样本检验，会把人与人之间的差异
# 算进误差，检验效能下降，区间也算错。配对检验只看每个人自己的差距。

# %% [markdown] lang="en"
# ## 2 Gaps and the paired test
#
# Item gap = P − E; a dimension's gap is the mean of its item gaps; the (unweighted) overall score is
# the mean of the five dimension gaps.
#
# Why **paired**? Expectations and perceptions come from the same person: people who expect more
# often rate higher too. Testing them as two independent groups puts the between-person variation
# into the error, blunts the test and gets the interval wrong. The paired test looks only at each
# person's own gap.

# %% [markdown] lang="zh"
# ### 练习 5.1 每个维度的差距
#
# 本笔记本有三个练习由你来写代码，每个写完后运行紧接着的检查单元格，它会告诉你哪里不对。
#
# `E` 和 `P` 是期望和感知（每行一位受访者，每列一个题项 T1…E5）；`servqual.instrument()` 的 `item` 和 `dimension`
# 两列说明每个题项属于哪个维度。算出每个维度的平均差距 P − E，得到以维度（`tangibles` … `empathy`）为索引的 Series，
# 存入 `dimension_gaps`。提示：`(P - E).mean()` 是每个题项的平均差距，`.groupby(题项到维度的对应).mean()` 按维度求平均。

# %% [markdown] lang="en"
# ### Exercise 5.1 Each dimension's gap
#
# In three exercises of this notebook you write the code; after each, run the check cell below it:
# it tells you what is off.
#
# `E` and `P` hold the expectations and perceptions (one row per respondent, one column per item
# T1…E5); the `item` and `dimension` columns of `servqual.instrument()` say which dimension each item
# belongs to. Compute each dimension's mean gap P − E as a Series indexed by dimension
# (`tangibles` … `empathy`) and store it in `dimension_gaps`. Hint: `(P - E).mean()` is each item's
# mean gap, and `.groupby(item-to-dimension mapping).mean()` averages by dimension.

# %% tags=["solution"]
item_dimension = servqual.instrument().set_index("item")["dimension"]
dimension_gaps = (P - E).mean().groupby(item_dimension).mean()

# %%
cxlab.checks.servqual_dimension_gaps(dimension_gaps, E, P)

# %% [markdown] lang="zh"
# ### 练习 5.2 不加权总分
#
# `servqual.gaps(E, P)` 给出每位受访者每个题项的差距，`servqual.by_dimension(...)` 再按维度求平均（每行一位受访者，
# 每列一个维度）。用它们算出不加权的 SERVQUAL 总分（一个数），存入 `overall_gap`。

# %% [markdown] lang="en"
# ### Exercise 5.2 The unweighted score
#
# `servqual.gaps(E, P)` gives each respondent's gap on each item, and `servqual.by_dimension(...)`
# averages them by dimension (one row per respondent, one column per dimension). Use them to compute
# the unweighted SERVQUAL score (one number) and store it in `overall_gap`.

# %% tags=["solution"]
overall_gap = servqual.by_dimension(servqual.gaps(E, P)).mean(axis=1).mean()

# %%
cxlab.checks.servqual_overall_score(overall_gap, E, P)

# %% [markdown] lang="zh"
# `servqual.summarize()` 给出同样的维度差距，再加上配对检验和置信区间：

# %% [markdown] lang="en"
# `servqual.summarize()` gives the same dimension gaps, plus the paired tests and confidence
# intervals:

# %%
summary = servqual.summarize(E, P, correction="holm")
summary.set_index("dimension_name")[["expectation", "perception", "gap", "ci_low", "ci_high", "p_adjusted"]].round(3)

# %%
_ = servqual.plot_gaps(summary)

# %% [markdown] lang="zh"
# 五个维度的感知都显著低于期望（Holm 校正后仍显著）。差距最大的是可靠性和响应性，最小的是有形性——
# 顾客对装修和设备基本满意，但对“按时、做对、及时响应”不满意。
#
# ## 3 不加权与加权总分
#
# 受访者还把 100 分分配给五个维度，表示各维度对他有多重要。加权总分 = Σ 维度差距 × 分配分数 / 100。
# 分配合计不是 100 的受访者不会被悄悄按比例缩放——分析会停下来并点名：

# %% [markdown] lang="en"
# All five perceptions fall significantly short of expectations (still after the Holm correction).
# Reliability and responsiveness have the largest gaps, tangibles the smallest: customers are fine
# with the premises and equipment, not with "on time, right first time, prompt".
#
# ## 3 Unweighted and weighted scores
#
# Respondents also split 100 points across the five dimensions by importance. Weighted score =
# Σ dimension gap × points / 100. Respondents whose points do not add up to 100 are not silently
# rescaled; the analysis stops and names them:

# %%
gap_scores = servqual.by_dimension(servqual.gaps(E, P))
points = block("W")
try:
    servqual.weighted_scores(gap_scores, points)
except servqual.AllocationError as err:
    print(err)

# %% [markdown] lang="zh"
# ### 练习 5.3 加权总分
#
# `gap_scores` 是每位受访者的五个维度差距，`points` 是他分给五个维度的分数（列名相同）。
# 只保留分配合计为 100（±0.5）的受访者，算出每人的加权分 Σ 维度差距 × 分配分数 / 100，再求全体的平均，存入 `weighted_gap`。

# %% [markdown] lang="en"
# ### Exercise 5.3 The weighted score
#
# `gap_scores` holds each respondent's five dimension gaps and `points` the points they gave the
# five dimensions (same column names). Keep only the respondents whose points add up to 100 (±0.5),
# compute each one's weighted score Σ dimension gap × points / 100, take the mean over them, and
# store it in `weighted_gap`.

# %% tags=["solution"]
valid_points = points.sum(axis=1).sub(100).abs() <= 0.5
weighted_gap = (gap_scores[valid_points] * points[valid_points]).sum(axis=1).div(100).mean()

# %%
cxlab.checks.servqual_weighted_score(weighted_gap, gap_scores, points)

# %% [markdown] lang="zh"
# 下面用 `servqual.weighted_scores()` 算同一个分数，并和另外两种总分放在一起：

# %% [markdown] lang="en"
# Below, `servqual.weighted_scores()` computes the same score, next to the other two overall
# scores:

# %%
valid = points.sum(axis=1).sub(100).abs() <= 0.5
print(cxlab.i18n.pick("排除：{n} 位受访者（{ids}）", "excluded: {n} respondents ({ids})").format(
    n=int((~valid).sum()), ids=", ".join(points.index[~valid])))
weighted = servqual.weighted_scores(gap_scores[valid], points[valid])
mean_points = points[valid].mean()
pick = cxlab.i18n.pick
pd.DataFrame({
    pick("不加权", "unweighted"): [servqual.overall_score(summary["gap"].drop("overall"))],
    pick("加权（受访者加权分的均值）", "weighted (mean of respondents)"): [weighted.mean()],
    pick("加权（按平均分配的权重）", "weighted (mean allocation)"): [servqual.overall_score(gap_scores[valid].mean(), weights=mean_points / mean_points.sum() * 100)],
}).round(3)

# %% [markdown] lang="zh"
# 加权分比不加权分更低，因为顾客把最多的分数给了差距最大的可靠性。两种分数回答的是不同的问题：不加权分是“平均差多少”，
# 加权分是“在顾客在意的地方差多少”。只看感知、不看期望的 SERVPERF（Cronin & Taylor 1992）也常用，放在一起比较：

# %% [markdown] lang="en"
# The weighted score is lower than the unweighted one, because customers gave most points to
# reliability, the largest gap. The two answer different questions: "how far short on average"
# versus "how far short where customers care". SERVPERF (Cronin & Taylor 1992), perceptions only,
# is also common; compare them side by side:

# %%
servqual.servperf(P).round(3)

# %% [markdown] lang="zh"
# ## 4 量表靠得住吗？信度和结构
#
# Cronbach α 检查同一维度的题项是否一致地测量同一件事（常用标准：≥ 0.7）；探索性因子分析检查 22 个题项是否真的分成五组。
# 做因子分析之前先看数据是否适合、该提取几个因子：KMO（抽样适切性，常用下限 0.6）、Bartlett 球形检验（相关矩阵是否只是单位阵），
# 以及平行分析（Horn 1965：只保留特征值超过同样规模随机数据的 95% 分位数的因子）。

# %% [markdown] lang="en"
# ## 4 Is the instrument sound? Reliability and structure
#
# Cronbach's alpha checks whether a dimension's items measure the same thing consistently (a common
# bar: ≥ 0.7); exploratory factor analysis checks whether the 22 items really fall into five groups.
# Before the factor analysis, check that the data suit it and how many factors to extract: KMO
# (sampling adequacy, a common floor is 0.6), Bartlett's test (is the correlation matrix just the
# identity?) and parallel analysis (Horn 1965: keep the factors whose eigenvalue beats the 95th
# percentile of random data of the same size).

# %%
servqual.reliability(P).round(3)

# %%
check = servqual.efa_diagnostics(P)
pick = cxlab.i18n.pick
print(pd.Series({"KMO": round(check.kmo, 3), pick("Bartlett 检验 χ²", "Bartlett chi2"): round(check.bartlett_chi2, 1),
                 pick("自由度", "df"): check.bartlett_df,
                 "p < 0.001": pick("是", "yes") if check.bartlett_p < 0.001 else pick("否", "no"),
                 pick("因子数（平行分析）", "factors (parallel analysis)"): check.n_factors}, dtype=object).to_string())
check.table.head(7).round(2)

# %%
loadings = servqual.efa(P)
pd.crosstab(servqual.instrument().set_index("item")["dimension_name"], loadings["factor"])

# %% [markdown] lang="zh"
# KMO 为 0.84，Bartlett 检验 p < 0.001，平行分析保留 5 个因子（第 6 个特征值 0.54，远低于随机数据的 1.20）。
# 按 5 个因子做分析：每个维度的题项都落在同一个因子上，五个维度对应五个因子——这份数据的结构和 SERVQUAL 的设计一致。
# （验证性因子分析可以用 `servqual.cfa()`，需要安装可选的 `research` 依赖。）
#
# ## 5 网点之间有差别吗？
#
# 三个网点，用 Welch 方差分析（不假设方差相等），效应量为偏 η²：

# %% [markdown] lang="en"
# KMO is 0.84, Bartlett's test gives p < 0.001, and parallel analysis keeps 5 factors (the sixth
# eigenvalue, 0.54, is far below random data's 1.20). With 5 factors, each dimension's items load on
# one factor, and the five dimensions map to five factors: the data's structure matches SERVQUAL's
# design. (Confirmatory factor analysis is `servqual.cfa()`,
# with the optional `research` extra installed.)
#
# ## 5 Do the branches differ?
#
# Three branches: Welch's ANOVA (no equal-variance assumption), with partial eta squared as the effect size:

# %%
servqual.compare_groups(gap_scores.assign(branch=bank["branch"]), by="branch", correction="holm").round(4)

# %% [markdown] lang="zh"
# 响应性在网点之间差别最大（偏 η² 约 0.15，校正后 p < 0.001）。
# 移情性的未校正 p 值是 0.019，看起来“显著”，但一次检验五个维度，按 Holm 校正后是 0.077，效应也很小（偏 η² 约 0.02）：
# 这是多重比较带来的假象，不能当作发现。判断差异要同时看校正后的 p 值和效应量。
#
# 方差分析只说明“有差别”，没说是哪两个网点。Games–Howell 两两比较（Games & Howell 1976，不假设方差或样本量相等）
# 只用于校正后显著的维度：

# %% [markdown] lang="en"
# Responsiveness differs most between branches (partial eta squared about 0.15, adjusted
# p < 0.001). Empathy's raw p of 0.019 looks "significant", but five dimensions were tested at
# once: after Holm's correction it is 0.077, and its effect is tiny (about 0.02). That is a
# multiple-testing artefact, not a finding; judge a difference by the adjusted p-value and the
# effect size together.
#
# The ANOVA says the branches differ, not which ones. Games–Howell pairwise comparisons (Games &
# Howell 1976; no equal variances or group sizes assumed), for the dimension that is significant
# after correction:

# %%
servqual.posthoc(gap_scores[["responsiveness"]].assign(branch=bank["branch"]), by="branch").round(4)

# %% [markdown] lang="zh"
# C 网点的响应性差距比 A、B 大得多（差约 0.6–0.7 分，p < 0.001），A 与 B 之间没有可靠的差别（p = 0.58）。
# 改进要落到具体网点，而不是全行一刀切。
#
# ## 6 容忍区间
#
# 顾客的期望不是一个点，而是一段区间：从“可以接受”到“理想”。感知落在区间内，顾客可以容忍；低于可接受，就会不满。

# %% [markdown] lang="en"
# Branch C's responsiveness gap is much larger than A's and B's (by about 0.6–0.7 points,
# p < 0.001); A and B do not reliably differ (p = 0.58). Improvement belongs to a branch, not the
# whole bank at once.
#
# ## 6 The zone of tolerance
#
# Expectations are a range, not a point: from "adequate" to "desired". A perception inside the zone
# is tolerated; below adequate, customers are dissatisfied.

# %%
zone = servqual.zone_of_tolerance(block("ADQ"), block("DES"), servqual.by_dimension(P))
zone.round(2)

# %%
_ = servqual.plot_zone(zone)

# %% [markdown] lang="zh"
# 平均而言，五个维度的感知都在容忍区间内，但可靠性和响应性离下限最近，余量最小——稍有退步就会跌出区间。
#
# ## 7 重要性–表现分析（IPA）：从结果到行动
#
# 题项的重要性可以直接问，也可以“推导”：看每个题项的感知与总体质量评价的相关程度。十字线放在均值处（`centre="median"`
# 用中位数），四个象限分别是继续保持、重点改进、低优先和可能过度投入（Martilla & James 1977）。推导出的重要性是 0.1–0.3
# 左右的相关系数，没有“量表中点”：若把十字线放在 1–7 量表的中点 4，22 个题项会全部落入“可能过度投入”，
# 所以 `centre="midpoint"` 只接受直接询问、并用 `importance_scale=` 说明量表的重要性。

# %% [markdown] lang="en"
# On average every dimension's perception is inside the zone, but reliability and responsiveness
# are closest to the floor, with the least headroom: a small slip takes them out.
#
# ## 7 Importance–performance analysis (IPA): from results to action
#
# Item importance can be asked directly or derived: how strongly each item's perception correlates
# with the overall quality rating. With crosshairs at the means (`centre="median"` for medians), the
# four quadrants are keep up the good work, concentrate here, low priority and possible overkill
# (Martilla & James 1977). Derived importance is a correlation of about 0.1–0.3 and has no scale
# midpoint: crosshairs at 4, the middle of the 1–7 scale, would put all 22 items in "possible
# overkill", so `centre="midpoint"` accepts only importance asked directly, with its scale given
# as `importance_scale=`.

# %%
grid = servqual.ipa(servqual.derived_importance(P, bank["overall"]), P.mean(), centre="mean")
wording = servqual.instrument().set_index("item")["wording"]
_ = servqual.plot_ipa(grid)

# %%
grid.table.assign(wording=grid.table.index.map(wording)).sort_values(["quadrant", "importance"], ascending=[True, False])[
    ["wording", "importance", "performance", "quadrant_name"]].round(3)

# %% [markdown] lang="zh"
# “重点改进”象限里的题项就是“优化顾客体验行动”（第 7.4 条之下，cxlab 编为 7.4.3）的候选清单；再结合第 5 节，C 网点的响应性优先。
#
# ## 8 课堂迷你 SERVQUAL
#
# 每个维度选一个题项，学员以“本次培训”为服务对象作答：先答期望，再答感知，提交到课堂答卷库。
# 培训师用 `cxlab.store.Store().load("servqual")` 取回答案，按第 2 节的方法现场计算差距。

# %% [markdown] lang="en"
# The items in "concentrate here" are the candidate list for optimisation actions (under clause
# 7.4, numbered 7.4.3 by cxlab); with section 5, branch C's responsiveness comes first.
#
# ## 8 A class mini-SERVQUAL
#
# One item per dimension; participants rate "this training" as the service: expectations first, then
# perceptions, submitted to the class response store. The trainer loads the answers with
# `cxlab.store.Store().load("servqual")` and computes the gaps live as in section 2.

# %%
mini = servqual.questionnaire(["T1", "R1", "S1", "A1", "E1"])
class_form = widgets.QuestionnaireForm(mini, on_submit=cxlab.store.Store().submitter("servqual"))
class_form

# %% [markdown] lang="zh"
# ## 9 从问卷平台的导出文件开始
#
# 在问卷星里，SERVQUAL 通常做成两道 22 行的矩阵量表题：一道问期望（“一家优秀的银行应当……”），一道问感知
# （“本行实际……”）。导出的 xlsx 中，每道矩阵题的第一列表头是“题干—第一行”，后面各列只有行标题。
# `survey.servqual()` 按题干里的“期望 / 感知”（或 expect / perceive）找出这两道题，按行的顺序对应 T1…E5，
# 返回 `servqual.summarize` 直接能用的 E、P 两张表；也可以用 `expectations=`、`perceptions=` 指定题号。
# 下面读的是本课数据按这种格式导出的文件，差距与第 2 节完全相同。

# %% [markdown] lang="en"
# ## 9 Starting from a platform's export file
#
# In 问卷星, SERVQUAL is usually two 22-row matrix questions: one on expectations ("an excellent
# bank should…") and one on perceptions ("this bank actually…"). In the exported xlsx each
# matrix's first column is headed "stem—first row" and the later columns carry only the row label.
# `survey.servqual()` finds the two questions by 期望 / 感知 (or expect / perceive) in their stems,
# takes their rows in order as T1…E5 and returns the E and P tables `servqual.summarize` takes;
# `expectations=` and `perceptions=` name the questions when the titles do not say. Below we read
# this lesson's data exported in that layout: the gaps are exactly those of section 2.

# %%
from cxlab import io

export = io.read_export(cxlab.example_export("servqual_wjx"))
E_export, P_export = export.servqual()
print(export)
servqual.summarize(E_export, P_export, correction="holm").round(3)

# %% [markdown] lang="zh"
# ## 10 自测

# %% [markdown] lang="en"
# ## 10 Self-check

# %%
quiz = widgets.Quiz("05_servqual", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - SERVQUAL 测五个维度的感知与期望之差；维度差距是题项差距的平均，不加权总分是维度差距的平均。
# - 期望和感知来自同一人，必须用配对检验；多个维度同时检验时说明或校正多重比较。
# - 加权分反映顾客在意的地方；分配不等于 100 的回答要明确处理，不能悄悄缩放。
# - 先查信度和结构，再下结论；按网点、部门比较时用合适的检验并报告效应量。
# - 容忍区间和 IPA 把差距转成行动优先级。
#
# ## 用你自己的数据试试
#
# 1. 用 `survey = cxlab.io.read_export(路径)` 读入平台导出的文件，`E, P = survey.servqual()` 得到期望和感知两张表（题项编号 T1…E5）；题项不同时用 `items=` 和 `dimensions=` 传入你们自己的题项和维度。
# 2. 运行 `servqual.summarize(E, P, correction="holm")` 和 `servqual.plot_gaps()`。
# 3. 用 `servqual.reliability()` 检查每个维度的 α；低于 0.7 的维度先修订题项再解读结果。
# 4. 用 `servqual.ipa()` 找出“重点改进”的题项，写成第 07 本的目标。

# %% [markdown] lang="en"
# ## Summary
#
# - SERVQUAL measures perception minus expectation on five dimensions; a dimension's gap is the
#   mean of its item gaps, and the unweighted score the mean of the dimension gaps.
# - E and P come from the same person, so the test is paired; with several dimensions, state or
#   correct for multiple comparisons.
# - The weighted score reflects what customers care about; allocations that do not total 100 are
#   dealt with explicitly, never silently rescaled.
# - Check reliability and structure before concluding; compare branches or departments with the
#   right test and an effect size.
# - The zone of tolerance and IPA turn gaps into priorities for action.
#
# ## Try it on your own data
#
# 1. Read the platform's export with `survey = cxlab.io.read_export(path)` and take
#    `E, P = survey.servqual()` (item ids T1…E5); for other items pass `items=` and your own
#    dimensions with `dimensions=`.
# 2. Run `servqual.summarize(E, P, correction="holm")` and `servqual.plot_gaps()`.
# 3. Check each dimension's alpha with `servqual.reliability()`; revise dimensions below 0.7 before
#    interpreting them.
# 4. Find the "concentrate here" items with `servqual.ipa()` and write them up as goals in notebook 07.
