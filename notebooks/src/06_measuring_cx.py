# Source of notebooks/{zh,en}/06_measuring_cx.ipynb. Edit here, then `make notebooks`.

CELLS = [
    ("md", """
# 06 测量顾客体验：NPS、CSAT、CES 与投诉处理

GB/T 42509 第 3.7、3.8 条定义了净推荐值和顾客费力度，第 7.3.3–7.3.6 条要求建立测量指标、收集和分析数据、评价效果，
第 7.2.5 条要求管理负面体验。本笔记本把这些指标算出来，而且**每个数字都带上它的不确定性**——
否则我们会把噪声当成变化，为一次偶然的上升庆功，为一次偶然的下降追责。

**学习目标**

- 说出 NPS、CSAT、CES 各自回答什么问题，以及量表方向的陷阱；
- 计算带置信区间的 NPS（含协方差项的标准误、调整 Wald 区间）、CSAT（Wilson 区间）和 CES；
- 判断两个 NPS 的差异、逐月的变化是否“大于噪声”，并估算需要多少样本；
- 按时期和渠道追踪指标，评价投诉在 24 小时内回应、72 小时内解决的比例。

**所需时间**：45–75 分钟

**先修要求**：01 顾客体验的语言

**涉及条款**：3.7、3.8、7.2.5、7.3.3、7.3.4、7.3.5、7.3.6
""", """
# 06 Measuring customer experience: NPS, CSAT, CES and complaint handling

GB/T 42509 defines the net promoter score and customer effort (3.7, 3.8), asks for measurement
indicators, data collection, analysis and evaluation (7.3.3–7.3.6), and for managing negative
experience (7.2.5). This notebook computes those indicators, and **every number comes with its
uncertainty**: without it we mistake noise for change, celebrate a lucky rise and punish an
unlucky fall.

**Learning objectives**

- Say what NPS, CSAT and CES each answer, and the trap of scale direction;
- Compute NPS with a confidence interval (standard error with the covariance term, adjusted
  Wald interval), CSAT (Wilson interval) and CES;
- Judge whether a difference between two NPS values, or a month-on-month change, is larger
  than the noise, and estimate the sample size needed;
- Track metrics by period and channel, and evaluate the share of complaints answered within
  24 hours and resolved within 72.

**Time needed**: 45–75 minutes

**Prerequisites**: 01 The language of customer experience

**Clauses covered**: 3.7, 3.8, 7.2.5, 7.3.3, 7.3.4, 7.3.5, 7.3.6
"""),
    ("code", """
import numpy as np
import pandas as pd

import cxlab
from cxlab import metrics, plotting, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
survey = cxlab.load_dataset("cx_monthly")
tickets = cxlab.load_dataset("cx_tickets")
channels = cxlab.i18n.labels("channel")
print(survey.shape, tickets.shape)
"""),
    ("md", """
## 1 三个指标，三个问题

| 指标 | 回答的问题 | 常见问法与量表 | 注意 |
|---|---|---|---|
| 净推荐值 NPS（第 3.7 条） | 顾客会不会替我们说好话？ | “向亲友推荐的可能性” 0–10 分 | 9–10 推荐者、7–8 中立者、0–6 贬损者；结果在 −100 到 100 之间 |
| 满意度 CSAT（第 3.2 条的测量） | 这次体验满足期望了吗？ | 1–5 分满意度 | 常报“前两项满意率”（4–5 分占比）；均值是另一种统计量 |
| 费力度 CES（第 3.8 条） | 办成这件事费了多大劲？ | CES 2.0：“公司让我办事很容易” 1–7 分 | 原始 CES 是 1–5 分且越低越好，方向相反 |

NPS 适合看关系和口碑的长期走势；CSAT 适合评价某次服务或某个触点；CES 最适合流程改进（退货、报修、开票）。
""", """
## 1 Three metrics, three questions

| Metric | Question it answers | Usual item and scale | Watch out |
|---|---|---|---|
| NPS (clause 3.7) | Will customers speak well of us? | "likelihood to recommend" 0–10 | 9–10 promoters, 7–8 passives, 0–6 detractors; ranges from −100 to 100 |
| CSAT (measuring clause 3.2) | Did this experience meet expectations? | satisfaction 1–5 | usually the top-2-box share (4–5); the mean is a different statistic |
| CES (clause 3.8) | How hard was it to get this done? | CES 2.0: "the company made it easy" 1–7 | the original CES is 1–5 and lower is better: the opposite direction |

NPS suits the long-run trend of relationship and word of mouth; CSAT suits one service or one
touchpoint; CES suits process improvement (returns, repairs, invoices).
"""),
    ("code", """
overall = metrics.nps(survey["recommend"])
sat = metrics.csat(survey["csat"])
effort = metrics.ces(survey["ces"], variant="ces2")
print(f"NPS  {overall.value:6.1f}   95% CI {overall.ci_low:6.1f} … {overall.ci_high:5.1f}   n = {overall.n}")
print(f"CSAT {sat.value:6.1%}   95% CI {sat.ci_low:6.1%} … {sat.ci_high:5.1%}   ({sat.label})")
sat_mean = metrics.mean_score(survey["csat"], 1, 5, label=cxlab.i18n.t("metrics.mean_label"))
print(f"     {sat_mean.value:6.2f}   95% CI {sat_mean.ci_low:.2f} … {sat_mean.ci_high:.2f}   ({sat_mean.label})")
print(f"CES  {effort['mean'].value:6.2f}   95% CI {effort['mean'].ci_low:.2f} … {effort['mean'].ci_high:.2f}   ({effort['mean'].label})")
"""),
    ("md", """
## 2 NPS 的不确定性从哪里来

NPS = p − d（推荐者占比减贬损者占比）。p 和 d 来自同一批人，是**负相关**的：多一个推荐者，就可能少一个贬损者。
所以方差不是两者方差之和，而要加上协方差项：Var(p − d) = [(p + d) − (p − d)²] / n。很多网上的计算器漏掉了这一项。

区间方法是一个明确的参数：`"wald"` 是正态近似；`"adjusted_wald"`（默认，Rocks 2016）在样本上加 3 个“虚拟回答”
（推荐者、贬损者各加 3/4），小样本时覆盖率更准；`"bootstrap"` 对计数做重抽样。所有区间都限制在 [−100, 100] 之内。
""", """
## 2 Where the uncertainty of NPS comes from

NPS = p − d (promoter share minus detractor share). p and d come from the same people and are
**negatively correlated**: one more promoter may be one detractor less. So the variance is not
the sum of the two variances; it includes the covariance: Var(p − d) = [(p + d) − (p − d)²] / n.
Many online calculators leave that term out.

The interval method is an explicit option: `"wald"` is the normal approximation;
`"adjusted_wald"` (default, Rocks 2016) adds 3 "pseudo-answers" (3/4 each to promoters and
detractors) and covers better in small samples; `"bootstrap"` resamples the counts. Every
interval is kept within [−100, 100].
"""),
    ("code", """
small = {m: metrics.nps_from_counts(8, 1, 1, method=m) for m in metrics.NPS_METHODS}
pd.DataFrame({m: [r.value, r.ci_low, r.ci_high] for m, r in small.items()}, index=["NPS", "ci_low", "ci_high"]).round(1)
"""),
    ("md", """
只有 10 个回答时，普通 Wald 区间的上限会超出 100（这里已截断），调整 Wald 更合理。

## 3 50 份回答的 40 分，比 2000 份回答的 35 分好吗？
""", """
With only 10 answers the plain Wald interval runs past 100 (clipped here); the adjusted Wald
interval is more sensible.

## 3 Is 40 on 50 answers better than 35 on 2,000?
"""),
    ("code", """
team_a = metrics.nps_from_counts(25, 20, 5)      # 50 answers, NPS 40
team_b = metrics.nps_from_counts(950, 800, 250)  # 2,000 answers, NPS 35
diff = metrics.compare_nps(team_a, team_b)
print(f"A: {team_a.value:.0f} [{team_a.ci_low:.1f}, {team_a.ci_high:.1f}]   B: {team_b.value:.0f} [{team_b.ci_low:.1f}, {team_b.ci_high:.1f}]")
print(f"A − B = {diff.diff:.1f}, 95% CI [{diff.ci_low:.1f}, {diff.ci_high:.1f}], z = {diff.z:.2f}, p = {diff.p_value:.2f}")
"""),
    ("md", """
A 的区间宽达约 36 分，差值的区间包含 0，p ≈ 0.6：没有证据说明 A 更好。要让 NPS 的误差在 ±5 分以内，需要多少回答？
""", """
A's interval is about 36 points wide, the difference's interval contains 0, and p ≈ 0.6: there
is no evidence that A is better. How many answers keep NPS within ±5 points?
"""),
    ("code", """
pd.DataFrame({"margin": [3, 5, 10],
              "worst case": [metrics.nps_sample_size(m) for m in (3, 5, 10)],
              "p=0.45, d=0.20": [metrics.nps_sample_size(m, 0.45, 0.20) for m in (3, 5, 10)]}).set_index("margin")
"""),
    ("md", """
## 4 逐月走势：变化是真的吗？

每月约 220 份回答。下表给出每月的 NPS、区间、与上月的变化，以及这个变化是否显著（`real_change`）：
""", """
## 4 Month by month: is the change real?

About 220 answers a month. The table gives each month's NPS, its interval, the change from the
previous month, and whether that change is significant (`real_change`):
"""),
    ("code", """
monthly = metrics.by_period(survey, "nps")
monthly.drop(columns="start").tail(12).round(1)
"""),
    ("code", """
_ = metrics.plot_trend(monthly, "nps")
"""),
    ("md", """
2026 年下半年的 NPS 看起来低了，但没有哪个月与上月的差异是显著的：每月的区间约有 ±11 分宽。
合并成季度、并把线上和 App（同一条物流链）与门店和电话分开看：
""", """
NPS looks lower in the second half of 2026, yet no single month differs significantly from the
one before: each month's interval is about ±11 points wide. Pool months into quarters and
separate online and app orders (one delivery chain) from store and phone:
"""),
    ("code", """
survey["route"] = np.where(survey["channel"].isin(["online", "app"]), "online+app", "store+phone")
quarterly = metrics.by_period(survey, "nps", period="Q", by="route")
quarterly[quarterly["real_change"]].drop(columns="start").round(1)
"""),
    ("code", """
_ = metrics.plot_trend(quarterly, "nps", by="route")
"""),
    ("md", """
变化集中在 2026 年第二季度的线上和 App 订单，而且大于噪声。接下来查触点：配送评分在 4 月前后的变化。
""", """
The change sits in online and app orders in 2026 Q2, and it is larger than the noise. Next, the
touchpoints: delivery ratings before and after April.
"""),
    ("code", """
survey["after_april_2026"] = survey["date"] >= "2026-04-01"
(survey.groupby(["route", "after_april_2026"])[["rating_delivery", "rating_install", "rating_service"]]
 .mean().round(2))
"""),
    ("md", """
只有线上和 App 的**配送**评分明显下降——这就是 4 月更换物流合作方的后果（第 7.2.4 条：外部提供的体验也要管理）。

## 5 满意度和费力度，按渠道
""", """
Only the **delivery** rating of online and app orders dropped: the consequence of the new
logistics partner in April (clause 7.2.4: externally provided experience must be managed too).

## 5 Satisfaction and effort by channel
"""),
    ("code", """
last_half = survey[survey["date"] >= "2026-07-01"]
rows = []
for channel, group in last_half.groupby("channel"):
    s, e = metrics.csat(group["csat"]), metrics.ces(group["ces"])["low_effort"]
    rows.append({"channel": channels[channel], "n": s.n, "CSAT": s.value, "CSAT low": s.ci_low, "CSAT high": s.ci_high,
                 "CES 5-7": e.value, "CES low": e.ci_low, "CES high": e.ci_high})
pd.DataFrame(rows).set_index("channel").round(3)
"""),
    ("code", """
groups = metrics.by_group(last_half, "nps", "channel")
_ = metrics.plot_groups(groups, "nps", labels=channels)
"""),
    ("md", """
### 哪些触点在推动 NPS？

把四个触点评分同时放进一个回归（标准化系数，稳健标准误），再看各自与推荐意愿的相关。注意三点：这是观察数据，
只说明**关联**而不是因果；评分之间彼此相关，VIF 大于约 5 时就分不清各自的作用；没有被问到的因素（价格、商品本身）不在模型里。
""", """
### Which touchpoints move NPS?

Put the four touchpoint ratings into one regression (standardised coefficients, robust standard
errors) and look at each one's correlation with likelihood to recommend. Three cautions: this is
observational data, so it shows **association**, not cause; the ratings correlate with each
other, and above a VIF of about 5 their effects cannot be told apart; factors nobody asked about
(price, the product itself) are not in the model.
"""),
    ("code", """
metrics.drivers(survey, outcome="recommend").round(3)
"""),
    ("md", """
配送的系数最大，和第 4 节的发现一致：优先修复配送，对 NPS 的帮助最大。

## 6 投诉处理（第 7.2.5 条）

第 6.1.4 条的目标示例之一是“所有报告的问题 24 小时内回应、72 小时内提出解决方案”。用工单记录检查：
仍未解决的工单按“未达标”计算，不会被悄悄丢掉。
""", """
Delivery has the largest coefficient, in line with section 4: fixing delivery first helps NPS most.

## 6 Complaint handling (clause 7.2.5)

One of the example objectives of clause 6.1.4 is "every reported problem answered within 24
hours and a solution within 72". Check it against the ticket log; tickets still open count as
missing the target, they are not quietly dropped.
"""),
    ("code", """
by_channel = metrics.tickets(tickets, respond_within="24h", resolve_within="72h", by="channel")
by_channel.assign(channel=by_channel["channel"].map(channels)).round(3)
"""),
    ("code", """
tickets["quarter"] = tickets["created"].dt.to_period("Q").astype(str)
metrics.tickets(tickets, by=["quarter", "category"]).query("category == 'delivery'")[
    ["quarter", "tickets", "median_resolution_h", "resolved_in_time", "resolved_low", "resolved_high"]].round(3)
"""),
    ("md", """
在线客服和电话几乎全部 24 小时内回应；App 和门店明显落后，门店只有约 72%——离“全部”的目标很远，而且区间很窄，不是抽样误差。

## 7 课堂小调查

每位学员回答三个问题（推荐意愿、满意度、费力度），提交到课堂响应库（默认是当前文件夹下的 `cxlab_class.sqlite`，
或环境变量 `CXLAB_STORE` 指定的共享文件）。培训师随后用 `metrics.nps(cxlab.store.Store().load("nps")["recommend"])`
现场算出全班的 NPS 和区间——人数少，区间会很宽，这本身就是一课。
""", """
Online chat and phone answer almost everything within 24 hours; app and store lag clearly, the
store at about 72%, far from "every", and with a narrow interval, so not sampling error.

## 7 Class poll

Each participant answers three questions (likelihood to recommend, satisfaction, effort), submitted
to the class response store (by default `cxlab_class.sqlite` in the current folder, or the shared
file named by `CXLAB_STORE`). The trainer then computes the class's NPS and interval live with
`metrics.nps(cxlab.store.Store().load("nps")["recommend"])`; with few people the interval is very
wide, which is a lesson in itself.
"""),
    ("code", """
poll = widgets.QuestionnaireForm(metrics.poll(), on_submit=cxlab.store.Store().submitter("nps"))
poll
"""),
    ("md", """
学员也可以用手机回答同一份小调查：`cxlab.classroom.collect` 显示二维码、短地址和实时计数，答案进入同一个响应库的 `"nps"` 表单，
上面的 `metrics.nps(...)` 一行照样可用。这里只在本机演示并立即关闭；在教室里写 `host="0.0.0.0", port=8800`（见 README），
或在终端运行 `cxlab collect nps --port 8800`。
""", """
Participants can also answer the same poll from their phones: `cxlab.classroom.collect` shows a
QR code, the short address and a live counter, and the answers go to the same store's `"nps"`
form, so the `metrics.nps(...)` line above works unchanged. Here it runs on this computer only
and is closed at once; in class write `host="0.0.0.0", port=8800` (see the README), or run
`cxlab collect nps --port 8800` in a terminal.
"""),
    ("code", """
session = cxlab.classroom.collect(metrics.poll(), form="nps")  # in class: host="0.0.0.0", port=8800
session
"""),
    ("code", """
session.stop()  # closes the port; after two hours it would close by itself
print(session)
"""),
    ("md", """
## 8 自测
""", """
## 8 Self-check
"""),
    ("code", """
quiz = widgets.Quiz("06_measuring_cx", shuffle=2023)
quiz
"""),
    ("md", """
## 小结

- NPS 看口碑走势，CSAT 看单次体验，CES 看流程是否省力；报告里写清量表和方向。
- NPS 的标准误必须包含协方差项；小样本用调整 Wald 区间；区间永远在 [−100, 100] 之内。
- 比较两个数之前先看区间和检验；逐月的小波动多半是噪声，合并时期、按相关分组看更可靠。
- 投诉处理按“时限内回应、时限内解决”的比例评价，未解决的工单计入未达标。

## 用你自己的数据试试

1. 把你们的调查按月导出，列名改成 `date`、`recommend`、`csat`、`ces`，运行 `metrics.by_period(你的数据, "nps")`。
2. 找出 `real_change` 为真的时期；如果没有，试试按季度或按渠道分组。
3. 用 `metrics.nps_sample_size(5)` 算一算：你们每月的回答够不够把误差控制在 ±5 分？
4. 用工单系统的导出运行 `metrics.tickets(...)`，把结果和你们承诺给顾客的时限对照。
""", """
## Summary

- NPS tracks word of mouth, CSAT one experience, CES the effort of a process; always state the
  scale and its direction.
- The NPS standard error must include the covariance term; small samples want the adjusted
  Wald interval; intervals always stay within [−100, 100].
- Look at intervals and tests before comparing two numbers; small monthly moves are mostly
  noise, so pool periods and group sensibly.
- Complaint handling is judged by the shares answered and resolved within the promised times;
  open tickets count as missed.

## Try it on your own data

1. Export your survey by month with columns `date`, `recommend`, `csat`, `ces`, and run
   `metrics.by_period(your_data, "nps")`.
2. Find the periods with `real_change`; if there are none, try quarters or channels.
3. Work out `metrics.nps_sample_size(5)`: are your monthly answers enough for ±5 points?
4. Run `metrics.tickets(...)` on your ticket-system export and compare with the times you promise.
"""),
]
