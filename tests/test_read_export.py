"""read_export: the platforms' layouts in, the analysis shapes out, with exclusions reported."""

import warnings

import numpy as np
import pandas as pd
import pytest

import cxlab
from cxlab import exports, io, kano, metrics, servqual


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def quiet(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cxlab.DataWarning)
        return io.read_export(path, **options)


def test_bundled_wjx_kano_export_gives_the_datasets_analysis():
    with pytest.warns(cxlab.DataWarning, match="跳过"):
        survey = io.read_export(cxlab.example_export("kano_wjx"))
    assert survey.platform == "wjx" and survey.responses.index.name == "序号"
    mapping = survey.kano_mapping()
    assert len(mapping) == 12 and set(mapping["layout"]) == {"matrix"}
    got = kano.analyze(survey.kano())
    expected = kano.analyze(cxlab.load_dataset("kano_survey"))
    assert got["category"].tolist() == expected["category"].tolist()
    np.testing.assert_allclose(got[["better", "worse"]], expected[["better", "worse"]])
    assert got.index[0] == "商品页提供 3D/AR 实景摆放预览"  # the name inside 「」
    with pytest.raises(exports.LayoutError, match="序号 1（第 2 行）, 序号 2（第 3 行）"):
        survey.scores(1)  # new / returning customer: text, not a score
    assert (survey.missing["kind"] == "skipped").sum() == int(kano.analyze(survey.kano())["missing"].sum())


def test_bundled_servqual_and_qualtrics_exports():
    e, p = quiet(cxlab.example_export("servqual_wjx")).servqual()
    bank = cxlab.load_dataset("servqual_bank")
    e0 = bank.filter(regex="^E_").rename(columns=lambda c: c[2:])
    p0 = bank.filter(regex="^P_").rename(columns=lambda c: c[2:])
    pd.testing.assert_frame_equal(servqual.summarize(e, p).reset_index(drop=True),
                                  servqual.summarize(e0, p0).reset_index(drop=True))
    with pytest.warns(cxlab.DataWarning, match="排除了 6 位受访者"):
        survey = io.read_export(cxlab.example_export("nps_qualtrics"))
    assert survey.excluded["reason"].value_counts().to_dict() == {
        "预览答卷": 2, "测试答卷": 1, "未完成（进度 40%）": 1, "未完成（进度 65%）": 1, "未完成（进度 10%）": 1}
    score = survey.scores("recommend")
    assert metrics.nps(score).value == metrics.nps(cxlab.load_dataset("intro_survey")["recommend"]).value
    assert score.index.name == "ResponseId" and len(score) == 240
    assert survey.scores(1).equals(survey.scores("Q1")) and survey.question("q1") == ["Q1"]


QUALTRICS = ("StartDate,Status,Progress,Finished,ResponseId,Q1,Q1_NPS_GROUP\n"
             "Start Date,Response Type,Progress,Finished,Response ID,Recommend?,Recommend? - Group\n"
             '{"ImportId":"startDate"},{"ImportId":"status"},{"ImportId":"progress"},'
             '{"ImportId":"finished"},{"ImportId":"_recordId"},{"ImportId":"QID1"},{"ImportId":"QID1_NPS_GROUP"}\n')


def test_qualtrics_nps_group_must_agree_with_the_score(tmp_path):
    rows = "2024-01-01 10:00:00,0,100,1,R_a,10,3\n2024-01-01 10:00:00,0,100,1,R_b,6,2\n"
    with pytest.raises(exports.LayoutError, match=r"Q1_NPS_GROUP.*第 5 行"):
        io.read_export(write(tmp_path, "q.csv", QUALTRICS + rows))


def test_qualtrics_minus_99_is_a_missing_kind_and_keep_all_keeps_previews(tmp_path):
    rows = "2024-01-01 10:00:00,0,100,1,R_a,-99,\n2024-01-01 10:00:00,1,100,1,R_b,9,3\n"
    path = write(tmp_path, "q.csv", QUALTRICS + rows)
    survey = quiet(path)
    assert survey.missing.to_dict("records") == [{"respondent": "R_a", "column": "Q1", "kind": "unanswered"}]
    assert survey.scores("Q1").isna().all() and list(survey.excluded.index) == ["R_b"]
    assert len(quiet(path, keep_all=True).responses) == 2


