"""Reading exports as Chinese users have them: GBK and UTF-8 CSV, tabs, Excel, clear failures."""

import pandas as pd
import pytest

import cxlab
from cxlab import io

TABLE = pd.DataFrame({"受访者": ["张三", "李四"], "渠道": ["门店", "线上"], "满意度": [5, 4]})


@pytest.mark.parametrize(("encoding", "expected"), [
    ("gbk", "gb18030"), ("gb18030", "gb18030"), ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
])
def test_csv_in_the_encodings_chinese_excel_and_platforms_write(tmp_path, encoding, expected):
    path = tmp_path / "export.csv"
    TABLE.to_csv(path, index=False, encoding=encoding)
    table = io.read_table(path)
    pd.testing.assert_frame_equal(table, TABLE)
    assert table.attrs["encoding"] == expected
    assert table.columns[0] == "受访者"  # no BOM left in the first column name


def test_tab_separated_and_excel(tmp_path):
    TABLE.to_csv(tmp_path / "export.txt", index=False, sep="\t", encoding="gbk")
    pd.testing.assert_frame_equal(io.read_table(tmp_path / "export.txt"), TABLE)
    TABLE.to_excel(tmp_path / "export.xlsx", index=False)
    table = io.read_table(tmp_path / "export.xlsx")
    pd.testing.assert_frame_equal(table, TABLE)
    assert table.attrs["encoding"] == "xlsx"


def test_unreadable_bytes_name_the_file_and_position(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes("满意度\n".encode() + b"\x81\x30\xff\xff\n")
    with pytest.raises(io.ReadError) as err:
        io.read_table(path)
    assert "broken.csv" in str(err.value) and "utf-8, gb18030, big5, cp1252" in str(err.value)
    cxlab.set_language("en")
    assert "byte 10" in str(err.value)  # 满意度 and the newline are 10 bytes of UTF-8


def test_other_files_get_clear_messages(tmp_path):
    with pytest.raises(io.FileTypeError, match=r"export\.xls"):
        io.read_table(tmp_path / "export.xls")  # no such file
    with pytest.raises(io.FileTypeError, match=r"\.json"):
        io.read_table(tmp_path / "export.json")
