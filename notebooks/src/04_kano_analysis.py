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
# # 04 分析 Kano 数据：从原始答案到改进优先级
#
# 问卷收回来了，接下来要回答产品部门的问题：12 项功能，先做哪几项？本笔记本从清洗原始答案开始，
# 经过分类、选类、Better/Worse 系数、显著性和置信区间、分群，一直走到一张可以直接拿去开会的优先级表。
# 这对应 GB/T 42509 第 6.1.2 条（理解顾客需求和期望）和第 6.1.4 条（确定顾客体验管理目标），也是第 7.3 条之下“分析顾客体验数据”（cxlab 编为 7.3.5）的一个实例。
#
# **学习目标**
#
# - 把混杂着标签、数字、全角字符、空格和空白的原始答案可靠地转换成编码，并看懂出错时的提示；
# - 用评价表分类、统计，并知道“取最多的一类”在什么情况下不可靠；
# - 计算并解读 Better/Worse 系数、类别强度、Fong 检验和自助法置信区间；
# - 按分群比较，剔除可疑受访者并说明理由，把结果转成改进优先级。
#
# **所需时间**：1 天课程 40 分钟，2 天课程 60 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：03 设计 Kano 问卷
#
# **涉及条款**：6.1.2、6.1.4、7.3.5（其中 6.1.2、6.1.4、7.3.5 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 04 Analysing Kano data: from raw answers to improvement priorities
#
# The questionnaires are back, and the product team's question stands: of 12 features, which
# first? This notebook starts from cleaning raw answers and goes through classification,
# choosing a category, Better/Worse coefficients, significance and confidence intervals, and
# segments, to a priority table you can take to a meeting. This serves clauses 6.1.2
# (understanding customers' needs and expectations) and 6.1.4 (setting CX objectives) of
# GB/T 42509, and is an instance of analysing experience data (numbered 7.3.5 by cxlab) under
# clause 7.3.
#
# **Learning objectives**
#
# - Turn raw answers mixing labels, digits, full-width characters, spaces and blanks into codes
#   reliably, and read the message when something cannot be read;
# - Classify and count with the evaluation table, and know when "take the most frequent
#   category" is unreliable;
# - Compute and interpret Better/Worse, category strength, Fong's test and bootstrap intervals;
# - Compare segments, exclude questionable respondents with stated reasons, and turn the
#   result into priorities.
#
# **Time needed**: 40 minutes in the one-day course, 60 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 03 Designing a Kano questionnaire
#
# **Clauses covered**: 6.1.2, 6.1.4, 7.3.5 (6.1.2, 6.1.4, 7.3.5: not numbers of the published contents; see 02 section 7)

# %%
import pandas as pd

import cxlab
from cxlab import kano, plotting, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
lang = cxlab.get_language()
survey = cxlab.load_dataset("kano_survey")
features = cxlab.load_dataset("kano_features")
names = features.set_index("feature")[lang]
print(survey.shape)

# %% [markdown] lang="zh"
# ## 1 原始答案长什么样
#
# 真实的问卷导出很少是干净的。看一列的全部取值：

# %% [markdown] lang="en"
# ## 1 What the raw answers look like
#
# Real survey exports are rarely clean. All the values of one column:

# %%
survey["ar_preview_func"].value_counts(dropna=False).head(12)

# %% [markdown] lang="zh"
# 两套措辞的标签、数字、全角数字、多余的空格都混在一起。`kano.parse_answers()` 逐个识别**不同的取值**（不是逐行），
# 把它们转换成 1–5 的编码；识别规则是公开的、可以覆盖的（`kano.answer_map()`）。空白保持为缺失，不会被猜成任何答案。

# %% [markdown] lang="en"
# Labels in two wordings, digits, full-width digits and stray spaces are all mixed. `kano.parse_answers()`
# reads each **distinct value** once (not each row) and turns it into a code 1–5; the rules are
# explicit and can be overridden (`kano.answer_map()`). Blanks stay missing and are never guessed.

# %%
codes = kano.parse_answers(survey["ar_preview_func"])
pd.crosstab(survey["ar_preview_func"].str.strip(), codes).head(8)