def test_legacy_qualtrics_two_rows_with_bom(tmp_path):
    text = ("V1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,\n"
            "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,EndDate,"
            "Finished,How likely to recommend?,\n"
            "R_1,Default,Anon,,,1.2.3.4,0,2016-01-01 10:00:00,2016-01-01 10:05:00,1,9,\n")
    survey = io.read_export(write(tmp_path, "legacy.csv", text, "utf-8-sig"))
    assert survey.platform == "qualtrics" and survey.scores("recommend").tolist() == [9.0]


def test_tencent_layout_review_exclusions_and_option_prefixes(tmp_path):
    text = ('"编号","开始答题时间","结束答题时间","答题时长","审核状态","1.您向朋友推荐我们的可能性",'
            '"2.您常用的渠道:门店","2.您常用的渠道:线上","3.其他建议_填空1",\n'
            '"1","02-Feb-2021 20:26:58","02-Feb-2021 20:27:09","11","通过","A.9分","门店","","无",\n'
            '"2","03-Feb-2021 08:00:00","03-Feb-2021 08:01:00","60","审核不通过","B.3分","","线上","",\n')
    with pytest.warns(cxlab.DataWarning, match="审核未通过"):
        survey = io.read_export(write(tmp_path, "tencent.csv", text, "gbk"))
    assert survey.platform == "tencent" and survey.scores(1).tolist() == [9.0]
    assert survey.codebook.loc["Q2_2", ["number", "label", "type"]].tolist() == ["2", "线上", "multi"]
    assert survey.metadata["开始答题时间"].iloc[0] == pd.Timestamp("2021-02-02 20:26:58")


def test_surveymonkey_google_and_limesurvey(tmp_path):
    monkey = ("Respondent ID,Collector ID,Start Date,End Date,IP Address,How likely are you to recommend us?,"
              "Rate us,\n,,,,,Response,Speed,Price\n"
              "111,9,01/02/2024 10:00:00 AM,01/02/2024 10:05:00 AM,1.1.1.1,10,4,5\n")
    survey = io.read_export(write(tmp_path, "sm.csv", monkey))
    assert survey.platform == "surveymonkey" and survey.question("Rate") == ["Q2_1", "Q2_2"]
    google = "时间戳记,您向朋友推荐的可能性,评价 [速度],评价 [价格]\n2024/05/01 下午 3:04:05,9,4,5\n"
    survey = io.read_export(write(tmp_path, "g.csv", google))
    assert survey.platform == "google" and survey.question("速度") == ["Q2_1"]
    assert survey.metadata.iloc[0, 0] == pd.Timestamp("2024-05-01 15:04:05")
    lime = "id;submitdate;lastpage;startlanguage;seed;Q1;Q2[SQ001]\n1;2024-01-01 10:00:00;2;zh;1;9;A1\n2;;1;zh;2;3;\n"
    with pytest.warns(cxlab.DataWarning, match="未提交"):
        survey = io.read_export(write(tmp_path, "l.csv", lime))
    assert survey.platform == "limesurvey" and survey.scores("Q1").tolist() == [9.0]


def test_wenjuan_codes_with_code_csv(tmp_path):
    write(tmp_path, "code.csv", "Q1,您向朋友推荐的可能性,单选题\n,1,0分\n,2,5分\n,3,10分\n", "gbk")
    path = write(tmp_path, "All_Data_Original.csv", "序号,答题时长,Q1\n1,30,3\n2,41,1\n", "gbk")
    survey = io.read_export(path)
    assert survey.platform == "wenjuan" and survey.scores(1).tolist() == [10.0, 0.0]


def test_spss_value_labels_become_answers(tmp_path):
    pyreadstat = pytest.importorskip("pyreadstat")
    data = pd.DataFrame({"q1": [1.0, 5.0], "q2": [5.0, 4.0], "nps": [10.0, 3.0]})
    labels = {"q1": dict(enumerate(["很喜欢", "理所当然", "无所谓", "勉强接受", "很不喜欢"], 1))}
    labels["q2"] = labels["q1"]
    pyreadstat.write_sav(data, str(tmp_path / "s.sav"), variable_value_labels=labels,
                         column_labels=["如果提供送货上门，您觉得如何？", "如果不提供送货上门，您觉得如何？", "推荐意愿"])
    survey = io.read_export(tmp_path / "s.sav")
    assert survey.responses["q1"].tolist() == ["很喜欢", "很不喜欢"]
    assert survey.kano().columns.tolist() == ["送货上门_func", "送货上门_dys"]
    assert survey.scores("推荐").tolist() == [10.0, 3.0]


