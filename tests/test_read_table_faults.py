"""read_table never gives a silently wrong table: each fault of real exports is an error naming
file, column, rows and value, or a DataWarning when a parameter asks for it to be handled."""

import datetime

import numpy as np
import openpyxl
import pandas as pd
import pytest

import cxlab
from cxlab import io


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_tab_separated_text_with_commas_in_titles_keeps_every_column(tmp_path):
    header = "序号\t1、您好，请问, 您的年龄\t2、满意度, 1-5\t3、推荐\n"
    path = write(tmp_path, "wjx.txt", header + "".join(f"{i}\t{i % 3}\t{i % 5 + 1}\t{i % 11}\n"
                                                        for i in range(1, 15)))
    table = io.read_table(path)
    assert table.shape == (14, 4)  # not 14 x 2 as a comma split of the first line gives
    assert table.columns[1] == "1、您好，请问, 您的年龄"


def test_a_csv_named_tab_file_whose_cells_end_in_commas_splits_on_tabs(tmp_path):
    # comma and tab both split every line into two fields; the comma split leaves the tabs at
    # the start of fields ("\t1"), the tab split leaves nothing at the edges
    path = write(tmp_path, "export.csv", "备注a,b\tn\nX,\t1\n0,\t2\n")
    table = io.read_table(path)
    assert list(table.columns) == ["备注a,b", "n"] and table["备注a,b"].tolist() == ["X,", "0,"]
    comma = write(tmp_path, "spaced.csv", "a, b\n1, 2\n3, 4\n")  # spaces after commas, no tabs
    assert io.read_table(comma).shape == (2, 2)


def test_windows_1252_is_detected_not_read_as_gb18030_mojibake(tmp_path):
    text = "Name,Stadt,Kommentar\nMüller,Zürich,Größe passt\nJürgen,Köln,schön\n"
    path = write(tmp_path, "eu.csv", text, "cp1252")
    assert path.read_bytes().decode("gb18030")  # the trap: GB18030 decodes these bytes too
    table = io.read_table(path)
    assert table.attrs["encoding"] == "cp1252" and table.loc[0, "Stadt"] == "Zürich"


def test_big5_and_gb18030_four_byte_characters(tmp_path):
    big5 = io.read_table(write(tmp_path, "tw.csv", "受訪者,滿意度\n張三,5\n李四,4\n", "big5"))
    assert big5.attrs["encoding"] == "big5" and big5.columns[0] == "受訪者"
    short = io.read_table(write(tmp_path, "cn.csv", "序号\t评分\n1\t5\n", "gbk"))
    assert short.attrs["encoding"] == "gb18030"  # charset-normalizer ties GBK with Big5 here
    tiny = io.read_table(write(tmp_path, "tiny.csv", '渠道\n"0,"\n', "gb18030"))
    assert tiny.columns[0] == "渠道"  # ... and with Windows-1252 here
    rare = io.read_table(write(tmp_path, "rare.csv", "姓名,备注\n张三,\U00020000字\n", "gb18030"))
    assert rare.loc[0, "备注"] == "\U00020000字"


def test_utf16_with_bom(tmp_path):
    table = io.read_table(write(tmp_path, "u16.txt", "地区\t分数\n华南\t5\n", "utf-16"))
    assert table.attrs["encoding"] == "utf-16" and table.loc[0, "分数"] == 5


def test_only_empty_cells_are_missing(tmp_path):
    path = write(tmp_path, "na.csv", "region,answer,code\nNA,None,007\nEU,,010\n")
    table = io.read_table(path)
    assert table["region"].tolist() == ["NA", "EU"]  # North America is not missing
    assert table.loc[0, "answer"] == "None" and pd.isna(table.loc[1, "answer"])
    assert table["code"].tolist() == ["007", "010"]  # leading zeros: a code, kept as text


def test_duplicate_names_are_named_with_their_positions(tmp_path):
    path = write(tmp_path, "dup.csv", "id,功能,满意度,功能\n1,a,5,b\n")
    with pytest.raises(io.DuplicateColumnsError, match=r"“功能” \(B/2, D/4\)"):
        io.read_table(path)


def test_short_and_long_rows_are_named(tmp_path):
    path = write(tmp_path, "rag.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n")
    with pytest.raises(io.RaggedRowsError) as err:
        io.read_table(path)
    assert "第 3 行 (2)" in str(err.value) and "第 4 行 (4)" in str(err.value)


def test_trailing_summary_rows_are_refused_or_dropped_with_a_warning(tmp_path):
    path = write(tmp_path, "sum.csv", "序号,满意度\n1,5\n2,3\n平均,4\n合计,8\n")
    with pytest.raises(io.SummaryRowsError, match="第 4 行 “平均”"):
        io.read_table(path)
    with pytest.warns(cxlab.DataWarning, match="2 个汇总行"):
        table = io.read_table(path, summary_rows="drop")
    assert table["满意度"].tolist() == [5, 3]
    assert io.is_summary_label("Grand Total") and io.is_summary_label(" 平均值：")
    assert not io.is_summary_label("平均每月")


def _workbook(path, rows, merge=None, sheets=()):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if merge:
        book.active.merge_cells(merge)
    for name, extra in sheets:
        sheet = book.create_sheet(name)
        for row in extra:
            sheet.append(row)
    book.save(path)
    return path


