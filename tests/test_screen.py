"""Survey.screen and Survey.duration: duplicates, speeders and straight-liners found in the
platforms' own layouts, every exclusion listed with its evidence, faults named."""

import dataclasses
import statistics
import warnings

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import exports, io
from cxlab.errors import OptionError

WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
MATRIX = ["2、请为我们的服务打分（1=很差，5=很好）—送货准时", "安装质量", "客服态度", "价格透明", "售后处理"]
# 序号, time taken as 问卷星 writes it, IP (归属地), channel, five ratings, comment
WJX_ROWS = [
    (1, "300秒", "1.2.3.4(北京-北京)", "手机App", [4, 5, 3, 4, 2], "送货快"),
    (2, "2分30秒", "1.2.3.4(北京-北京)", "手机App", [4, 5, 3, 4, 2], "送货快"),  # 1 again, same IP
    (3, "20秒", "5.6.7.8(广东-深圳)", "网页商城", [1, 5, 2, 3, 4], "(空)"),  # too fast
    (4, "4分0秒", "9.9.9.9(上海-上海)", "手机App", [4, 4, 4, 4, 4], "(空)"),  # straight-lining
    (5, "5分", "8.8.8.8(浙江-杭州)", "网页商城", [3, 3, "(跳过)", 3, 3], "(空)"),  # 4 answered: not judged
    (6, "1小时2分3秒", "7.7.7.7(四川-成都)", "手机App", [5, 4, 4, 5, 3], "很好"),
]


