"""Reading survey exports as Chinese users have them: UTF-8 (with or without BOM) and
GBK/GB18030 CSV, tab-separated text, and Excel workbooks.

``read_table`` never guesses silently: the encoding it used is recorded in
``df.attrs["encoding"]``, and a file that none of the encodings can read raises an error naming
the file, the encodings tried and where the first undecodable byte is.
"""

from __future__ import annotations

import csv
from pathlib import Path

from cxlab import i18n
from cxlab.errors import CxlabError
from cxlab.validate import check_option

ENCODINGS = ("utf-8-sig", "gb18030")
TEXT = (".csv", ".txt", ".tsv")
EXCEL = (".xlsx", ".xlsm")

i18n.register({
    "error.read_encoding": {
        "zh": "无法读取 {file}：试过的编码 {tried} 都不对（第 {position} 个字节 {byte} 无法解码）。"
              "请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后再试。",
        "en": "Cannot read {file}: none of the encodings {tried} fits (byte {position}, {byte}, "
              "cannot be decoded). Save it from Excel as 'CSV UTF-8' or .xlsx and try again.",
    },
    "error.read_xls": {
        "zh": "{file} 是旧版 .xls 文件。请在 Excel 中另存为 .xlsx 后再读取。",
        "en": "{file} is an old .xls workbook. Save it as .xlsx in Excel, then read it.",
    },
})


class ReadError(CxlabError, ValueError):
    """A file that cannot be read as it is."""

    key = "error.read_encoding"


class OldExcelError(CxlabError, ValueError):
    key = "error.read_xls"


def _decode(raw: bytes, encodings, file: Path) -> tuple[str, str]:
    first_error = None
    for encoding in encodings:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as err:
            first_error = first_error or err
    raise ReadError(file=file.name, tried=", ".join(encodings), position=first_error.start,
                    byte=raw[first_error.start:first_error.start + 1].hex())


def read_table(path, sheet=0, encoding: str | None = None, **kwargs):
    """Read a CSV/TXT/TSV export (UTF-8, UTF-8 with BOM, GBK/GB18030; comma or tab, sniffed)
    or an Excel sheet into a DataFrame, with ``attrs["encoding"]`` recording how it was read.

    Values are kept as they are (no trimming or recoding); pass extra ``pandas.read_csv`` /
    ``read_excel`` keywords through ``kwargs``.
    """
    import io as _io

    import pandas as pd

    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == ".xls":
        raise OldExcelError(file=file.name)
    check_option("file type", suffix, [*TEXT, *EXCEL])
    if suffix in EXCEL:
        table = pd.read_excel(file, sheet_name=sheet, **kwargs)
        table.attrs["encoding"] = "xlsx"
        return table
    text, used = _decode(file.read_bytes(), [encoding] if encoding else ENCODINGS, file)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if suffix == ".tsv" else csv.Sniffer().sniff(first_line, ",\t;").delimiter \
        if first_line else ","
    table = pd.read_csv(_io.StringIO(text), sep=delimiter, **kwargs)
    table.attrs["encoding"] = used
    return table