def test_formula_cells_without_values_are_named(tmp_path):
    path = _workbook(tmp_path / "f.xlsx", [["id", "score", "total"], [1, 4, "=B2*2"], [2, 5, "=B3*2"]])
    with pytest.raises(io.FormulaCellsError, match="C2, C3"):
        io.read_table(path)


def test_merged_group_cells_are_refused_or_filled_when_asked(tmp_path):
    rows = [["id", "region", "score"], [1, "华东", 4], [2, None, 5], [3, None, 3], [4, "华南", 2]]
    path = _workbook(tmp_path / "m.xlsx", rows, merge="B2:B4")
    with pytest.raises(io.MergedCellsError, match="region B2:B4"):
        io.read_table(path)
    with pytest.warns(cxlab.DataWarning, match="B2:B4"):
        table = io.read_table(path, fill_merged=True)
    assert table["region"].tolist() == ["华东", "华东", "华东", "华南"]
    assert table.groupby("region")["score"].size().sum() == 4  # nobody lost by groupby


def test_empty_header_only_and_one_column_files(tmp_path):
    with pytest.raises(io.EmptyFileError, match=r"empty\.csv"):
        io.read_table(write(tmp_path, "empty.csv", "\n\n"))
    with pytest.raises(io.EmptyFileError, match="只有表头（a, b）"):
        io.read_table(write(tmp_path, "header.csv", "a,b\n"))
    one = io.read_table(write(tmp_path, "one.csv", "意见\n很好，谢谢\n\"好, 但慢\"\n"))
    assert one.shape == (2, 1)


def test_data_on_another_sheet_and_unknown_sheets(tmp_path):
    path = _workbook(tmp_path / "s.xlsx", [], sheets=[("答卷数据", [["id"], [1]])])
    with pytest.raises(io.SheetError, match="有数据的工作表：答卷数据"):
        io.read_table(path)
    assert io.read_table(path, sheet="答卷数据")["id"].tolist() == [1]
    with pytest.raises(io.SheetError, match="没有工作表 “x”"):
        io.read_table(path, sheet="x")


def test_files_that_are_not_what_their_name_says(tmp_path):
    with pytest.raises(io.DisguisedFileError, match="HTML"):
        io.read_table(write(tmp_path, "export.xls", "<html><body><table><tr><td>1</td></tr></table>"))
    with pytest.warns(cxlab.DataWarning, match="文本表格"):
        table = io.read_table(write(tmp_path, "old.xls", "序号\t评分\n1\t5\n", "gbk"))
    assert table["评分"].tolist() == [5]


def test_legacy_xls_and_excel_dates(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Sheet1")
    for r, row in enumerate([["序号", "第1题(服务)", "提交答卷时间"], [1, "满意", 46000.5], [2, "一般", 46001.25]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "old.xls"))
    table = io.read_table(tmp_path / "old.xls", dates=["提交答卷时间"])
    assert table.attrs["encoding"] == "xls"
    assert table["提交答卷时间"].tolist() == [pd.Timestamp("2025-12-09 12:00"), pd.Timestamp("2025-12-10 06:00")]


def test_declared_date_columns_take_serials_text_and_cells_never_nanoseconds(tmp_path):
    rows = [["id", "when"], [1, 45000], [2, datetime.datetime(2024, 5, 1, 9, 30)], [3, "2024/05/02 10:00:00"]]
    table = io.read_table(_workbook(tmp_path / "d.xlsx", rows), dates=["when"])
    assert table["when"].dt.year.tolist() == [2023, 2024, 2024]  # serial 45000 is 2023-03-15
    csv = write(tmp_path, "d.csv", "id,when\n1,02-Feb-2021 20:26:58\n2,not a date\n")
    with pytest.raises(io.DateError, match="第 3 行：'not a date'"):
        io.read_table(csv, dates=["when"])


def test_tencent_trailing_comma_leaves_no_phantom_column(tmp_path):
    path = write(tmp_path, "t.csv", '"编号","1.评分",\n"1","5",\n"2","4",\n')
    assert list(io.read_table(path).columns) == ["编号", "1.评分"]


def test_numbers_are_typed_like_pandas_except_codes(tmp_path):
    path = write(tmp_path, "n.csv", "a,b,c,d\n1,1.5,12345678901234567,-3\n2,,2,4\n")
    table = io.read_table(path)
    assert table["a"].dtype == np.int64 and table["b"].dtype == np.float64
    assert table["c"].tolist() == ["12345678901234567", "2"]  # beyond Excel's 15 digits: an id
    assert table["d"].tolist() == [-3, 4]


def test_damaged_workbooks_are_named_not_raw_zip_errors(tmp_path):
    good = _workbook(tmp_path / "good.xlsx", [["id", "score"], [1, 5]])
    raw = good.read_bytes()
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(raw[:len(raw) * 3 // 5])  # a download cut off
    with pytest.raises(io.DamagedFileError, match=r"damaged\.xlsx 已损坏"):
        io.read_table(damaged)
    with pytest.raises(io.DamagedFileError):
        io.read_export(damaged)


def test_a_platform_export_cut_off_inside_its_header_rows(tmp_path):
    path = write(tmp_path, "sm.csv", "Respondent ID,Collector ID,Start Date,Q1\n")
    with pytest.raises(io.EmptyFileError):
        io.read_export(path)