WJX = "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您向朋友推荐我们的可能性有多大？\n"


def test_wjx_positions_are_never_taken_for_scores(tmp_path):
    codes = write(tmp_path, "9_按序号_调查.csv", WJX + "1,2026/09/03 12:00:00,95秒,手机,直接,1,11\n"
                                                        "2,2026/09/03 12:00:00,95秒,手机,直接,1,-3\n")
    with pytest.raises(exports.LayoutError, match="按序号"):
        quiet(codes).scores(1)
    texts = write(tmp_path, "9_按文本_调查.csv", WJX + "1,2026/09/03 12:00:00,95秒,手机,直接,1,10\n"
                                                         "2,2026/09/03 12:00:00,95秒,手机,直接,1,(跳过)\n")
    survey = quiet(codes, texts=texts)
    assert survey.scores("推荐").tolist()[0] == 10.0 and np.isnan(survey.scores(1).tolist()[1])
    unnamed = write(tmp_path, "export.csv", WJX + "1,2026/09/03 12:00:00,95秒,手机,直接,1,7\n")
    with pytest.raises(exports.LayoutError, match='mode="按序号"'):
        io.read_export(unnamed).scores(1)
    assert io.read_export(unnamed, mode="按分数").scores(1).tolist() == [7.0]
    other = write(tmp_path, "8_按文本_调查.csv", WJX + "3,2026/09/03 12:00:00,95秒,手机,直接,1,10\n")
    with pytest.raises(exports.LayoutError, match="序号 1, 2, 3"):
        quiet(codes, texts=other)


def test_scores_name_the_respondent_and_value_that_is_not_a_score(tmp_path):
    path = write(tmp_path, "1_按文本_x.csv", WJX + "7,2026/09/03 12:00:00,95秒,手机,直接,1,10分\n"
                                                     "8,2026/09/03 12:00:00,95秒,手机,直接,1,非常愿意\n")
    with pytest.raises(exports.LayoutError, match="序号 8（第 3 行）：'非常愿意'"):
        io.read_export(path).scores(1)


def test_question_lookup_errors(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、服务满意度,2、产品满意度,3、请评价—速度,价格\n"
            "1,2026/09/03 12:00:00,95秒,手机,直接,1,5,4,3,2\n")
    survey = io.read_export(write(tmp_path, "1_按文本_q.csv", text))
    with pytest.raises(exports.LayoutError, match="多道题"):
        survey.question("满意度")
    with pytest.raises(exports.LayoutError, match="题号：1, 2, 3"):
        survey.question("9")
    with pytest.raises(exports.LayoutError, match="有 2 列"):
        survey.scores(3)
    assert survey.scores("Q3_2").tolist() == [2.0] and survey.scores("服务").tolist() == [5.0]


def test_kano_mapping_can_be_checked_and_overridden(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、送货上门,2、您的城市,3、安装服务\n"
            "1,2026/09/03 12:00:00,95秒,手机,直接,1,很喜欢,深圳,很不喜欢\n")
    survey = io.read_export(write(tmp_path, "1_按文本_k.csv", text))
    with pytest.raises(exports.LayoutError, match="找不到 Kano 题对"):
        survey.kano()  # two Kano-answered questions, but not next to each other
    mapping = pd.DataFrame({"feature": ["送货"], "functional": ["Q1"], "dysfunctional": ["Q3"]})
    assert survey.kano(mapping=mapping).iloc[0].tolist() == [1, 5]


def test_unknown_layouts_and_repeated_ids(tmp_path):
    with pytest.raises(exports.LayoutError, match="认不出"):
        io.read_export(write(tmp_path, "plain.csv", "a,b\n1,2\n"))
    repeated = WJX + "1,2026/09/03 12:00:00,95秒,手机,直接,1,7\n1,2026/09/03 12:00:00,95秒,手机,直接,1,8\n"
    with pytest.raises(exports.LayoutError, match="“序号” 有重复值"):
        io.read_export(write(tmp_path, "1_按分数_r.csv", repeated))
    with pytest.raises(cxlab.OptionError):
        io.read_export(write(tmp_path, "x.csv", "a\n1\n"), platform="typeform")


