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
# # SERVQUAL 服务质量差距报告
#
# 本报告由 cxlab 的 SERVQUAL 报告模板生成：读入问卷平台导出的期望、感知两道矩阵题，说明数据来源和排除情况，
# 计算各维度和各题项的差距（感知 − 期望）、配对检验与置信区间、多重比较校正和信度，并给出可直接引用的方法说明。
# 要分析你自己的数据，只需修改下面带 `parameters` 标签的单元格（或在终端运行
# `cxlab report servqual 文件 -o 报告.html`）。

# %% [markdown] lang="en"
# # SERVQUAL service-quality gap report
#
# This report comes from cxlab's SERVQUAL report template: it reads the expectation and perception
# matrices of a survey platform's export, states where the data came from and who was excluded,
# computes the gaps (perception − expectation) per dimension and item with paired tests, confidence
# intervals, multiple-testing adjustment and reliability, and ends with a methods paragraph to
# cite. To analyse your own data, edit only the cell tagged `parameters` below (or run
# `cxlab report servqual FILE -o report.html` in a terminal).

# %% tags=["parameters"]
path = None  # the export file; None: the bundled example (问卷星 matrices of servqual_bank)
platform = None  # wjx, tencent, qualtrics, surveymonkey, google, limesurvey, wenjuan, spss; None: recognised
language = "{LANG}"
expectations = None  # number of the expectations question; None: found by its wording (期望 / expect)
perceptions = None  # number of the perceptions question; None: found by its wording (感知 / perceive)
test = "t"  # paired test: "t" or "wilcoxon"
correction = "holm"  # multiple-testing adjustment: "holm", "bonferroni" or "fdr_bh"
scale = [1, 7]  # rating scale: [1, 7] or [1, 9]
level = 0.95
screen = None  # quality screens first: None (off), True (the defaults) or a dict of Survey.screen options

# %%
from IPython.display import Markdown

import cxlab
from cxlab import plotting, report, servqual

cxlab.set_language(language)
plotting.set_theme()
reading = report.read(path, kind="servqual", platform=platform, screen=screen)
survey = reading.survey

# %% [markdown] lang="zh"
# ## 1 数据来源
#
# 文件、平台、下载方式、编码，以及保留和排除的受访者（每位被排除者都有原因）。

# %% [markdown] lang="en"
# ## 1 Where the data come from
#
# File, platform, download mode, encoding, and the respondents kept and excluded (each exclusion
# with its reason).

# %%
for note in reading.notes:
    print("⚠", note)
report.provenance(survey)

# %% [markdown] lang="zh"
# 题项对照：期望和感知矩阵的各行按顺序对应 SERVQUAL 的 22 个题项（T1…E5）。对应错了时，用参数
# `expectations`、`perceptions` 给出题号后重新运行。

# %% [markdown] lang="en"
# The item mapping: the rows of the expectation and perception matrices, in order, are SERVQUAL's
# 22 items (T1…E5). Where this is wrong, give the question numbers with the parameters
# `expectations` and `perceptions` and run again.

# %%
E, P = survey.servqual(expectations=expectations, perceptions=perceptions)
report.servqual_mapping(survey, expectations=expectations, perceptions=perceptions)

# %% [markdown] lang="zh"
# ## 2 各维度的差距
#
# 每个维度：期望均值、感知均值、差距（感知 − 期望）及其置信区间、配对检验的 p 值和校正后的 p 值（总体一行不参与校正）。
# 差距为负表示服务低于期望。

# %% [markdown] lang="en"
# ## 2 Gaps by dimension
#
# Per dimension: mean expectation, mean perception, the gap (perception − expectation) with its
# confidence interval, the paired test's p-value and the adjusted p-value (the overall row is not
# part of the adjustment). A negative gap is service below expectations.

# %%
summary = servqual.summarize(E, P, level=level, correction=correction, scale=tuple(scale), test=test)
summary.set_index("dimension_name").round(3)

# %%
_ = servqual.plot_gaps(summary)

# %% [markdown] lang="zh"
# ## 3 各题项的差距
#
# 22 个题项就是 22 次检验，p 值按所选方法校正；校正后仍显著的题项才是可靠的改进线索。

# %% [markdown] lang="en"
# ## 3 Gaps by item
#
# 22 items are 22 tests, so the p-values are adjusted by the chosen method; only items still
# significant after adjustment are reliable leads for improvement.

# %%
items = servqual.item_gaps(E, P, level=level, correction=correction, scale=tuple(scale), test=test)
items.round(3)

# %%
_ = servqual.plot_items(E, P)

# %% [markdown] lang="zh"
# ## 4 信度
#
# 每个维度感知评分的 Cronbach α 及其置信区间；低于 0.7 的维度，先检查题项再解读它的差距。

# %% [markdown] lang="en"
# ## 4 Reliability
#
# Cronbach's alpha of each dimension's perception ratings with its confidence interval; interpret the
# gap of a dimension below 0.7 only after checking its items.

# %%
servqual.reliability(P, level=level).round(3)

# %% [markdown] lang="zh"
# ## 5 方法

# %% [markdown] lang="en"
# ## 5 Methods

# %%
Markdown(report.methods("servqual", survey, items=len(E.columns), scale=scale, test=test,
                        correction=correction, level=level, screening=reading.screening))
