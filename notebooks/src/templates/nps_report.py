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
# # NPS / CSAT / CES 报告
#
# 本报告由 cxlab 的 NPS 报告模板生成：读入问卷平台导出的文件，说明数据来源和排除情况（预览、测试、未完成的答卷），
# 计算 NPS（以及有相应题目时的 CSAT、CES）及其置信区间、按期间的变化（多重比较校正），并给出可直接引用的方法说明。
# 要分析你自己的数据，只需修改下面带 `parameters` 标签的单元格（或在终端运行 `cxlab report nps 文件 -o 报告.html`）。

# %% [markdown] lang="en"
# # NPS / CSAT / CES report
#
# This report comes from cxlab's NPS report template: it reads a survey platform's export, states
# where the data came from and who was excluded (previews, tests, unfinished responses), computes
# NPS (and CSAT and CES where the export has those questions) with confidence intervals and the
# changes between periods (adjusted for multiple testing), and ends with a methods paragraph to
# cite. To analyse your own data, edit only the cell tagged `parameters` below (or run
# `cxlab report nps FILE -o report.html` in a terminal).

# %% tags=["parameters"]
path = None  # the export file; None: the bundled example (Qualtrics CSV of intro_survey)
platform = None  # wjx, tencent, qualtrics, surveymonkey, google, limesurvey, wenjuan, spss; None: recognised
language = "{LANG}"
nps_question = None  # number or words of the 0–10 question; None: the one mentioning 推荐 / recommend
csat_question = None  # 1–5 satisfaction; None: the one mentioning 满意 / satisf, if any
ces_question = None  # 1–7 effort (CES 2.0); None: the one mentioning 容易 / easy / effort, if any
date = None  # column with the answer date; None: the platform's last date column (e.g. RecordedDate)
period = "M"  # "M" month, "Q" quarter, "W" week
method = "adjusted_wald"  # NPS interval: "adjusted_wald", "wald" or "bootstrap"
correction = "holm"  # adjustment of the period-to-period tests: "holm", "bonferroni", "fdr_bh"
level = 0.95
screen = None  # quality screens first: None (off), True (the defaults) or a dict of Survey.screen options

# %%
import pandas as pd
from IPython.display import Markdown, display

import cxlab
from cxlab import metrics, plotting, report

cxlab.set_language(language)
plotting.set_theme()
reading = report.read(path, kind="nps", platform=platform, screen=screen)
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

# %%
survey.excluded

# %% [markdown] lang="zh"
# 使用的题目：

# %% [markdown] lang="en"
# The questions used:

# %%
keys = {"nps": report.find_question(survey, "nps", nps_question),
        "csat": report.find_question(survey, "csat", csat_question, required=csat_question is not None),
        "ces": report.find_question(survey, "ces", ces_question, required=ces_question is not None)}
keys = {what: key for what, key in keys.items() if key is not None}
survey.codebook.loc[list(keys.values()), ["number", "question"]].assign(metric=list(keys))

# %% [markdown] lang="zh"
# ## 2 NPS、CSAT 与 CES

# %% [markdown] lang="en"
# ## 2 NPS, CSAT and CES

# %%
recommend = survey.scores(keys["nps"])
score = metrics.nps(recommend, method=method, level=level)
rows = {"NPS": (score.n, score.value, score.ci_low, score.ci_high)}
if "csat" in keys:
    share = metrics.csat(survey.scores(keys["csat"]), level=level)
    rows["CSAT (%)"] = (share.n, 100 * share.value, 100 * share.ci_low, 100 * share.ci_high)
if "ces" in keys:
    effort = metrics.ces(survey.scores(keys["ces"]), level=level).low_effort
    rows["CES 5–7 (%)"] = (effort.n, 100 * effort.value, 100 * effort.ci_low, 100 * effort.ci_high)
pd.DataFrame.from_dict(rows, orient="index", columns=["n", "value", "ci_low", "ci_high"]).round(1)