# %% [markdown] lang="zh"
# 如果遇到无法识别的答案，分析会停下来，并指出是哪一列、哪几行、什么值——而不是悄悄把它当作“可疑”或丢掉：

# %% [markdown] lang="en"
# If an answer cannot be read, the analysis stops and names the column, the rows and the value,
# instead of quietly counting it as questionable or dropping it:

# %%
typo = survey["ar_preview_func"].copy()
typo.iloc[[3, 17]] = ["喜换", "maybe"]
try:
    kano.parse_answers(typo)
except cxlab.InvalidValueError as err:
    print(err)

# %% [markdown] lang="zh"
# ## 2 分类与计数
#
# 每位受访者的每对答案查评价表得到一个类别；缺答的那一对不分类，只计入“缺失”（`missing`）：

# %% [markdown] lang="en"
# ## 2 Classify and count
#
# Each respondent's answer pair for each feature becomes a category through the evaluation table;
# a pair with a missing answer is not classified, only counted in `missing`:

# %%
kano.categories(survey).head()

# %% [markdown] lang="zh"
# ### 练习 4.1 数出每项功能的类别
#
# 本笔记本有三个练习由你来写代码，每个写完后运行紧接着的检查单元格，它会告诉你哪里不对。
#
# 先自己数一遍：从 `kano.categories(survey)` 出发，数出每项功能中每一类（A、O、M、I、R、Q）各有多少人，
# 做成每行一项功能、每列一个类别的表，存入 `category_counts`。缺答的那一对没有类别，不计入。
# 提示：`.melt(var_name="feature", value_name="category")` 把宽表变成长表，`pd.crosstab(行, 列)` 计数。

# %% [markdown] lang="en"
# ### Exercise 4.1 Count each feature's categories
#
# In three exercises of this notebook you write the code; after each, run the check cell below it:
# it tells you what is off.
#
# Count them yourself first: starting from `kano.categories(survey)`, count the respondents in each
# category (A, O, M, I, R, Q) for each feature, as a table with one row per feature and one column
# per category, and store it in `category_counts`. Pairs with a missing answer have no category and
# are not counted. Hint: `.melt(var_name="feature", value_name="category")` turns the wide table
# into a long one, and `pd.crosstab(rows, columns)` counts.

# %% tags=["solution"]
long = kano.categories(survey).melt(var_name="feature", value_name="category")
category_counts = pd.crosstab(long["feature"], long["category"])

# %%
cxlab.checks.kano_category_counts(category_counts, survey)

# %% [markdown] lang="zh"
# `kano.analyze()` 做的是同样的计数，再加上类别、系数和检验：

# %% [markdown] lang="en"
# `kano.analyze()` makes the same counts and adds the category, the coefficients and the tests:

# %%
result = kano.analyze(survey)
table = result[["n", "missing", *kano.CATEGORIES, "category", "category_strength", "fong_significant"]]
table.rename(index=names)

# %% [markdown] lang="zh"
# ## 3 选哪一类？小心“接近并列”
#
# 最常见的做法是取出现最多的类别。但当前两名很接近时，这个结论并不可靠：
#
# - **类别强度**（Lee & Newcomb 1997）= 第一名占比 − 第二名占比；
# - **Fong 检验**（Fong 1996）：若 |a − b| < 1.65·√((a+b)(2n−a−b)/(2n))，两者差异不显著；
# - **总强度** = A + O + M 的占比，太低说明多数人对这项功能无所谓。
#
# 差异不显著时，可以按 M > O > A > I 的顺序取（Matzler 等 1996：先防不满），
# 也可以用“(O+A+M) 与 (I+R+Q) 比较”的规则。`analyze()` 的 `rule` 和 `near_tie` 参数让选择透明可查：

