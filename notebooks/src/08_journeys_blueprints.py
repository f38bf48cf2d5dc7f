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
# # 08 顾客旅程与服务蓝图
#
# 顾客旅程（术语 3.5）是顾客与组织互动的全过程，触点（术语 3.6）是过程中的一个个交互点。
# 第 7.1.1 条把“顾客旅程映射”列为需求分析的方法，第 6.1.1 条把交互环境分成人际、实体和数字三类。
# 本笔记本画出家居电商的旅程和服务蓝图，标出关键时刻和痛点，并用第 06 本的调查数据检验：旅程图上的“估计”与实测是否一致。
#
# **学习目标**
#
# - 把一段旅程拆成阶段、触点、情绪、痛点和关键时刻，并标出每个触点的交互环境；
# - 读懂服务蓝图的四条泳道和三条线（互动线、可视线、内部互动线）；
# - 用调查数据检验旅程图，找出真正的痛点；
# - 从蓝图的后台和支持过程找到痛点的根源，提出改进；
# - 说出设计顾客体验的六个步骤和评估设计的六个因素，并用它们审视一个改进方案。
#
# **所需时间**：1 天课程 35 分钟，2 天课程 65 分钟（日程见第 00 本第 2 节）
#
# **先修要求**：01 术语和定义解读、06 测量顾客体验
#
# **涉及条款**：3（术语 3.5、3.6）、6.1.1、7.1.1、7.1.2（其中 6.1.1、7.1.1、7.1.2 不是已公布目次中的编号，见 02 第 7 节）

# %% [markdown] lang="en"
# # 08 Customer journeys and service blueprints
#
# The customer journey (term 3.5) is the whole process of interacting with an organisation;
# touchpoints (term 3.6) are the single points of interaction along it. Clause 7.1.1 names journey
# mapping as a method of needs analysis, and clause 6.1.1 sorts interaction environments into
# people, physical and digital. This notebook maps the home-furnishings e-shop's journey and
# service blueprint, marks moments of truth and pain points, and checks the map against notebook
# 06's survey data: do the map's "estimates" agree with what was measured?
#
# **Learning objectives**
#
# - Break a journey into stages, touchpoints, emotions, pain points and moments of truth, and mark
#   each touchpoint's interaction environment;
# - Read a service blueprint's four swimlanes and three lines (interaction, visibility, internal interaction);
# - Check the journey map against survey data to find the real pain points;
# - Trace a pain point to its roots in the back stage and support processes, and propose improvements;
# - Name the six steps of designing the experience and the six factors for evaluating a design, and
#   use them to review an improvement.
#
# **Time needed**: 35 minutes in the one-day course, 65 minutes in the two-day course (agendas in notebook 00, section 2)
#
# **Prerequisites**: 01 The language of customer experience, 06 Measuring customer experience
#
# **Clauses covered**: 3 (terms 3.5, 3.6), 6.1.1, 7.1.1, 7.1.2 (6.1.1, 7.1.1, 7.1.2: not numbers of the published contents; see 02 section 7)

# %%
import pandas as pd

import cxlab
from cxlab import journey, plotting, widgets

cxlab.set_language("{LANG}")
plotting.set_theme()
trip = journey.Journey.from_frame(cxlab.load_dataset("journey_furnishing"))
print(cxlab.i18n.pick("{n} 个要素，{k} 个阶段", "{n} elements in {k} stages").format(n=len(trip.table), k=len(trip.stages)))

# %% [markdown] lang="zh"
# ## 0 先理解顾客：同理心地图
#
# 第 7.1.1 条的需求分析从“站在顾客的角度”开始。为这段旅程的典型顾客画一张同理心地图：她说什么、想什么、做什么、
# 有什么感受，痛点和期望的收获各是什么。

# %% [markdown] lang="en"
# ## 0 Understand the customer first: an empathy map
#
# Clause 7.1.1's needs analysis starts from the customer's point of view. Draw an empathy map for the
# journey's typical customer: what she says, thinks, does and feels, her pains and the gains she hopes for.