# %%
metrics.nps_groups(recommend).value_counts().reindex(list(metrics.GROUPS)).rename("n").to_frame().T

# %% [markdown] lang="zh"
# ## 3 按期间
#
# 每个期间的 NPS 及区间；与上一期间的变化做检验，p 值按所选方法校正。只有一个期间时没有比较。

# %% [markdown] lang="en"
# ## 3 By period
#
# NPS per period with its interval; each change from the previous period is tested and the
# p-values are adjusted by the chosen method. With a single period there is nothing to compare.

# %%
dates = survey.metadata.select_dtypes("datetime").columns
date_column = date if date is not None else (dates[-1] if len(dates) else None)
if date_column is None:
    periods = None
    print({"zh": "导出中没有日期列：不按期间分析（可用参数 date= 指定）。",
           "en": "The export has no date column: no periods (name one with the parameter date=)."}[language])
else:
    answers = pd.DataFrame({"date": pd.concat([survey.metadata, survey.responses], axis=1)[date_column],
                            "recommend": recommend}).dropna(subset=["recommend"])
    periods = metrics.by_period(answers, metric="nps", period=period, level=level, correction=correction)
    _ = metrics.plot_trend(periods)
    display(periods.round({c: 3 for c in ("value", "ci_low", "ci_high", "change", "change_p",
                                          "change_p_adjusted")}))

# %% [markdown] lang="zh"
# ## 4 方法

# %% [markdown] lang="en"
# ## 4 Methods

# %%
Markdown(report.methods("nps", survey, method=method, level=level, csat="csat" in keys, ces="ces" in keys,
                        periods=periods is not None and len(periods) > 1, correction=correction,
                        screening=reading.screening))

# %% [markdown] lang="zh" tags=["scale"]
# ## 附：任意规模的计数
#
# NPS 只需要每组的推荐者、被动者、贬损者人数。企业的 NPS 项目有上百万条回答，存在数据仓库里（Parquet 或 CSV），
# 不必读进 pandas：嵌入式数据库 DuckDB（`pip install "cxlab[scale]"`）用一条 SQL `GROUP BY` 按期间（和渠道）计数，
# `metrics.nps_from_counts` 再给出与上面相同的 NPS 和区间。同一条 SQL 在 Spark SQL 上也能原样运行（把数据注册为名为
# `answers` 的视图即可）。下面把本报告的答案写成 Parquet 文件再计数，结果与第 3 节一致。

# %% [markdown] lang="en" tags=["scale"]
# ## Appendix: counts at any scale
#
# NPS needs only each group's promoter, passive and detractor counts. An enterprise NPS programme
# has millions of answers in a warehouse (Parquet or CSV); they need not be loaded into pandas: the
# embedded engine DuckDB (`pip install "cxlab[scale]"`) counts per period (and channel) with one SQL
# `GROUP BY`, and `metrics.nps_from_counts` gives the same NPS and intervals as above. The same SQL
# runs unchanged on Spark SQL (register the data as a view named `answers`). Below, this report's
# answers are written to a Parquet file and counted; the result is that of section 3.

# %% tags=["scale"]
import tempfile
from pathlib import Path

from cxlab import scale

units = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
unit = units[period] if periods is not None else None
dated = answers["date"] if periods is not None else pd.NaT
table = pd.DataFrame({"date": dated, "score": recommend.dropna()})
with tempfile.TemporaryDirectory() as folder:
    file = Path(folder) / "nps_answers.parquet"
    scale.connect(table, name="t").execute(f"COPY t TO '{file}' (FORMAT parquet)")
    counts = scale.nps_counts(scale.connect(file), period=unit)
print(scale.nps_sql(period=unit))
from_counts = scale.nps_table(counts, level=level)  # by_period's intervals are adjusted Wald
expected = periods["value"] if periods is not None else pd.Series([score.value])
same = from_counts["value"].round(9).tolist() == expected.round(9).tolist()
print({"zh": "与第 3 节相同：", "en": "Same as section 3:"}[cxlab.get_language()], same)
from_counts.round(3)