# %% [markdown] lang="en"
# ## 3 Which category? Beware near-ties
#
# The usual practice takes the most frequent category. When the top two are close, that call is
# unreliable:
#
# - **Category strength** (Lee & Newcomb 1997) = top share − second share;
# - **Fong's test** (Fong 1996): if |a − b| < 1.65·√((a+b)(2n−a−b)/(2n)), the difference is not
#   significant;
# - **Total strength** = the share of A + O + M; when low, most people do not care about the feature.
#
# When the difference is not significant, take the first in M > O > A > I (Matzler et al. 1996:
# prevent dissatisfaction first), or use the (O+A+M) versus (I+R+Q) rule. The `rule` and
# `near_tie` options of `analyze()` keep the choice visible:

# %% [markdown] lang="zh"
# ### 练习 4.2 类别强度
#
# `result` 的 A、O、M、I、R、Q 列是每项功能各类的人数（`result[list(kano.CATEGORIES)]`）。
# 算出每项功能的类别强度（第一名占比 − 第二名占比，占比以该功能全部有类别的答案为分母），得到以功能为索引的 Series，存入 `strength`。
# 提示：`.div(..., axis=0)` 按行相除；`row.nlargest(2)` 取一行中最大的两个值。

# %% [markdown] lang="en"
# ### Exercise 4.2 Category strength
#
# The columns A, O, M, I, R, Q of `result` count each feature's respondents per category
# (`result[list(kano.CATEGORIES)]`). Compute each feature's category strength (top share − second
# share, shares of all the feature's classified answers) as a Series indexed by feature and store it
# in `strength`. Hint: `.div(..., axis=0)` divides row by row; `row.nlargest(2)` takes a row's two
# largest values.

# %% tags=["solution"]
counts = result[list(kano.CATEGORIES)]
shares = counts.div(counts.sum(axis=1), axis=0)
strength = shares.apply(lambda row: row.nlargest(2).iloc[0] - row.nlargest(2).iloc[1], axis=1)

# %%
cxlab.checks.kano_category_strength(strength, result[list(kano.CATEGORIES)])

# %%
rules = pd.DataFrame({
    "max": result["category"],
    "max, near_tie=fong": kano.analyze(survey, near_tie="fong")["category"],
    "aom": kano.analyze(survey, rule="aom")["category"],
    "category_strength": result["category_strength"].round(3),
    "total_strength": result["total_strength"].round(3),
})
rules.rename(index=names)

# %% [markdown] lang="zh"
# 在这份数据里三种规则给出相同的类别，但有两项是真正的接近并列，Fong 检验不显著：“提供材料环保检测报告”
# 必备型 144 人、期望型 129 人，类别强度只有 0.038；“浏览时弹出个性化推荐”无差异型 180 人、反向型 177 人，
# 类别强度 0.008。报告时应写成“M/O 混合”“I/R 混合”，再去看是哪些顾客怎么想（第 6 节）。
# “大件家具免费上门安装”看起来也接近（期望型 171 人、必备型 138 人，类别强度 0.084），但 Fong 检验显著，可以判为期望型。
#
# ## 4 Better 与 Worse
#
# Timko 的顾客满意系数（见 Berger 等 1993）：
#
# - Better = (A + O) / (A + O + M + I)：具备该功能时，满意度能提升多少；
# - Worse = −(O + M) / (A + O + M + I)：缺少该功能时，满意度会下降多少。
#
# 分母是否包含 R 和 Q，文献中做法不一；`denominator` 参数默认用 A+O+M+I，也可以选 `"all"`。
# 图中的须线是自助法 95% 置信区间（2000 次重抽样，固定随机种子）：须线跨过 0.5 的虚线，说明这个样本还不足以判定象限。

# %% [markdown] lang="en"
# In this data the three rules agree, but two features are true near-ties where Fong's test is not
# significant: the emissions test report (must-be 144, one-dimensional 129, category strength
# only 0.038) and recommendation pop-ups (indifferent 180, reverse 177, category strength 0.008).
# Report them as "M/O mixed" and "I/R mixed", then look at which customers think what (section
# 6). Free installation of large furniture looks close too (one-dimensional 171, must-be 138,
# category strength 0.084), but Fong's test is significant, so one-dimensional stands.
#
# ## 4 Better and Worse
#
# Timko's customer-satisfaction coefficients (in Berger et al. 1993):
#
# - Better = (A + O) / (A + O + M + I): how much satisfaction rises when the feature is there;
# - Worse = −(O + M) / (A + O + M + I): how much it falls when the feature is missing.
#
# Whether the denominator includes R and Q varies in the literature; the `denominator` option
# defaults to A+O+M+I and offers `"all"`. The whiskers are 95% bootstrap intervals (2000
# resamples, fixed seed): a whisker crossing the dashed 0.5 line means this sample cannot yet
# settle the quadrant.