# %%
persona = journey.persona_template()
persona.update({"zh": {
    "persona": "林女士，32 岁，刚买新房",
    "says": ["沙发要能放进电梯", "安装能不能周末来？"],
    "thinks": ["图片和实物会不会有色差", "这家平台靠不靠谱"],
    "does": ["对比三个平台的价格和评价", "反复查看物流进度"],
    "feels": ["期待布置新家", "等送货时焦虑"],
    "pains": ["送货时间不确定", "安装改约要请假"],
    "gains": ["一次送到、一次装好", "随时知道师傅何时到"],
}, "en": {
    "persona": "Ms Lin, 32, just bought a flat",
    "says": ["The sofa must fit the lift", "Can installation be at the weekend?"],
    "thinks": ["Will the colour match the photo?", "Is this platform reliable?"],
    "does": ["Compares prices and reviews on three platforms", "Checks the tracking again and again"],
    "feels": ["Looking forward to the new home", "Anxious while waiting"],
    "pains": ["Delivery time uncertain", "Rescheduled installation means a day off"],
    "gains": ["Delivered and installed in one go", "Always knows when the installer comes"],
}}[cxlab.get_language()])
_ = journey.plot_empathy_map(persona)

# %% [markdown] lang="zh"
# ## 1 旅程上的触点
#
# 顾客行为这一行就是顾客经历的触点：在哪个渠道、什么交互环境、谁负责、当时的情绪（−2 到 2），以及痛点和关键时刻。
# 关键时刻是对整体印象影响最大的接触，好坏都有可能。

# %% [markdown] lang="en"
# ## 1 Touchpoints along the journey
#
# The customer-actions row holds the touchpoints the customer lives through: channel, interaction
# environment, owner, the emotion at the time (−2 to 2), pain points and moments of truth. A moment
# of truth is a contact with outsized influence on the overall impression, good or bad.

# %%
trip.touchpoints()

# %%
trip.touchpoint_matrix()

# %% [markdown] lang="zh"
# ## 2 情绪曲线
#
# 把各阶段的情绪连成曲线，痛点标 ×，关键时刻标 ★。

# %% [markdown] lang="en"
# ## 2 The emotion curve
#
# Join the stages' emotions into a curve; pain points are marked ×, moments of truth ★.

# %%
_ = trip.plot_emotion()

# %% [markdown] lang="zh"
# ## 3 用数据检验旅程图
#
# 旅程图上的情绪是工作坊里“估计”出来的。用第 06 本的调查：把各阶段相关触点的平均评分（1–5）换算到 −2 到 2，
# 画在同一张图上。看 2026 年 4 月以后的线上和 App 订单：

# %% [markdown] lang="en"
# ## 3 Check the map against data
#
# The emotions on the map were estimated in a workshop. Take notebook 06's survey: convert each
# stage's relevant touchpoint ratings (1–5) to the −2..2 scale and draw them on the same chart. Online
# and app orders after April 2026:

# %%
survey = cxlab.load_dataset("cx_monthly")
late_web = survey[(survey["date"] >= "2026-04-01") & survey["channel"].isin(["online", "app"])]
stage_ratings = pd.Series({
    "choose": late_web["rating_website"].mean(),
    "order": late_web["rating_website"].mean(),
    "deliver_install": late_web[["rating_delivery", "rating_install"]].mean(axis=1).mean(),
    "after_sales": late_web["rating_service"].mean(),
})
measured = journey.satisfaction_to_emotion(stage_ratings)
pd.DataFrame({cxlab.i18n.pick("评分（1–5）", "rating (1-5)"): stage_ratings,
              cxlab.i18n.pick("情绪（−2…2）", "emotion (-2..2)"): measured}).rename_axis("stage").round(2)

# %%
_ = trip.plot_emotion(measured)

# %% [markdown] lang="zh"
# 实测数据证实配送安装是最低点；但售后的实测比旅程图估计的好得多——工作坊可能高估了售后问题。
# 用数据检验旅程图，能避免把资源投到“想象中的痛点”上。

# %% [markdown] lang="en"
# The measured data confirm delivery and installation as the low point; but after-sales measures
# much better than the map's estimate, so the workshop may have overrated that problem. Checking the
# map against data keeps resources away from imagined pain points.

# %% [markdown] lang="zh"
# ### 练习 8.1：换物流商之前的实测情绪
#
# 4 月换物流商之前，线上和 App 订单的各阶段情绪是怎样的？仿照上面的做法，用 `survey` 中 2026 年 4 月 1 日**之前**的线上和 App
# 回答，算出四个阶段（choose、order、deliver_install、after_sales）的平均评分，换算到 −2…2，存进 `early_emotion`
# （以阶段为索引的 Series）。