def wjx_export(tmp_path, rows=WJX_ROWS, name="123_按文本_服务调查_6_6.xlsx"):
    """A 问卷星 按文本 xlsx: metadata, a single choice, a five-row matrix, an optional comment."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*WJX_META, "1、您通过哪个渠道下单？", *MATRIX, "3、您的建议（选填）"])
    for number, took, ip, channel, ratings, comment in rows:
        sheet.append([number, f"2026/10/0{number} 10:00:00", took, "手机提交", "微信", ip, channel,
                      *ratings, comment])
    path = tmp_path / name
    book.save(path)
    return path


def quiet(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cxlab.DataWarning)
        return io.read_export(path, **options)


def screened(survey, **options):
    with pytest.warns(exports.ScreenWarning) as caught:
        result = survey.screen(**options)
    return result, [str(w.message) for w in caught]


def test_wjx_durations_are_read_from_every_written_form(tmp_path):
    seconds = quiet(wjx_export(tmp_path)).duration()
    assert seconds.tolist() == [300, 150, 20, 240, 300, 3723]
    assert seconds.index.name == "序号" and seconds.attrs["source"] == "所用时间"


def test_wjx_each_rule_flags_its_respondent_with_the_evidence(tmp_path):
    survey = quiet(wjx_export(tmp_path))
    result, messages = screened(survey, straight_lining=2)
    assert result.counts.to_dict() == {"duplicate": 1, "speeder": 1, "straight_lining": 1}
    flagged = result.flagged
    assert flagged.index.tolist() == [2, 3, 4] and flagged["row"].tolist() == [3, 4, 5]
    assert flagged.loc[2, "duplicate_of"] == 1
    assert flagged.loc[2, "reason"] == "重复提交（与序号 1（第 2 行）答案相同）"
    # median of 300, 150, 20, 240, 300, 3723 s is 270 s; a third of it is 90 s
    assert result.median == 270 and result.threshold == 90
    assert flagged.loc[3, "reason"] == "答题过快（20 秒，低于 90 秒）"
    assert flagged.loc[4, ["items", "value"]].tolist() == [5, 4]
    assert flagged.loc[4, "reason"] == "直线作答（5 项都答 4）"
    # 序号 5 gave 3 to the four rows it saw: fewer than min_items, not judged; with 4 it is
    assert not flagged.index.isin([5]).any()
    assert 5 in screened(survey, straight_lining=2, min_items=4)[0].flagged.index
    # nothing silent: the kept survey lists them, the warning counts them
    kept = result.kept
    assert kept.responses.index.tolist() == [1, 5, 6] and kept.metadata.index.tolist() == [1, 5, 6]
    assert kept.excluded["reason"].tolist() == flagged["reason"].tolist()
    assert set(kept.missing["respondent"]) <= {1, 5, 6} and kept.rows.tolist() == [2, 6, 7]
    assert messages == ["123_按文本_服务调查_6_6.xlsx：质量筛查排除了 3 位受访者"
                        "（重复提交: 1; 答题过快: 1; 直线作答: 1），见 .flagged。"]
    assert "质量筛查：排除 3 位受访者" in repr(result) and "<table" in result._repr_html_()


def test_a_respondent_flagged_by_several_rules_is_one_row(tmp_path):
    fast_and_flat = (4, "10秒", "9.9.9.9(上海-上海)", "手机App", [4, 4, 4, 4, 4], "(空)")
    rows = [*WJX_ROWS[:3], fast_and_flat, *WJX_ROWS[4:]]
    result, _ = screened(quiet(wjx_export(tmp_path, rows)), straight_lining="请为我们的服务打分")
    row = result.flagged.loc[4]
    assert (row["speeder"], row["straight_lining"], row["duplicate"]) == (True, True, False)
    assert row["reason"] == "答题过快（10 秒，低于 75 秒）；直线作答（5 项都答 4）"  # median 225 s
    assert len(result.flagged) == 3 and result.counts.sum() == 4


def test_duplicates_on_answers_alone_or_with_the_same_ip(tmp_path):
    rows = [WJX_ROWS[0], (2, "2分30秒", "6.6.6.6(北京-北京)", *WJX_ROWS[1][3:]), *WJX_ROWS[2:]]
    survey = quiet(wjx_export(tmp_path, rows))
    by_answers, _ = screened(survey, speed=None)
    assert by_answers.flagged.index.tolist() == [2] and by_answers.flagged.columns.tolist() == [
        "row", "duplicate", "reason", "duplicate_of"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nobody flagged: no warning either
        by_ip = survey.screen(speed=None, duplicates="answers+ip")
    assert by_ip.flagged.empty and by_ip.counts.to_dict() == {"duplicate": 0}
    assert len(by_ip.kept.responses) == 6 and by_ip.kept.excluded.empty


def test_the_capstone_export_gives_the_notebooks_counts():
    """An independent reading of the xlsx (openpyxl, plain Python) by the notebook's rules, each
    rule on its own: the same respondents, 20 excluded, 318 kept."""
    rows = list(openpyxl.load_workbook(cxlab.example_export("capstone_wjx")).active.values)
    header, body = rows[0], rows[1:]
    seconds = {r[0]: int(r[2].removesuffix("秒")) for r in body}
    sq = next(k for k, h in enumerate(header) if h.startswith("10、"))  # 20 SERVQUAL ratings
    seen, duplicate = set(), set()
    for r in body:
        key = (r[5].split("(")[0], *r[6:])
        if key in seen:
            duplicate.add(r[0])
        seen.add(key)
    median = statistics.median(seconds.values())
    fast = {n for n, s in seconds.items() if s < median / 3}
    flat = {r[0] for r in body if len(set(r[sq:sq + 20])) == 1}
    survey = quiet(cxlab.example_export("capstone_wjx"))
    for duplicates in ("answers+ip", "answers"):
        result, _ = screened(survey, straight_lining=[10, 11], duplicates=duplicates)
        flagged = result.flagged
        assert set(flagged.index[flagged["duplicate"]]) == duplicate
        assert set(flagged.index[flagged["speeder"]]) == fast
        assert set(flagged.index[flagged["straight_lining"]]) == flat
        assert result.counts.to_dict() == {"duplicate": 5, "speeder": 9, "straight_lining": 6}
        assert (len(flagged), len(result.kept.responses)) == (20, 318)
        assert result.median == median


def test_qualtrics_duration_ip_and_platform_exclusions(tmp_path):
    imports = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
               "_recordId", "QID1", *(f"QID2_{k}" for k in range(1, 6))]
    head = ("StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,ResponseId,"
            "Q1,Q2_1,Q2_2,Q2_3,Q2_4,Q2_5\n"
            "Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,"
            "Response ID,Recommend?,Rate us - Speed,Rate us - Price,Rate us - Staff,Rate us - App,"
            "Rate us - Returns\n" + ",".join(f'"{{""ImportId"":""{i}""}}"' for i in imports) + "\n")
    rows = ["2026-01-05 09:00:00,2026-01-05 09:06:00,0,203.0.113.1,100,360,1,R_a,9,5,4,4,3,5",
            "2026-01-05 09:10:00,2026-01-05 09:10:30,1,203.0.113.9,100,30,1,R_p,1,1,1,1,1,1",  # preview
            "2026-01-05 09:20:00,2026-01-05 09:25:00,0,203.0.113.2,100,300,1,R_b,7,3,3,3,3,3",
            "2026-01-05 09:30:00,2026-01-05 09:31:00,0,203.0.113.3,100,60,1,R_c,8,2,4,5,3,4",
            "2026-01-05 09:40:00,2026-01-05 09:44:00,0,203.0.113.1,100,240,1,R_d,9,5,4,4,3,5",
            "2026-01-05 09:50:00,2026-01-05 09:57:00,0,203.0.113.4,100,420,1,R_e,10,5,5,4,5,4"]
    path = tmp_path / "q.csv"
    path.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    survey = quiet(path)
    assert survey.duration().tolist() == [360, 300, 60, 240, 420]  # the preview is excluded first
    result, _ = screened(survey, speed=0.5, straight_lining="Q2", duplicates="answers+ip")
    assert result.flagged.index.name == "ResponseId"
    assert result.flagged["reason"].to_dict() == {
        "R_b": "直线作答（5 项都答 3）", "R_c": "答题过快（60 秒，低于 150 秒）",
        "R_d": "重复提交（与ResponseId R_a（第 4 行）答案相同）"}
    assert result.kept.excluded["reason"].tolist() == ["预览答卷", *result.flagged["reason"]]
    cxlab.set_language("en")
    with pytest.warns(exports.ScreenWarning, match="the quality screens excluded 1 respondent"):
        result = survey.screen(speed=None, duplicates=None, straight_lining="Q2")
    assert str(result) == (
        "Quality screens: 1 respondent(s) excluded (straight-lining: 1), 4 kept")


def test_durations_of_the_other_platforms(tmp_path):
    tencent = ('"编号","开始答题时间","结束答题时间","1.推荐的可能性",\n'
               '"1","02-Feb-2021 20:26:58","02-Feb-2021 20:27:09","9",\n'
               '"2","03-Feb-2021 08:00:00","03-Feb-2021 08:01:00","3",\n')
    (tmp_path / "t.csv").write_text(tencent, encoding="utf-8")
    seconds = quiet(tmp_path / "t.csv").duration()
    assert seconds.tolist() == [11, 60] and seconds.attrs["source"] == "结束答题时间 − 开始答题时间"
    monkey = ("Respondent ID,Collector ID,Start Date,End Date,IP Address,"
              "How likely are you to recommend us?\n,,,,,Response\n"
              "111,9,01/02/2024 10:00:00 AM,01/02/2024 10:05:00 AM,1.1.1.1,10\n")
    (tmp_path / "sm.csv").write_text(monkey, encoding="utf-8")
    assert quiet(tmp_path / "sm.csv").duration().tolist() == [300]
    lime = "id;submitdate;lastpage;startlanguage;seed;interviewtime;Q1\n1;2024-01-01 10:00:00;2;zh;1;95.5;9\n"
    (tmp_path / "l.csv").write_text(lime, encoding="utf-8")
    assert quiet(tmp_path / "l.csv").duration().tolist() == [95.5]
    (tmp_path / "code.csv").write_text("Q1,推荐,单选题\n,1,0分\n", encoding="gbk")
    (tmp_path / "All_Data_Original.csv").write_text("序号,答题时长,Q1\n1,30,1\n2,,1\n", encoding="gbk")
    seconds = quiet(tmp_path / "All_Data_Original.csv").duration()
    assert seconds.iloc[0] == 30 and np.isnan(seconds.iloc[1])
    # 腾讯问卷 with 答题时长 and the start and end: a blank 答题时长 takes end − start
    both = ('"编号","开始答题时间","结束答题时间","答题时长","1.推荐的可能性",\n'
            '"1","02-Feb-2021 20:26:58","02-Feb-2021 20:27:09","11","9",\n'
            '"2","03-Feb-2021 08:00:00","03-Feb-2021 08:01:30","","3",\n')
    (tmp_path / "both.csv").write_text(both, encoding="utf-8")
    seconds = quiet(tmp_path / "both.csv").duration()
    assert seconds.tolist() == [11, 90] and seconds.attrs["source"] == "答题时长; 结束答题时间 − 开始答题时间"


def test_an_unreadable_duration_names_column_respondent_and_value(tmp_path):
    rows = [WJX_ROWS[0], (2, "约5分钟", *WJX_ROWS[1][2:]), *WJX_ROWS[2:]]
    survey = quiet(wjx_export(tmp_path, rows))
    with pytest.raises(exports.DurationError) as caught:
        survey.screen()
    assert str(caught.value) == ("列 “所用时间” 有 1 个值读不出答题用时（序号 2（第 3 行）：'约5分钟'）。"
                                 "应为秒数或 “248秒”、“4分8秒” 这样的用时，结束时间不能早于开始时间。")
    assert "Column '所用时间' has 1 value(s) that are not a completion time" in caught.value.message("en")
    tencent = ('"编号","开始答题时间","结束答题时间","1.推荐的可能性",\n'
               '"7","02-Feb-2021 20:26:58","02-Feb-2021 20:20:00","9",\n')
    (tmp_path / "t.csv").write_text(tencent, encoding="utf-8")
    with pytest.raises(exports.DurationError, match=r"开始答题时间 → 结束答题时间.*编号 7（第 2 行）"):
        quiet(tmp_path / "t.csv").duration()


def test_an_export_without_times_refuses_the_speed_rule(tmp_path):
    google = "时间戳记,评价 [速度],评价 [价格],评价 [客服],评价 [退货],评价 [App]\n" + \
        "2024/05/01 下午 3:04:05,4,4,4,4,4\n2024/05/01 下午 3:09:05,2,4,5,3,1\n"
    (tmp_path / "g.csv").write_text(google, encoding="utf-8")
    survey = quiet(tmp_path / "g.csv")
    assert survey.duration().isna().all() and survey.duration().attrs["source"] is None
    with pytest.raises(exports.ScreenError, match=r"Google Forms 导出 g.csv 没有答题用时.*speed=None"):
        survey.screen()
    with pytest.raises(exports.ScreenError, match=r"没有 IP 列.*duplicates=\"answers\""):
        survey.screen(speed=None, duplicates="answers+ip")
    result, _ = screened(survey, speed=None, straight_lining="评价")
    assert result.flagged.index.tolist() == [2] and "median" not in result.flagged  # spreadsheet row 2


def test_nobody_flagged_on_the_bundled_qualtrics_export():
    """Everyone took 95 s (nobody under a third of the median) and the survey has four answer
    columns, fewer than min_items: no duplicate can be told from chance."""
    survey = quiet(cxlab.example_export("nps_qualtrics"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = survey.screen()
    assert result.flagged.empty and result.counts.to_dict() == {"duplicate": 0, "speeder": 0}
    assert len(result.kept.responses) == 240 and result.median == 95
    assert survey.responses.duplicated().sum() > 0  # identical short answer patterns do occur


def test_missing_times_are_not_judged_and_named(tmp_path):
    rows = [*WJX_ROWS[:4], (5, None, *WJX_ROWS[4][2:]), WJX_ROWS[5]]
    survey = quiet(wjx_export(tmp_path, rows))
    with pytest.warns(cxlab.DataWarning) as caught:
        result = survey.screen(duplicates=None)
    messages = [str(w.message) for w in caught]
    assert "1 位受访者没有答题用时（序号 5（第 6 行）），未按答题速度判断。" in messages[0]
    assert result.median == 240 and result.flagged.index.tolist() == [3]


@pytest.mark.parametrize(("options", "name"), [
    ({"speed": 1.5}, "speed"), ({"speed": 0}, "speed"), ({"duplicates": "ip"}, "duplicates"),
    ({"min_items": 1}, "min_items"), ({"min_items": 2.5}, "min_items")])
def test_options_outside_their_values(tmp_path, options, name):
    with pytest.raises(OptionError, match=f"参数 {name} 不能是"):
        quiet(wjx_export(tmp_path)).screen(**options)


def test_a_battery_shorter_than_min_items_is_refused(tmp_path):
    survey = quiet(wjx_export(tmp_path))
    with pytest.raises(exports.ScreenError, match=r"只有 3 列（Q2_1, Q2_2, Q2_3），少于 min_items=5"):
        survey.screen(straight_lining=["Q2_1", "Q2_2", "Q2_3"])
    with pytest.raises(exports.LayoutError, match="找不到题目"):
        survey.screen(straight_lining=9)


def test_screening_keeps_a_paired_texts_survey_in_step(tmp_path):
    survey = quiet(wjx_export(tmp_path))
    paired = dataclasses.replace(survey, texts=survey)  # as read_export(texts=…) pairs them
    result, _ = screened(paired, straight_lining=2)
    assert result.kept.texts.responses.index.tolist() == [1, 5, 6]
    assert result.kept.answers("Q1").tolist() == ["手机App", "网页商城", "手机App"]
    pd.testing.assert_frame_equal(result.kept.responses, survey.responses.loc[[1, 5, 6]])


ANSWER_KEYS = ["Q1", "Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q2_5", "Q3"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(st.lists(st.sampled_from([1, 2, None]), min_size=7, max_size=7),
                        min_size=2, max_size=25), data=st.data())
def test_the_vectorised_rules_agree_with_their_plain_definitions(tmp_path, answers, data):
    """On random answers (a few values, missing cells), each rule flags exactly the respondents
    its plain pandas definition names, and kept + flagged is everyone."""
    n = len(answers)
    seconds = data.draw(st.lists(st.integers(1, 600), min_size=n, max_size=n))
    ips = data.draw(st.lists(st.sampled_from(["1.1.1.1(北京-北京)", "2.2.2.2(上海-上海)"]),
                             min_size=n, max_size=n))
    min_items = data.draw(st.integers(2, 5))
    ids = pd.Index(range(1, n + 1), name="序号")
    base = quiet(wjx_export(tmp_path))
    responses = pd.DataFrame(answers, columns=ANSWER_KEYS, index=ids, dtype=float)
    metadata = pd.DataFrame({"所用时间": [f"{s}秒" for s in seconds], "来自IP": ips}, index=ids)
    survey = dataclasses.replace(base, responses=responses, metadata=metadata,
                                 rows=pd.Series(ids + 1, index=ids), missing=base.missing.iloc[:0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", exports.ScreenWarning)
        result = survey.screen(straight_lining=ANSWER_KEYS[1:6], duplicates="answers+ip", min_items=min_items)
    answered = responses.notna().sum(axis=1)
    battery = responses[ANSWER_KEYS[1:6]]
    expected = pd.DataFrame({
        "duplicate": responses.assign(ip=[ip.split("(")[0] for ip in ips]).duplicated()
        & answered.ge(min_items),
        "speeder": pd.Series(seconds, index=ids) < statistics.median(seconds) / 3,
        "straight_lining": battery.nunique(axis=1).eq(1) & battery.notna().sum(axis=1).ge(min_items)})
    flagged = expected[expected.any(axis=1)]
    pd.testing.assert_frame_equal(result.flagged[list(expected.columns)], flagged, check_names=False)
    assert len(result.kept.responses) + len(result.flagged) == n
    assert result.counts.tolist() == expected.sum().tolist()