# %% [markdown] lang="zh"
# ### 练习 4.3 Better 与 Worse
#
# 用上面的公式，从 `result` 的类别计数算出每项功能的 Better 和 Worse（分母 A+O+M+I），
# 做成以功能为索引、有 `better` 和 `worse` 两列的 DataFrame，存入 `coefficients`。

# %% [markdown] lang="en"
# ### Exercise 4.3 Better and Worse
#
# With the formulas above, compute each feature's Better and Worse (denominator A+O+M+I) from the
# category counts in `result`, as a DataFrame indexed by feature with the columns `better` and
# `worse`, and store it in `coefficients`.

# %% tags=["solution"]
counts = result[list(kano.CATEGORIES)]
aomi = counts[["A", "O", "M", "I"]].sum(axis=1)
coefficients = pd.DataFrame({"better": (counts["A"] + counts["O"]) / aomi,
                             "worse": -(counts["O"] + counts["M"]) / aomi})

# %%
cxlab.checks.better_worse(coefficients, result[list(kano.CATEGORIES)])

# %%
ci = kano.bootstrap(result, reps=2000, seed=2023)
_ = kano.plot_quadrant(result, labels=features, ci=ci)

# %%
coef = result[["better", "worse"]].join(ci).round(2)
coef.rename(index=names)

# %%
_ = kano.plot_shares(result, labels=features)

# %% [markdown] lang="zh"
# ## 5 可疑的受访者
#
# 随意作答的人会留下很多 Q（自相矛盾）和 R（反向）答案。先看每位受访者的 Q、R 占比，再用**明确的阈值**剔除，
# 并把剔除名单和理由列出来——不能悄悄删人：

# %% [markdown] lang="en"
# ## 5 Questionable respondents
#
# Careless respondents leave many Q (contradictory) and R (reverse) answers. Look at each
# respondent's Q and R shares, exclude by an **explicit threshold**, and list who was excluded and
# why; never drop people silently:

# %%
quality = kano.respondent_quality(survey)
print(quality[["q_share", "r_share"]].describe().loc[["mean", "max"]].round(3))
screened = kano.exclude_respondents(survey, max_q=0.15, max_r=0.3)
kept, excluded = screened.kept, screened.excluded
excluded.join(survey["respondent_id"]).round(3)

# %%
after = kano.analyze(kept)
changed = result["category"] != after["category"]
print(cxlab.i18n.pick("排除 {out} 人，保留 {kept} 人；类别有变化的功能：{changed} 个",
                      "{out} excluded, {kept} kept; categories changed: {changed}").format(
    out=len(excluded), kept=len(kept), changed=int(changed.sum())))

# %% [markdown] lang="zh"
# 剔除前后比较类别，可以看出结论是否对这几位受访者敏感。
#
# ## 6 分群：真差异还是噪声？
#
# 同一项功能在不同顾客群中可能属于不同的类别，但分群后每组样本变小，偶然的起伏也会让类别“换位”。
# 先按年龄段看三项功能：

# %% [markdown] lang="en"
# Comparing categories before and after the exclusion shows whether the conclusions depend on
# these few respondents.
#
# ## 6 Segments: a real difference or noise?
#
# A feature can fall in different categories for different customers, but each segment is a
# smaller sample, and chance alone can make categories swap places. Three features by age band:

# %%
by_age = kano.analyze(survey, by="age_band")
focus = by_age.loc[(slice(None), ["ar_preview", "old_furniture", "eco_report"]), ["n", "share_A", "share_O", "share_M", "share_I", "category", "fong_significant"]]
focus.round(2)