# %% [markdown] lang="en"
# ### Exercise 8.1: the measured emotions before the change of carrier
#
# What did the stages feel like for online and app orders before April's change of carrier? As
# above, take the online and app answers in `survey` dated **before** 1 April 2026, compute the
# mean rating of the four stages (choose, order, deliver_install, after_sales), convert them to
# −2..2 and store them in `early_emotion` (a Series indexed by stage).

# %% tags=["solution"]
early = survey[(survey["date"] < "2026-04-01") & survey["channel"].isin(["online", "app"])]
website = early["rating_website"].mean()
early_ratings = pd.Series({"choose": website, "order": website,
                           "deliver_install": early[["rating_delivery", "rating_install"]].mean(axis=1).mean(),
                           "after_sales": early["rating_service"].mean()})
early_emotion = journey.satisfaction_to_emotion(early_ratings)

# %%
cxlab.checks.early_emotion(early_emotion, survey)

# %% [markdown] lang="zh"
# ### 练习 8.2：那时最低的是哪个阶段？
#
# 情绪曲线的最低点就是最弱的阶段。用练习 8.1 的结果找出它，把阶段代码（例如 `"order"`）存进 `weakest`。
# 再和 4 月以后的曲线比一比：最低点变了吗，降了多少？

# %% [markdown] lang="en"
# ### Exercise 8.2: which stage was lowest then?
#
# The lowest point of the emotion curve is the weakest stage. Find it from exercise 8.1's result
# and store the stage code (e.g. `"order"`) in `weakest`. Then compare with the curve after April:
# did the low point move, and how far did it fall?

# %% tags=["solution"]
weakest = early_emotion.idxmin()

# %%
cxlab.checks.weakest_stage(weakest, survey)

# %% [markdown] lang="zh"
# ### 练习 8.3：旅程图估计差了多少？
#
# 对有实测的四个阶段，算出实测情绪（上面的 `measured`）减去旅程图估计（`trip.emotion_by_stage()`）的差，
# 存进 `gap`（以阶段为索引的 Series，只含这四个阶段）。正数表示实际比工作坊估计的好。哪些阶段的差超过 2 分？它们在旅程图上都标成了什么？

# %% [markdown] lang="en"
# ### Exercise 8.3: how far off was the map?
#
# For the four measured stages, compute the measured emotion (`measured` above) minus the map's
# estimate (`trip.emotion_by_stage()`) and store it in `gap` (a Series indexed by stage, these four
# stages only). A positive value means reality is better than the workshop thought. Which stages are off by
# more than 2 points, and how are they marked on the map?

# %% tags=["solution"]
gap = measured - trip.emotion_by_stage().reindex(measured.index)

# %%
cxlab.checks.map_gap(gap, survey, trip)

# %% [markdown] lang="zh"
# ## 4 服务蓝图
#
# 蓝图在旅程下面加上组织内部：顾客看得见的**前台**、看不见的**后台**、以及**支持过程**（系统、外部伙伴）。
# 三条线把它们分开：互动线（顾客 | 前台）、可视线（前台 | 后台）、内部互动线（后台 | 支持）。关键时刻的元素用浅橙色标出。

# %% [markdown] lang="en"
# ## 4 The service blueprint
#
# The blueprint adds the organisation beneath the journey: the **front stage** the customer sees,
# the **back stage** they do not, and **support processes** (systems, external partners). Three lines
# separate them: interaction (customer | front), visibility (front | back) and internal interaction
# (back | support). Elements at moments of truth are shaded orange.

# %%
_ = trip.plot_blueprint()

