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
# # Kano 分析报告
#
# 本报告由 cxlab 的 Kano 报告模板生成：读入问卷平台导出的文件，说明数据来源和排除情况，按公开的方法归类、
# 计算 Better/Worse 及其置信区间，并给出可直接引用的方法说明。要分析你自己的数据，只需修改下面带
# `parameters` 标签的单元格（或在终端运行 `cxlab report kano 文件 -o 报告.html`）。

# %% [markdown] lang="en"
# # Kano analysis report
#
# This report comes from cxlab's Kano report template: it reads a survey platform's export, states
# where the data came from and who was excluded, classifies the answers and computes Better/Worse
# with confidence intervals by published methods, and ends with a methods paragraph to cite. To
# analyse your own data, edit only the cell tagged `parameters` below (or run
# `cxlab report kano FILE -o report.html` in a terminal).

# %% tags=["parameters"]
path = None  # the export file; None: the bundled example (问卷星 按文本 xlsx of kano_survey)
platform = None  # wjx, tencent, qualtrics, surveymonkey, google, limesurvey, wenjuan, spss; None: recognised
language = "{LANG}"
mapping = None  # {feature: [functional column, dysfunctional column]}; None: the pairs found in the file
table = "berger"  # evaluation table: "berger" or "pouliot"
rule = "max"  # "max" (most frequent; ties by M > O > A > I > R > Q) or "aom"
near_tie = 0.0  # with rule "max", the share difference counted as a tie (0.05: 5 points), or "fong"
denominator = "AOMI"  # Better/Worse over A + O + M + I ("AOMI") or all answers ("all")
interval = "wilson"  # "wilson" or "bootstrap"
by = None  # question (number or words) splitting respondents, e.g. new / returning; None: no comparison
correction = "holm"  # adjustment over the features of the segment tests: "holm", "bonferroni", "fdr_bh"
level = 0.95
screen = None  # quality screens first: None (off), True (the defaults) or a dict of Survey.screen options

# %%
import pandas as pd
from IPython.display import Markdown, display

import cxlab
from cxlab import kano, plotting, report
from cxlab.validate import check_option

cxlab.set_language(language)
plotting.set_theme()
check_option("interval", interval, ("wilson", "bootstrap"))
reading = report.read(path, kind="kano", platform=platform, screen=screen)
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
# Kano 题对：每项功能的正向（“如果有……”）和反向（“如果没有……”）问题对应的列。找错时，把参数 `mapping`
# 设为 `{功能: [正向列, 反向列]}` 后重新运行。

# %% [markdown] lang="en"
# The Kano question pairs: the columns of each feature's functional ("if it had …") and
# dysfunctional ("if it did not have …") question. Where a pair is wrong, set the parameter
# `mapping` to `{feature: [functional column, dysfunctional column]}` and run again.

# %%
if mapping is None:
    pairs = survey.kano_mapping()
else:
    pairs = pd.DataFrame.from_dict(mapping, orient="index", columns=["functional", "dysfunctional"])
    pairs.index.name = "feature"
answers = survey.kano(mapping=pairs)
pairs.assign(question=survey.codebook.loc[pairs["functional"], "question"].to_numpy())

# %% [markdown] lang="zh"
# ## 2 类别与 Better/Worse
#
# 每项功能的回答数（“样本量”，`n`）、未作答数（“缺失”，`missing`）、类别、Better/Worse 及其置信区间、类别强度、总强度和 Fong 检验。
# 类别字母：A 魅力、O 期望、M 必备、I 无差异、R 反向、Q 可疑。

# %% [markdown] lang="en"
# ## 2 Categories and Better/Worse
#
# Per feature: answers `n`, unanswered pairs `missing`, the category, Better/Worse with confidence
# intervals, category strength, total strength and Fong's test. Letters: A attractive,
# O one-dimensional, M must-be, I indifferent, R reverse, Q questionable.

# %%
result = kano.analyze(answers, table=table, rule=rule, near_tie=near_tie, denominator=denominator)
ci = kano.wilson(result, level=level) if interval == "wilson" else kano.bootstrap(result, level=level)
columns = ["n", "missing", "category", "better", "worse", "category_strength", "total_strength",
           "fong_significant"]
result[columns].join(ci).round(3)

# %%
_ = kano.plot_quadrant(result, ci=ci)

# %%
_ = kano.plot_shares(result)