# %% [markdown] lang="zh"
# 三项功能的类别都随年龄段变了：3D/AR 预览从魅力型变成无差异型，旧家具回收正好相反，
# 环保检测报告在 M 和 O 之间来回。哪些是真的？`kano.compare_segments()` 对每项功能做分群 × 类别的
# 卡方独立性检验，给出效应量 Cramér's V，并对 12 项功能的 p 值做 Holm 校正——一次检验 12 项功能，总会有几项碰巧“显著”。
# 参与检验的类别按功能而定：A、O、M、I、R 中平均每个分群至少有 5 个答案的才进入（弹窗推荐有 177 个 R，R 必须在内）；
# 太少的类别和 Q 留在检验之外，列在“未计入的类别”（`left_out_categories`）里：

# %% [markdown] lang="en"
# All three change category across age bands: the 3D/AR preview goes from attractive to
# indifferent, old-furniture take-away the other way, and the emissions report switches between M
# and O. Which of these are real? `kano.compare_segments()` runs a chi-square test of independence
# of segment × category for each feature, reports Cramér's V as the effect size, and adjusts the
# 12 p-values by Holm's method, since testing 12 features at once makes a few look "significant"
# by chance. The categories tested depend on the feature: those of A, O, M, I and R with at least
# 5 answers per segment on average (pop-up recommendations have 177 R answers, so R must be in);
# rarer categories and Q stay out of the test and are listed in `left_out_categories`:

# %%
columns = ["n", "categories", "left_out_categories", "chi2", "p_value", "p_adjusted", "cramers_v", "small_expected",
           "significant"]
kano.compare_segments(survey, by="age_band")[columns].rename(index=names).round(3)

# %% [markdown] lang="zh"
# 只有 3D/AR 预览和旧家具回收的差异是真的（校正后 p < 0.001，V 约 0.25）：如果平台主要面向年轻家庭，
# AR 预览的优先级应往前排；面向换新家具的年长顾客，旧家具回收才是魅力点。
# 环保检测报告的“换位”不显著（未校正 p = 0.44）：它在每个年龄段都是 M/O 混合，按年龄段分别定目标没有依据。
# 因为稀少的类别没有进入检验，这里没有一张表的期望频数过小（“期望频数过小”一列 `small_expected` 全为 False）；若你的数据出现 True，
# 可以用 `method="monte_carlo"` 得到不依赖卡方近似的 p 值。
#
# 类别相同也不代表各群一样。按新老顾客看“24 小时退款”：

# %% [markdown] lang="en"
# Only the 3D/AR preview and old-furniture take-away really differ (adjusted p < 0.001, V about
# 0.25): if the platform mainly serves young households, the AR preview moves up the list; for
# older customers replacing furniture, the take-away is the attractive feature. The emissions
# report's switch is not significant (p = 0.44 even before adjustment): it is M/O mixed in every age band, and setting
# goals per age band would have no basis. Because rare categories stay out of the test, no table
# here has too many small expected counts (`small_expected` is False throughout); where your data
# shows True, `method="monte_carlo"` gives a p-value that does not rely on the chi-square approximation.
#
# The same category does not mean the same mix. Refunds within 24 hours, new against returning
# customers:

# %%
by_type = kano.analyze(survey, by="customer_type")
print(by_type.loc[(slice(None), "fast_refund"), ["n", "share_O", "share_M", "category"]]
      .rename(index=cxlab.i18n.labels("segment"), level=0).round(2))
kano.compare_segments(survey, by="customer_type")[columns].rename(index=names).round(3)

# %% [markdown] lang="zh"
# 两类顾客都把快速退款归为期望型，但老顾客中必备型的比例翻了一倍（约 12% 对 25%），检验在校正后仍显著（p = 0.04）：
# 对退过货的老顾客，慢退款更可能直接引起不满。反过来，3D/AR 预览在新老顾客间的未校正 p 值是 0.055，接近 0.05，
# 校正后是 0.61——这就是多重比较的陷阱：一次看 12 项功能，出现一两个接近或低于 0.05 的 p 值并不稀奇。
#
# ## 7 连续型 Kano 与自评重要度
#
# DuMouchel（见 Berger 等 1993）把答案换算成分数（正向：喜欢 4、理所当然 2、无所谓 0、能忍受 −1、不喜欢 −2；
# 反向方向相反），取平均后画在平面上；点的大小表示自评重要度（1–9 分）。它保留了“喜欢的程度”，
# 适合和分类结果互相印证：