# %% [markdown] lang="zh"
# 沿着“配送安装”这一列往下看：痛点（迟到、改约）出现在前台，根源在后台的调度排班和支持过程中的外部物流商。
# 这就是第 7.2.4 条说的“外部提供的顾客体验”——即使由物流商提供，组织仍要管理。改进方向：与物流商约定准时率并每周考核；
# 调度系统给顾客推送准确的到达时间；改约必须提前 24 小时通知。
#
# ### 案例讨论：海底捞和迪士尼
#
# 课程资料《客户服务体验设计》（种子材料 001，第五部分“实际案例分析”）用两家企业说明体验是可以设计出来的，
# 下面只转述资料里说到的内容：
#
# - **海底捞**：这家火锅连锁品牌关注顾客身上的每一个小细节，从员工的热情服务到餐厅的环境氛围都经过精心设计；
#   资料把它的成功归于对顾客需求的深刻理解和灵活的服务策略。
# - **迪士尼**：这家娱乐和主题公园品牌通过精细的顾客旅程设计和高标准的服务质量，让每位游客都得到独特的体验；
#   资料把它的成功归于超越顾客期望和对细节的严格把控。
#
# 小组讨论（每题约 5 分钟）：
#
# 1. 资料说海底捞“注重每一个小细节”。在你们自己的旅程图上，哪两个触点最可能成为关键时刻？它们在蓝图的哪一条泳道里？
# 2. 迪士尼靠“精细的旅程设计 + 高标准的服务质量”。在本节的蓝图里，哪些后台或支持过程的元素需要写成服务标准，
#    前台的体验才能稳定？
# 3. 资料只给出了结论，没有给出数据。如果要检验“关注细节带来满意和忠诚”这句话，你会用第 06 本的哪些指标、怎样设计对比？
#
# ## 5 从旅程到设计：设计过程和设计评价（第 7.1 条）
#
# 旅程图和蓝图找到了问题，接下来是设计。培训指南在第 7.1.1 条（指南的编号）把设计顾客体验描述为六个步骤，
# 本表的最后一列是本工作簿里练习这一步的地方：

# %% [markdown] lang="en"
# Follow the "delivery & installation" column down: the pain (late, rescheduled) shows in the front
# stage, its roots sit in back-stage dispatch and scheduling and in the external carrier among the
# support processes. That is clause 7.2.4's "externally provided experience": even when a carrier
# provides it, the organisation must manage it. Improvements: agree an on-time rate with the
# carrier and review it weekly; have dispatch push accurate arrival times to customers; require 24
# hours' notice for any rescheduling.
#
# ### Case discussion: Haidilao and Disney
#
# The course material "Customer service experience design" (seed 001, part five, "case analysis")
# uses two companies to show that an experience can be designed. Below is only what the material
# says, in our words:
#
# - **Haidilao**: the hot-pot chain attends to every small detail of the customer, from staff's warm
#   service to the atmosphere of the restaurant, all carefully designed; the material credits its
#   success to a deep understanding of customers' needs and a flexible service strategy.
# - **Disney**: the entertainment and theme-park brand gives every guest a distinctive experience
#   through finely designed customer journeys and high service standards; the material credits its
#   success to exceeding expectations and strict control of details.
#
# Group discussion (about 5 minutes each):
#
# 1. The material says Haidilao "attends to every small detail". Which two touchpoints on your own
#    journey map are most likely moments of truth, and in which lane of the blueprint do they sit?
# 2. Disney relies on finely designed journeys plus high service standards. In this section's
#    blueprint, which back-stage or support elements must be written as service standards for the
#    front-stage experience to be steady?
# 3. The material gives conclusions, not data. To test "attention to detail brings satisfaction and
#    loyalty", which measures of notebook 06 would you use, and what comparison would you design?
#
# ## 5 From journey to design: the design process and its evaluation (clause 7.1)
#
# The journey map and the blueprint found the problems; next comes design. Under 7.1.1 (the guide's
# numbering) the training guide describes designing the experience in six steps; the last column
# shows where this workbook practises each step:

# %%
journey.design_steps().rename(columns={"step": cxlab.i18n.pick("步骤", "step"), "aim": cxlab.i18n.pick("要做什么", "aim"),
                                       "workbook": cxlab.i18n.pick("本工作簿", "workbook")})

# %% [markdown] lang="zh"
# 这些步骤不是一次走完的直线：测试验证不达标，就回到方案或原型再改。第 4 节的配送改进（推送到达时间、改约须提前通知、
# 与物流商约定准时率）目前停在“解决方案”这一步：下一步是做原型、请顾客试用，而不是直接全面上线。
#
# #### 练习 1：把设计步骤排好顺序