# %% [markdown] lang="zh"
# ## 3 分群比较
#
# 不同顾客群（参数 `by`）对一项功能的归类是否真的不同：对每项功能做“分群 × 类别”的卡方检验，给出 Cramér's V，
# p 值按所选方法对全部功能校正；只有校正后显著的“换位”才算发现。

# %% [markdown] lang="en"
# ## 3 Segments
#
# Do customer segments (parameter `by`) classify a feature differently? A chi-square test of
# segment × category per feature, with Cramér's V, p-values adjusted over all features; only a
# change that stays significant after adjustment is a finding.

# %%
if by is None:
    print({"zh": "未指定分群（参数 by），不做比较。",
           "en": "No segment given (parameter by): no comparison."}[cxlab.get_language()])
else:
    groups = survey.answers(survey.question(by)[0])
    by_segment = kano.compare_segments(answers.assign(segment=groups), by="segment", table=table,
                                       correction=correction, alpha=1 - level)
    display(by_segment[["n", "categories", "chi2", "dof", "p_value", "cramers_v", "p_adjusted",
                        "significant"]].round(3))

# %% [markdown] lang="zh"
# ## 4 行动优先级
#
# 必备 → 期望 → 魅力（Matzler & Hinterhuber 1998），其后是无差异、反向和可疑。

# %% [markdown] lang="en"
# ## 4 Priorities
#
# Must-be → one-dimensional → attractive (Matzler & Hinterhuber 1998), then indifferent, reverse
# and questionable.

# %%
kano.priorities(result)[["rank", "category", "better", "worse", "action"]].round(3)

# %% [markdown] lang="zh"
# ## 5 方法

# %% [markdown] lang="en"
# ## 5 Methods

# %%
Markdown(report.methods("kano", survey, table=table, rule=rule, near_tie=near_tie, denominator=denominator,
                        interval=interval, level=level, by=by is not None, correction=correction,
                        screening=reading.screening))

# %% [markdown] lang="zh" tags=["scale"]
# ## 附：任意规模的计数
#
# 分类只需要每项功能各类别的人数。数据在数据仓库里（上百万行的 Parquet 或 CSV）时，不必读进 pandas：
# 嵌入式数据库 DuckDB（`pip install "cxlab[scale]"`）用一条 SQL 把答案对与 Kano 评价表做连接、按功能和类别
# `GROUP BY` 计数，`kano.analyze_counts` 再用同样的规则得出同样的结果。同一条 SQL 在 Spark SQL 上也能原样运行
# （把同名的 `answers` 和 `evaluation` 注册为视图即可）。下面把本报告的答案写成 Parquet 文件再计数，结果与第 2 节一致。

# %% [markdown] lang="en" tags=["scale"]
# ## Appendix: counts at any scale
#
# Classification needs only each feature's category counts. When the answers sit in a warehouse
# (millions of rows of Parquet or CSV), they need not be loaded into pandas: the embedded engine
# DuckDB (`pip install "cxlab[scale]"`) joins the answer pairs with the Kano evaluation table and
# counts per feature and category with one SQL `GROUP BY`, and `kano.analyze_counts` applies the
# same rules to give the same result. The same SQL runs unchanged on Spark SQL (register views named
# `answers` and `evaluation` there). Below, this report's answers are written to a Parquet file and
# counted; the result is that of section 2.

# %% tags=["scale"]
import tempfile
from pathlib import Path

from cxlab import scale

codes = {part: answers[[f"{f}_{part}" for f in pairs.index]].set_axis(pairs.index, axis=1)
         .melt(var_name="feature", value_name=name)
         for part, name in (("func", "functional"), ("dys", "dysfunctional"))}
pairs_long = codes["func"].assign(dysfunctional=codes["dys"]["dysfunctional"].to_numpy())
with tempfile.TemporaryDirectory() as folder:
    file = Path(folder) / "kano_answers.parquet"
    scale.connect(pairs_long, name="pairs").execute(f"COPY pairs TO '{file}' (FORMAT parquet)")
    counts = scale.kano_counts(scale.connect(file), table=table).reindex(pairs.index)
print(scale.KANO_SQL)
from_counts = kano.analyze_counts(counts, rule=rule, near_tie=near_tie, denominator=denominator)
same = from_counts[["category", "better", "worse"]].equals(result[["category", "better", "worse"]])
print({"zh": "与第 2 节相同：", "en": "Same as section 2:"}[cxlab.get_language()], same)
from_counts.assign(missing=counts["missing"])[
    ["A", "O", "M", "I", "R", "Q", "missing", "category", "better", "worse"]].round(3)