# %% [markdown] lang="en"
# Both groups put fast refunds in one-dimensional, but the must-be share doubles among returning
# customers (about 12% against 25%), and the test stays significant after adjustment (p = 0.04):
# for returning customers who have sent goods back, a slow refund is more likely to dissatisfy
# outright. The 3D/AR preview, on the other hand, has a raw p of 0.055 between new and returning
# customers, close to 0.05, and 0.61 after adjustment: the multiple-testing trap, since among 12
# features one or two p-values near or below 0.05 are to be expected.
#
# ## 7 Continuous Kano and self-stated importance
#
# DuMouchel (in Berger et al. 1993) turns answers into scores (functional: like 4, expect 2,
# neutral 0, tolerate −1, dislike −2; dysfunctional the other way round), averages them and
# plots the means; point size shows self-stated importance (1–9). It keeps the strength of
# feeling and makes a useful cross-check on the classification:

# %%
scores = kano.continuous(survey)
_ = kano.plot_continuous(scores, labels=features)

# %% [markdown] lang="zh"
# ## 8 从结果到优先级
#
# 资源有限时的常用顺序（Matzler & Hinterhuber 1998）：**先保证必备型**（缺了就会不满），**再提升期望型**，
# **然后择机做魅力型**；无差异型不必投入，反向型要避免或允许顾客关闭。这张表可以直接作为第 07 本设定目标的输入
# （第 6.1.4 条：需求和期望的满足程度）。

# %% [markdown] lang="en"
# ## 8 From results to priorities
#
# A common order when resources are limited (Matzler & Hinterhuber 1998): **secure must-be
# features first** (missing them dissatisfies), **then improve one-dimensional ones**, **then add
# attractive ones when you can**; indifferent features need no investment and reverse ones should
# be avoided or made optional. This table feeds notebook 07's goal-setting (clause 6.1.4: the
# degree to which needs and expectations are met).

# %%
plan = kano.priorities(result)
plan.assign(name=plan.index.map(names))[["rank", "name", "category", "better", "worse", "action"]].round(2)

# %% [markdown] lang="zh"
# ## 9 从问卷平台的导出文件开始
#
# 研究者手里的往往是问卷星、腾讯问卷或 Qualtrics 的导出文件，而不是整理好的 `功能_func` / `功能_dys` 表。
# 问卷星自带的“Kano 模型”题是一道两行的矩阵量表题：第一列表头是“题干—如果有该功能”，第二列只写“如果没有该功能”；
# 答案是“很喜欢 / 理所当然 / 无所谓 / 勉强接受 / 很不喜欢”，逻辑跳过的格子写着 `(跳过)`。
# `cxlab.io.read_export()` 认得这种格式，`survey.kano_mapping()` 给出它找到的题对（可以检查、修改后再传回），
# `survey.kano()` 给出 `kano.analyze` 直接能用的表。下面读的是本课数据集按问卷星“按文本”格式导出的 xlsx 文件，
# 分析结果与前面完全一致。

# %% [markdown] lang="en"
# ## 9 Starting from a platform's export file
#
# A researcher usually has an export from 问卷星, 腾讯问卷 (Tencent) or Qualtrics, not a tidy
# `feature_func` / `feature_dys` table. 问卷星's built-in "Kano model" question is a two-row matrix
# scale: the first column is headed "stem—if it has the feature" (如果有该功能), the second only
# "if it does not" (如果没有该功能); answers are 很喜欢 / 理所当然 / 无所谓 / 勉强接受 / 很不喜欢, and a
# cell skipped by logic reads `(跳过)`. `cxlab.io.read_export()` knows this layout,
# `survey.kano_mapping()` shows the question pairs it found (check and edit it, then pass it back),
# and `survey.kano()` gives the table `kano.analyze` takes. Below we read this lesson's data as a
# 问卷星 按文本 (answer-text) xlsx download; the analysis is exactly the one above.