def test_wjx_header_generations():
    header = ["序号", "来自IP", "1、您的性别", "第2题(速度)", "第2题(价格)", "3. 您常用哪些设备(手机)", "3(平板)",
              "4、请评价—服务", "态度", "5、(其他)"]
    columns = exports._wjx_columns(header)
    got = [(c.key, c.number, c.label, c.kind) for c in columns[2:]]
    assert got == [("Q1", "1", "", "single"), ("Q2_1", "2", "速度", "matrix"), ("Q2_2", "2", "价格", "matrix"),
                   ("Q3_1", "3", "手机", "multi"), ("Q3_2", "3", "平板", "multi"),
                   ("Q4_1", "4", "服务", "matrix"), ("Q4_2", "4", "态度", "matrix"), ("Q5", "5", "", "single")]


def test_survey_repr_is_a_readable_summary():
    survey = quiet(cxlab.example_export("nps_qualtrics"))
    assert repr(survey).startswith("Qualtrics 导出 nps_qualtrics.csv：保留 240 位受访者，排除 6 位")
    cxlab.set_language("en")
    assert "240 respondents kept, 6 excluded" in repr(survey)


def test_a_wrong_kano_answer_names_the_respondent_and_row(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您对「送货上门」的看法—如果有该功能,如果没有该功能\n"
            "5,2026/09/03 12:00:00,95秒,手机,直接,1,很喜欢,很不喜欢\n6,2026/09/03 12:00:00,95秒,手机,直接,1,好,很不喜欢\n")
    survey = io.read_export(write(tmp_path, "1_按文本_k.csv", text))
    with pytest.raises(cxlab.InvalidValueError, match="序号 6（第 3 行）：'好'"):
        survey.kano()


def test_every_bad_column_is_reported_at_once(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您对「送货上门」的看法—如果有该功能,如果没有该功能,"
            "2、您对「上门安装」的看法—如果有该功能,如果没有该功能\n"
            "5,2026/09/03 12:00:00,95秒,手机,直接,1,好,很不喜欢,很喜欢,差\n")
    survey = io.read_export(write(tmp_path, "1_按文本_k.csv", text))
    with pytest.raises(exports.LayoutError) as err:
        survey.kano()
    message = str(err.value)
    assert message.startswith("2 列有无法使用的值") and "'好'" in message and "'差'" in message
    assert "Q1_1" in message and "Q2_2" in message


def test_kano_question_pairs_are_found_by_their_answers_not_only_their_wording(tmp_path):
    text = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的城市,"
            "2、如果大件家具免费上门安装，您的感受是？,3、如果大件家具要自己安装或另付费，您的感受是？,"
            "4、如果不能预约送货时段，您的感受是？,5、如果可以预约两小时内的送货时段，您的感受是？\n"
            "1,2026/09/03 12:00:00,95秒,手机,直接,1,深圳,很喜欢,很不喜欢,勉强接受,理所当然\n")
    survey = io.read_export(write(tmp_path, "1_按文本_k.csv", text))
    mapping = survey.kano_mapping()
    assert mapping[["functional", "dysfunctional"]].values.tolist() == [["Q2", "Q3"], ["Q5", "Q4"]]
    assert mapping.index.tolist() == ["大件家具免费上门安装", "可以预约两小时内的送货时段"]


def test_multi_select_as_packed_cells_and_as_option_columns(tmp_path):
    packed = ("序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您通过哪些渠道购物？\n"
              "1,2026/09/03 12:00:00,95秒,手机,直接,1,门店┋线上\n"
              "2,2026/09/03 12:00:00,95秒,手机,直接,1,线上┋其他〖直播间〗\n"
              "3,2026/09/03 12:00:00,95秒,手机,直接,1,(跳过)\n")
    survey = quiet(write(tmp_path, "1_按文本_m.csv", packed))
    table = survey.choices(1)
    assert table.columns.tolist() == ["其他", "线上", "门店"]
    assert table.loc[1].tolist() == [False, True, True] and table.loc[3].isna().all()
    assert table.attrs["other"].to_dict() == {2: "直播间"}
    tencent = ('"编号","开始答题时间","1.您常用的渠道:门店","1.您常用的渠道:线上",\n'
               '"1","02-Feb-2021 20:26:58","门店","",\n"2","02-Feb-2021 20:26:58","","",\n')
    table = io.read_export(write(tmp_path, "t.csv", tencent)).choices(1)
    assert table.iloc[0].tolist() == [True, False]
    assert table.iloc[1].isna().all()  # chose nothing: did not answer the question