# %% [markdown] lang="en"
# The steps are not a straight line walked once: when a test falls short, go back to the solution or
# the prototype. Section 4's delivery fix (arrival times pushed to customers, rescheduling only with
# notice, an on-time rate agreed with the carrier) stands at the "solution" step: next come a
# prototype and a trial with customers, not a full roll-out.
#
# #### Exercise 1: put the design steps in order

# %%
exercise_steps = cxlab.exercises.design_order()
exercise_steps

# %% [markdown] lang="zh"
# 设计做出来以后要评估（第 7.1.2 条，指南的编号）。指南列出评估设计及其实现时宜考虑的六个因素：

# %% [markdown] lang="en"
# A design, once made, is evaluated (7.1.2 in the guide's numbering). The guide lists six factors to
# weigh when evaluating a design and its implementation:

# %%
journey.design_criteria().rename(columns={"criterion": cxlab.i18n.pick("评价因素", "factor"),
                                          "question": cxlab.i18n.pick("要问的问题", "question")})

# %% [markdown] lang="zh"
# #### 练习 2：评审意见对应哪个因素？
#
# 下面六条是我们为配送改进方案编写的评审意见（不是真实数据），每条对应一个评价因素。

# %% [markdown] lang="en"
# #### Exercise 2: which factor does each review remark concern?
#
# The six remarks below are ones we wrote for the delivery redesign (not real data); each concerns
# one evaluation factor.

# %%
exercise_review = cxlab.exercises.design_review()
exercise_review

# %% [markdown] lang="zh"
# ## 6 自测：放对泳道、找出痛点

# %% [markdown] lang="en"
# ## 6 Self-check: the right lane, the real pain point

# %%
quiz = widgets.Quiz("08_journeys_blueprints", shuffle=2023)
quiz

# %% [markdown] lang="zh"
# ## 小结
#
# - 旅程是线，触点是点；每个触点标出渠道、交互环境（人际、实体、数字）、负责人和情绪。
# - 关键时刻是影响最大的接触，可能是亮点，也可能是痛点。
# - 旅程图的情绪是估计，要用调查数据检验；实测会纠正工作坊的偏差。
# - 服务蓝图把前台痛点追到后台和支持过程，改进往往要跨部门、甚至跨组织（第 6.4、7.2.4 条）。
# - 设计按需求分析、定义目标、解决方案、原型制作、测试验证、设计实现六步走，不达标就迭代；评估时看需求、目标、其他设计目标、绩效目标、业务过程和资源六个因素（第 7.1 条）。
#
# ## 用你自己的数据试试
#
# 1. 按 `journey_furnishing` 的格式写出你们一段旅程（阶段、泳道、元素、渠道、环境、负责人、情绪、痛点、关键时刻），
#    用 `journey.Journey.from_frame()` 读入。只用一种语言时，元素和痛点各写一列：`element`、`pain`。
# 2. 画情绪曲线和服务蓝图，在团队里核对每一个后台和支持元素是否写全。
# 3. 用调查里与各阶段对应的评分计算实测情绪（`journey.satisfaction_to_emotion()`），和估计的曲线放在一起比较。

# %% [markdown] lang="en"
# ## Summary
#
# - The journey is the line, touchpoints are the points; mark each touchpoint's channel,
#   environment (people, physical, digital), owner and emotion.
# - Moments of truth are the most influential contacts, delights or pain points.
# - The map's emotions are estimates; check them with survey data, which corrects the workshop's bias.
# - The blueprint traces front-stage pain to the back stage and support processes; fixes often cross
#   departments and even organisations (clauses 6.4, 7.2.4).
# - Design runs in six steps (needs analysis, goal, solution, prototype, test, implementation),
#   iterating when a test falls short; evaluate it on needs, the goal, other design goals,
#   performance goals, business processes and resources (clause 7.1).
#
# ## Try it on your own data
#
# 1. Write one of your journeys in the `journey_furnishing` format (stage, lane, element, channel,
#    environment, owner, emotion, pain point, moment of truth) and read it with
#    `journey.Journey.from_frame()`. In one language, the element and the pain point are one
#    column each: `element`, `pain`.
# 2. Draw the emotion curve and the blueprint, and check with the team that every back-stage and
#    support element is there.
# 3. Compute measured emotions from the survey ratings matching each stage
#    (`journey.satisfaction_to_emotion()`) and compare them with the estimated curve.