# %%
import warnings

from cxlab import io

with warnings.catch_warnings(record=True) as notes:
    warnings.simplefilter("always", cxlab.DataWarning)
    export = io.read_export(cxlab.example_export("kano_wjx"))
print(export)
print("⚠", notes[0].message)
export.kano_mapping().head(4)

# %%
from_export = kano.analyze(export.kano())
same = (from_export["category"].to_numpy() == kano.analyze(survey)["category"].to_numpy()).all()
print({"zh": "分类与整理好的数据集一致：", "en": "Same categories as the tidy dataset:"}[cxlab.get_language()], bool(same))
from_export[["category", "better", "worse"]].head(4).round(3)

# %% [markdown] lang="zh"
# ## 10 自测

# %% [markdown] lang="en"
# ## 10 Self-check

# %%
quiz = widgets.Quiz("04_kano_analysis", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 先清洗：按公开的规则把各种写法的答案转成编码；无法识别的要报错，空白保持缺失，按功能单独排除并计数。
# - 分类后“取最多的一类”只是起点：看类别强度、Fong 检验和总强度，接近并列时明确写出所用规则。
# - Better/Worse 说明具备与缺失时满意度的变化；自助法区间告诉你象限判断是否可靠。
# - 剔除可疑受访者要有明确阈值和名单；分群后的类别“换位”要用 `kano.compare_segments()` 检验并做多重比较校正，才能当作真差异。
# - 优先级：必备 → 期望 → 魅力；无差异不投入，反向要避免。
#
# ## 用你自己的数据试试
#
# 1. 从问卷平台下载答卷（问卷星选“按文本”、xlsx），用 `survey = cxlab.io.read_export(路径)` 读入，看 `survey.excluded` 和 `survey.missing` 里排除和缺失了什么。
# 2. 检查 `survey.kano_mapping()` 找到的题对；找错或没找到时，改好这张表再用 `survey.kano(mapping=表)`。答案措辞不在常见写法里时，`kano.analyze` 会指出是哪位受访者（序号和行号）的哪个值。
# 3. 画出 Better/Worse 图和置信区间，找出类别强度低于 5% 或 Fong 检验不显著的功能，用 `kano.compare_segments(你的数据, by="分群列")` 看是否因顾客群而异。
# 4. 用 `kano.priorities()` 生成优先级表，带到第 07 本去设定目标。

# %% [markdown] lang="en"
# ## Summary
#
# - Clean first: turn every spelling of an answer into a code by explicit rules; unreadable answers
#   raise an error, blanks stay missing and are excluded and counted per feature.
# - "Take the most frequent category" is only a start: check category strength, Fong's test and
#   total strength, and state the rule used for near-ties.
# - Better/Worse show how satisfaction moves with presence and absence; bootstrap intervals tell
#   whether a quadrant call is reliable.
# - Exclude questionable respondents by explicit thresholds with a list; a category that changes
#   between segments is a finding only when `kano.compare_segments()` says so after adjusting for
#   multiple tests.
# - Priorities: must-be → one-dimensional → attractive; no investment in indifferent, avoid reverse.
#
# ## Try it on your own data
#
# 1. Download the responses from your platform (问卷星: 按文本, xlsx) and read them with
#    `survey = cxlab.io.read_export(path)`; look at `survey.excluded` and `survey.missing` for what
#    was excluded and what is missing.
# 2. Check the question pairs in `survey.kano_mapping()`; where one is wrong or missing, edit the
#    table and use `survey.kano(mapping=table)`. An answer wording outside the usual ones stops
#    `kano.analyze` with the respondent (序号 and row) and the value.
# 3. Draw the Better/Worse chart with intervals, find features with category strength below 5% or
#    a non-significant Fong test, and check with `kano.compare_segments(your_data, by="segment")`
#    whether they differ by customer group.
# 4. Make the priority table with `kano.priorities()` and take it to notebook 07 to set goals.
