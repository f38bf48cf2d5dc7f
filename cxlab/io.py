"""Reading survey exports as users really have them, with no silent faults.

:func:`read_table` reads one table from a CSV / TXT / TSV file (UTF-8 with or without BOM,
UTF-16 with BOM, GB18030/GBK, Big5 or Windows-1252 when a detector is sure; comma, tab or
semicolon, decided from the header and a sample of rows) or from an Excel workbook (.xlsx,
.xlsm, legacy .xls; read with calamine). Only empty cells are missing: ``NA`` (North
America), ``None`` or a platform's ``(跳过)`` stay what they are.

Every structural fault stops with an error that names the file, the column, the rows as the
user sees them (the spreadsheet row: the header is row 1) and the value: undecidable
encodings, duplicate column names, rows shorter or longer than the header, trailing summary
rows (合计, 平均, Total …; ``summary_rows="drop"`` drops them with a :class:`~cxlab.DataWarning`),
formula cells saved without a value, merged cells in the data (``fill_merged=True`` fills them,
with a warning), empty or header-only files, an empty first sheet when data sits on another,
and an HTML page saved with an Excel name. :func:`read_export` reads a survey platform's
export layout (see :mod:`cxlab.exports`).
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
import warnings
import zipfile
from pathlib import Path

from cxlab import deprecation, i18n
from cxlab.errors import CxlabError, DataWarning, raise_as

TEXT = (".csv", ".txt", ".tsv")
EXCEL = (".xlsx", ".xlsm", ".xls")
DELIMITERS = (",", "\t", ";")
ONE_COLUMN = "\x1f"  # the unit separator: never in survey text, so a one-column file stays whole
SAMPLE_ROWS = 200  # records read to decide the delimiter
SHOWN = 5  # rows or cells quoted in a message
LONGEST = 80  # characters of a value quoted in a message
SUMMARY_LABELS = {"合计", "总计", "平均", "平均值", "平均分", "小计", "汇总", "总和",
                  "total", "totals", "grandtotal", "subtotal", "average", "mean", "sum"}
EXCEL_EPOCH = "1899-12-30"  # day 0 of Excel's 1900 date system (serial 60 is the phantom 1900-02-29)

# ---------------------------------------------------------------- errors and warnings


class ReadError(CxlabError, ValueError):
    """A file that cannot be read as it is (base of every reading error).

    Derives from :class:`cxlab.CxlabError` and :class:`ValueError`; the message names the file
    and, where the fault has one, the column, the spreadsheet rows and the value.
    """

    key = "error.read_encoding"


class EncodingError(ReadError):
    """No encoding decodes the file, or the candidate encodings disagree.

    The message names the file and the byte position where UTF-8 failed; pass ``encoding=``
    to :func:`read_table` to decide.
    """


class EmptyFileError(ReadError):
    """An empty file, or one with a header and no data rows."""

    key = "error.read_empty"


class DuplicateColumnsError(ReadError):
    """Two or more header cells with the same name; the message lists each name with its columns
    (letter and number).
    """
    key = "error.read_duplicates"


class RaggedRowsError(ReadError):
    """Rows of a text file with more or fewer cells than the header; the message names the rows
    (spreadsheet numbering, header = row 1) and their lengths.
    """
    key = "error.read_ragged"


class SummaryRowsError(ReadError):
    """Trailing summary rows (合计, 平均, Total …) under the data; ``summary_rows="drop"`` drops
    them with a :class:`~cxlab.DataWarning` instead.
    """
    key = "error.read_summary"


class FormulaCellsError(ReadError):
    """Formula cells saved without a cached value (the workbook was written by a program that
    does not calculate); open and save the file in Excel or WPS first.
    """
    key = "error.read_formulas"


class MergedCellsError(ReadError):
    """Merged cells inside the data; ``fill_merged=True`` fills them with their value (warned)."""
    key = "error.read_merged"


class SheetError(ReadError):
    """The sheet asked for is empty or missing while data sits on another sheet (named in the message)."""
    key = "error.read_sheet_empty"


class DisguisedFileError(ReadError):
    """A file whose content is not what its name says (an HTML page saved as ``.xls``)."""
    key = "error.read_disguised"


class DamagedFileError(ReadError):
    """A workbook that cannot be opened (a truncated or corrupted ``.xlsx`` / ``.xls``)."""
    key = "error.read_damaged"


class DateError(ReadError):
    """Values of a date column that are neither dates, date text nor Excel serial day numbers;
    the message names the column, the rows and the values.
    """
    key = "error.read_dates"


class FileTypeError(ReadError):
    """A file type :func:`read_table` does not read, or a path that does not exist."""
    key = "error.read_file_type"


def _warn(key: str, **params) -> None:
    warnings.warn(DataWarning(key, **params), stacklevel=3)


def shorten(value: object) -> str:
    """A value as quoted in a message: its ``repr``, cut to at most 80 characters.

    Parameters
    ----------
    value : object
        Any cell value.

    Returns
    -------
    str
        ``repr(value)``, ending in "…" when it was longer than 80 characters.

    Examples
    --------
    >>> from cxlab.io import shorten
    >>> shorten("很满意")
    "'很满意'"
    >>> len(shorten("x" * 200))
    80
    """
    text = repr(value)
    return text if len(text) <= LONGEST else text[:LONGEST - 1] + "…"


def listing(items, more: int | None = None) -> str:
    """Items joined by commas for a message: at most five, then "…" when there are more.

    Parameters
    ----------
    items : iterable
        The rows, cells or values to list.
    more : int, optional
        The total count when ``items`` is already a shortened list.

    Returns
    -------
    str
        The first five items separated by ", ", followed by ", …" if any were left out.

    Examples
    --------
    >>> from cxlab.io import listing
    >>> listing([2, 3, 5])
    '2, 3, 5'
    >>> listing(range(2, 10))
    '2, 3, 4, 5, 6, …'
    """
    items = list(items)
    extra = ", …" if len(items) > SHOWN or (more or 0) > len(items) else ""
    return ", ".join(map(str, items[:SHOWN])) + extra


def column_letter(position: int) -> str:
    """Excel's column letters for a 0-based column position.

    Parameters
    ----------
    position : int
        The column's position, counting from 0.

    Returns
    -------
    str
        The letters a spreadsheet shows above the column.

    Examples
    --------
    >>> from cxlab.io import column_letter
    >>> column_letter(0), column_letter(25), column_letter(27)
    ('A', 'Z', 'AB')
    """
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ---------------------------------------------------------------- bytes → text

BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
GUESSES = ("gb18030", "big5", "cp1252")  # what a non-UTF-8 survey file usually is


@deprecation.options(positional=("encoding",))
def decode(raw: bytes, file: Path, *, encoding: str | None = None) -> tuple[str, str]:
    r"""The text of a file's bytes and the encoding used.

    A BOM decides; else UTF-8; else charset-normalizer chooses among GB18030, Big5 and
    Windows-1252 and its answer is used only when it is unambiguous.

    Parameters
    ----------
    raw : bytes
        The file's content.
    file : Path
        The file, named in error messages.
    encoding : str, optional
        Force this encoding (an error names the first byte it cannot decode).

    Returns
    -------
    tuple of (str, str)
        The decoded text and the name of the encoding.

    Raises
    ------
    EncodingError
        When no candidate decodes the bytes or two candidates disagree.

    References
    ----------
    .. [1] Ahmed Tahri, *charset-normalizer* 3 ("mess" and coherence measures),
       https://github.com/jawah/charset_normalizer

    Examples
    --------
    >>> from pathlib import Path
    >>> from cxlab.io import decode
    >>> decode("满意".encode("utf-8"), Path("a.csv"))
    ('满意', 'utf-8')
    >>> decode("\ufeff满意".encode("utf-8"), Path("a.csv"))[1]
    'utf-8-sig'
    """
    if encoding:
        return _strict(raw, encoding, file), encoding
    for bom, name in BOMS:
        if raw.startswith(bom):
            return _strict(raw, name, file), name
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        position = err.start
    import charset_normalizer

    matches = [m for m in charset_normalizer.from_bytes(raw, cp_isolation=list(GUESSES))
               if m.encoding in GUESSES]
    if not matches:  # the detector judged every candidate too messy: trust only a clear GB decode
        if _decodes(raw, "gb18030") and (_gb2312(raw) or not _decodes(raw, "big5")):
            return raw.decode("gb18030"), "gb18030"
        raise EncodingError(file=file.name, tried="utf-8, " + ", ".join(GUESSES), position=position,
                            byte=raw[position:position + 1].hex())
    best = matches[0]
    rivals = [m for m in matches[1:] if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if rivals and "gb18030" in (best.encoding, rivals[0].encoding) and _gb2312(raw):
        return raw.decode("gb18030"), "gb18030"  # a tie on a short text: GB2312 bytes decide
    if rivals:
        _ambiguous(raw, file, best.encoding, rivals[0].encoding)
    return str(best), best.encoding


def _gb2312(raw: bytes) -> bool:
    """Whether the bytes are GB2312 (simplified Chinese's common characters only). Big5 text
    rarely is, since its second bytes include 0x40-0x7E, which GB2312 never uses; Western text
    rarely is, since every accented letter would have to stand next to another one."""
    return _decodes(raw, "gb2312")


def _decodes(raw: bytes, encoding: str) -> bool:
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _strict(raw: bytes, encoding: str, file: Path, tried: str | None = None) -> str:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as err:
        start = getattr(err, "start", 0)
        raise EncodingError(file=file.name, tried=tried or encoding, position=start,
                            byte=raw[start:start + 1].hex()) from None


def _ambiguous(raw: bytes, file: Path, first: str, second: str):
    a, b = raw.decode(first, "replace").splitlines(), raw.decode(second, "replace").splitlines()
    line = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
    raise_as(EncodingError, "error.read_ambiguous", file=file.name,
           candidates=f"{first}, {second}", line=line + 1, first=first, second=second,
           as_first=a[line][:LONGEST], as_second=b[line][:LONGEST])


# ---------------------------------------------------------------- text → records

def _delimiter(text: str, suffix: str) -> str:
    """The delimiter under which the header and a sample of rows agree best (quotes respected).

    Each candidate is scored by how many sampled records have the header's number of fields;
    a candidate that splits the header into one field only scores nothing, so a file with a
    single column reads as one column. When two candidates fit equally well (a tab file whose
    cells hold commas, "X,<tab>1"), the one leaving fewer fields with a blank at either end
    wins: splitting on the wrong one leaves the right one's tabs or spaces at field edges. On a
    remaining tie the file's kind decides: tab for .txt (问卷星's text download), comma for .csv.
    """
    if suffix == ".tsv":
        return "\t"
    sample = text[:1 << 20]
    order = ("\t", ",", ";") if suffix == ".txt" else DELIMITERS
    best, best_score = ONE_COLUMN, (-1, 0, -len(order))
    for rank, delimiter in enumerate(order):
        reader = csv.reader(sample.splitlines(True), delimiter=delimiter)
        sampled = list(itertools.islice(reader, SAMPLE_ROWS))
        records = [len(r) for r in sampled]
        if not records or records[0] < 2:
            continue
        edges = sum(f[:1].isspace() or f[-1:].isspace() for r in sampled for f in r)
        score = (sum(n == records[0] for n in records[1:-1] or records[1:]), -edges, -rank)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text_records(text: str, delimiter: str, file: Path) -> list[list[str]]:
    """The records of a delimited text; a file that ends inside a quoted value was cut off.
    Trailing blank lines, and lines of delimiters only (Excel writes them), are not records."""
    reader = csv.reader(text.splitlines(True), delimiter=delimiter, strict=True)
    try:
        rows = list(reader)
    except csv.Error:
        raise_as(RaggedRowsError, "error.read_unclosed", file=file.name, row=reader.line_num)
    while rows and (not rows[-1] or (len(rows[-1]) > 1 and not any(rows[-1]))):
        rows.pop()
    return rows


# ---------------------------------------------------------------- workbooks

def _kind(raw: bytes) -> str:
    head = raw[:512].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if raw.startswith(b"PK\x03\x04"):
        return "xlsx"
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    lowered = head.replace(b"\x00", b"").lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<meta", b"<head")):
        return "html"
    return "text"


def _open_workbook(file: Path, kind: str, suffix: str):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(file))
    except Exception as err:  # calamine raises its own error types for any unreadable workbook
        raise DamagedFileError(file=file.name, detail=shorten(str(err))) from None


def _sheet(book, sheet, file: Path):
    names = book.sheet_names
    try:
        if isinstance(sheet, int) and 0 <= sheet < len(names):
            return book.get_sheet_by_index(sheet), names[sheet]
        if sheet in names:
            return book.get_sheet_by_name(sheet), sheet
    except Exception as err:  # calamine's zip, XML and number errors: a damaged workbook
        raise DamagedFileError(file=file.name, detail=shorten(str(err))) from None
    raise_as(SheetError, "error.read_sheet_missing", file=file.name, sheet=sheet,
           sheets=", ".join(names))


def _sheet_rows(file: Path, sheet, kind: str, suffix: str) -> tuple[list[list], str, list]:
    book = _open_workbook(file, kind, suffix)
    chosen, name = _sheet(book, sheet, file)
    try:
        rows = chosen.to_python(skip_empty_area=False)
    except Exception as err:  # calamine's errors for damaged cells
        raise DamagedFileError(file=file.name, detail=shorten(str(err))) from None
    while rows and not any(v != "" for v in rows[-1]):
        rows.pop()
    if not rows and isinstance(sheet, int) and sheet == 0:
        with_data = [n for n in book.sheet_names[1:] if book.get_sheet_by_name(n).to_python()]
        if with_data:
            raise SheetError(file=file.name, sheet=name, with_data=", ".join(with_data),
                             sheets=", ".join(book.sheet_names))
    merged = list(chosen.merged_cell_ranges or []) if kind == "xlsx" else _xls_merges(chosen)
    if kind == "xlsx":
        _check_formulas(file, book.sheet_names.index(name), name)
    return rows, name, merged


def _xls_merges(sheet) -> list:
    try:
        return list(sheet.merged_cell_ranges or [])
    except Exception:  # calamine reads merges of .xls files in newer versions only
        return []


def _sheet_xml(book: zipfile.ZipFile, index: int) -> str | None:
    """The zip member holding the ``index``-th sheet of an .xlsx (workbook order)."""
    workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
    ids = re.findall(r"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"", workbook)
    rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    targets = dict(re.findall(r"<Relationship\b[^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"", rels))
    targets.update({k: v for v, k in re.findall(
        r"<Relationship\b[^>]*?Target=\"([^\"]+)\"[^>]*?Id=\"([^\"]+)\"", rels)})
    if index >= len(ids) or ids[index] not in targets:
        return None
    target = targets[ids[index]].lstrip("/")
    return target if target.startswith("xl/") else "xl/" + target


FORMULA_CELL = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]+\d+)\"[^>]*>((?:(?!</c>).)*?<f\b(?:(?!</c>).)*)</c>",
                          re.S)


def _check_formulas(file: Path, index: int, name: str) -> None:
    """Raise :class:`FormulaCellsError` for formula cells saved without a cached value."""
    with zipfile.ZipFile(file) as book:
        member = _sheet_xml(book, index)
        if member is None or member not in book.namelist():
            return
        xml = book.read(member)
    if b"<f" not in xml:
        return
    empty = [ref.decode() for ref, body in FORMULA_CELL.findall(xml)
             if not re.search(rb"<v>[^<]+</v>", body)]
    if empty:
        raise FormulaCellsError(file=file.name, sheet=name, count=len(empty), cells=listing(empty))


# ---------------------------------------------------------------- cells → table

NUMBER = r"[+-]?(?:[1-9]\d*|0)(?:\.\d*)?(?:[eE][+-]?\d+)?|[+-]?\.\d+(?:[eE][+-]?\d+)?"


def typed(column, text: bool):
    """A column of cells as numbers, datetimes or text; empty cells (and only they) missing.

    Text that looks like a number becomes one unless it has a leading zero ("007") or more
    than 15 digits (Excel's own precision): those are codes and stay text. Survey answers repeat
    a few options, so the checks run on the distinct values, not on every respondent.

    Parameters
    ----------
    column : sequence
        The cells of one column, as read.
    text : bool
        Whether the cells come from a text file (strings to convert) or a workbook (typed cells).

    Returns
    -------
    Series
        ``int64`` when every cell is a whole number, ``float64`` for other numbers (missing as
        NaN), datetimes for datetime cells, else the text (``str``) with empty cells missing.

    Examples
    --------
    >>> from cxlab.io import typed
    >>> typed(["9", "10", ""], text=True).tolist()
    [9.0, 10.0, nan]
    >>> typed(["007", "NA"], text=True).tolist()
    ['007', 'NA']
    """
    import pandas as pd

    s = pd.Series(column, dtype=object)
    filled = (s != "") & s.notna()
    values = s[filled]
    if values.empty:
        return pd.Series(float("nan"), index=s.index)
    kind = pd.api.types.infer_dtype(values, skipna=False)
    if text and kind == "string":
        distinct = pd.Series(pd.unique(values.to_numpy()), dtype=str)
        numeric = distinct.str.fullmatch(NUMBER) & (distinct.str.count(r"\d") <= 15)
        if numeric.all():
            return _numbers(pd.to_numeric(values.astype(str)), s.index, filled)
    elif kind in ("integer", "floating", "mixed-integer-float"):
        return _numbers(pd.to_numeric(values), s.index, filled)
    elif kind in ("datetime", "datetime64", "date"):
        return pd.to_datetime(values).reindex(s.index)
    if kind == "string":
        return values.astype("str").reindex(s.index)
    return values.reindex(s.index)


def _numbers(values, index, filled):
    import numpy as np

    whole = bool(filled.all()) and bool(np.all(np.mod(values.to_numpy(dtype=float), 1) == 0))
    return (values.astype("int64") if whole else values.astype("float64")).reindex(index)


def _header_names(header: list) -> list[str]:
    names = []
    for position, cell in enumerate(header):
        name = "" if cell is None else str(cell)
        if isinstance(cell, float) and cell.is_integer():
            name = str(int(cell))
        names.append(name.strip("\ufeff") or f"Unnamed: {position}")
    return names


def check_duplicates(names: list[str], file: Path) -> None:
    """Stop when a header repeats a column name.

    Parameters
    ----------
    names : list of str
        The header's column names.
    file : Path
        The file, named in the message.

    Returns
    -------
    None

    Raises
    ------
    DuplicateColumnsError
        Naming every repeated name with its columns (letter / number).

    Examples
    --------
    >>> from pathlib import Path
    >>> from cxlab.io import DuplicateColumnsError, check_duplicates
    >>> check_duplicates(["id", "score"], Path("a.csv"))
    >>> try:
    ...     check_duplicates(["id", "score", "score"], Path("a.csv"))
    ... except DuplicateColumnsError as err:
    ...     print("“score” (B/2, C/3)" in err.message("en"))
    True
    """
    seen: dict[str, list[int]] = {}
    for position, name in enumerate(names):
        seen.setdefault(name, []).append(position)
    pairs = [f"“{name}” ({', '.join(f'{column_letter(p)}/{p + 1}' for p in where)})"
             for name, where in seen.items() if len(where) > 1]
    if pairs:
        raise DuplicateColumnsError(file=file.name, pairs="; ".join(pairs))


def rectangular(rows: list[list], width: int, info: dict, first_row: int) -> list[list]:
    """Rows of ``width`` cells.

    A text file's row of another length is an error naming the rows; a workbook's row is
    padded with empty cells, as the sheet shows it.

    Parameters
    ----------
    rows : list of list
        The data rows.
    width : int
        The number of header cells.
    info : dict
        How the file was read (:func:`cells`): ``encoding`` and ``file`` are used.
    first_row : int
        The spreadsheet row number of ``rows[0]``.

    Returns
    -------
    list of list
        The rows, each of ``width`` cells.

    Raises
    ------
    RaggedRowsError
        For a text file with rows of another length.

    Examples
    --------
    >>> from pathlib import Path
    >>> from cxlab.io import rectangular
    >>> info = {"encoding": "xlsx", "file": Path("a.xlsx")}
    >>> rectangular([[1], [1, 2]], 2, info, first_row=2)
    [[1, ''], [1, 2]]
    """
    if info["encoding"] in ("xlsx", "xls"):
        return [r if len(r) == width else list(r[:width]) + [""] * (width - len(r)) for r in rows]
    _check_width(rows, width, info["file"], first_row)
    return rows


def _check_width(rows: list[list], width: int, file: Path, first_row: int) -> None:
    bad = [(first_row + i, len(r)) for i, r in enumerate(rows) if len(r) != width]
    if bad:
        shown = [f"{_row(r)} ({n})" for r, n in bad[:SHOWN]]
        raise RaggedRowsError(file=file.name, count=len(bad), width=width,
                              rows=listing(shown, len(bad)))


def _row(row: int) -> i18n.Text:
    """"第 12 行" / "row 12", rendered in the language the message is shown in."""
    return i18n.Text(zh=i18n.t("read.row", "zh", row=row), en=i18n.t("read.row", "en", row=row))


def is_summary_label(value: object) -> bool:
    """Whether a cell reads like a summary row's label (合计, 平均值, Total, Mean …).

    Parameters
    ----------
    value : object
        A cell value; spaces, colons and brackets are ignored, full-width forms normalised.

    Returns
    -------
    bool

    Examples
    --------
    >>> from cxlab.io import is_summary_label
    >>> is_summary_label("合计："), is_summary_label(" Total "), is_summary_label("张三")
    (True, True, False)
    """
    if not isinstance(value, str):
        return False
    key = re.sub(r"[\s:：()（）]", "", unicodedata.normalize("NFKC", value)).lower()
    return key in SUMMARY_LABELS


def summary_rows(rows: list[list]) -> int:
    """How many rows at the end are summary rows (their first filled cell is a summary label).

    Parameters
    ----------
    rows : list of list
        The data rows of a table.

    Returns
    -------
    int
        The number of trailing summary rows.

    Examples
    --------
    >>> from cxlab.io import summary_rows
    >>> summary_rows([["1", "9"], ["2", "7"], ["平均", "8"]])
    1
    """
    count = 0
    for row in reversed(rows):
        first = next((v for v in row if v not in ("", None)), None)
        if not is_summary_label(first):
            break
        count += 1
    return count


def _drop_summary(rows: list[list], file: Path, first_row: int, action: str) -> list[list]:
    count = summary_rows(rows)
    if not count:
        return rows
    start = first_row + len(rows) - count
    labels = [f"{_row(r)} “{next(v for v in rows[r - first_row] if v not in ('', None))}”"
              for r in range(start, start + count)]
    if action != "drop":
        raise SummaryRowsError(file=file.name, count=count, rows=listing(labels))
    _warn("warn.read_summary", file=file.name, count=count, rows=listing(labels))
    return rows[:-count]


def _merged_in_data(merged: list, header_rows: int, names: list[str]) -> list[tuple]:
    return [((r0, c0), (r1, c1)) for (r0, c0), (r1, c1) in merged
            if r1 >= header_rows and (r1 > r0 or c1 > c0) and c0 < len(names)]


def _fill_merges(rows: list[list], merged: list, header_rows: int, names: list[str],
                 file: Path, fill: bool) -> None:
    spans = _merged_in_data(merged, header_rows, names)
    if not spans:
        return
    described = [f"{names[c0]} {column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"
                 for (r0, c0), (r1, c1) in spans]
    if not fill:
        raise MergedCellsError(file=file.name, ranges=listing(described))
    for (r0, c0), (r1, c1) in spans:
        value = rows[r0 - header_rows][c0] if r0 >= header_rows else ""
        for r in range(max(r0, header_rows), r1 + 1):
            if r - header_rows < len(rows):
                for c in range(c0, min(c1, len(rows[r - header_rows]) - 1) + 1):
                    rows[r - header_rows][c] = value
    _warn("warn.read_merged", file=file.name, ranges=listing(described))


def to_dates(series, column: str):
    """Datetimes from datetime cells, date text or Excel serial day numbers (1900 system).

    Parameters
    ----------
    series : Series
        The column, indexed by spreadsheet row (named in an error).
    column : str
        The column's name, for the error message.

    Returns
    -------
    Series
        ``datetime64[ns]`` values, missing where the cell was empty.

    Raises
    ------
    DateError
        Naming the column, rows and values that are not dates.

    References
    ----------
    .. [1] Microsoft, "Date systems in Excel": serial numbers count days from 1899-12-30 in
       the 1900 system; they are never read as nanoseconds.

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.io import to_dates
    >>> to_dates(pd.Series([45658, "2025/01/02 上午 9:30:00"]), "submitted").tolist()
    [Timestamp('2025-01-01 00:00:00'), Timestamp('2025-01-02 09:30:00')]
    """
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(series):
        return series
    out = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ns]")
    filled = series.notna()
    numbers = pd.to_numeric(series.where(filled), errors="coerce")
    serial = filled & numbers.notna() & numbers.between(1, 2958465)
    out[serial] = pd.to_datetime(numbers[serial], unit="D", origin=EXCEL_EPOCH)
    rest = filled & ~serial
    if rest.any():
        values = series[rest]
        kind = pd.api.types.infer_dtype(values, skipna=True)
        parsed = (pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]") if kind == "string"
                  else pd.to_datetime(values.where(~values.map(lambda v: isinstance(v, str))),
                                      errors="coerce"))
        text = values.astype(str).str.strip().str.replace("上午", "AM").str.replace("下午", "PM")
        for fmt in ("%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d-%b-%Y %H:%M:%S",
                    "%m/%d/%Y %I:%M:%S %p", "%Y/%m/%d %H:%M", "%Y-%m-%d %H:%M", "%Y/%m/%d",
                    "%Y-%m-%d", "%d/%m/%Y %H:%M:%S", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日",
                    "%Y/%m/%d %p %I:%M:%S", "%m/%d/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S"):
            if not parsed.isna().any():
                break
            parsed = parsed.fillna(pd.to_datetime(text, format=fmt, errors="coerce"))
        out[rest] = parsed
        bad = parsed.isna()
        if bad.any():
            rows = bad[bad].index
            raise DateError(column=column, count=len(rows), rows=listing(rows),
                            values=listing(map(shorten, values[bad])))
    return out


# ---------------------------------------------------------------- the readers

def cells(path, *, sheet=0, encoding: str | None = None) -> tuple[list[list], dict]:
    """Every row of a file as a list of cells, and how it was read.

    Parameters
    ----------
    path : str or Path
        A ``.csv``, ``.txt``, ``.tsv``, ``.xlsx``, ``.xlsm`` or ``.xls`` file.
    sheet : int or str
        The workbook sheet (position or name); ignored for text files.
    encoding : str, optional
        Force a text encoding.

    Returns
    -------
    tuple of (list of list, dict)
        The rows (row ``i`` of the list is spreadsheet row ``i + 1``) and a dict with
        ``file``, ``suffix``, ``encoding``, ``sheet``, ``merged`` (merged ranges) and, for text
        files, ``delimiter``.

    Raises
    ------
    FileTypeError, EmptyFileError, DisguisedFileError, EncodingError, DamagedFileError, SheetError
        As described on each class.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.io import cells
    >>> rows, info = cells(example_export("nps_qualtrics"))
    >>> info["encoding"], info["delimiter"]
    ('utf-8', ',')
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in TEXT + EXCEL:
        raise FileTypeError(file=file.name, suffix=suffix or "?",
                            valid=", ".join(TEXT + EXCEL))
    if not file.is_file():
        raise_as(FileTypeError, "error.read_missing_file", file=str(file))
    raw = file.read_bytes()
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise EmptyFileError(file=file.name)
    kind = _kind(raw)
    info = {"file": file, "suffix": suffix, "sheet": None, "merged": []}
    if kind in ("xlsx", "xls"):
        rows, info["sheet"], info["merged"] = _sheet_rows(file, sheet, kind, suffix)
        info["encoding"] = kind
        if not rows:
            raise EmptyFileError(file=file.name)
        return rows, info
    if kind == "html" or (suffix in EXCEL and b"\x00" in raw[:4096] and not raw.startswith(BOMS[1][0])):
        actual = "read.html" if kind == "html" else "read.unknown"
        raise DisguisedFileError(file=file.name, suffix=suffix, actual=i18n.both(actual))
    if suffix in EXCEL:
        _warn("warn.read_disguised", file=file.name, suffix=suffix, actual=i18n.both("read.text"))
    text, info["encoding"] = decode(raw, file, encoding=encoding)
    text = text.lstrip("\ufeff")
    info["delimiter"] = _delimiter(text, suffix)
    rows = _text_records(text, info["delimiter"], file)
    if not rows:
        raise EmptyFileError(file=file.name)
    return rows, info


def frame(rows: list[list], names: list[str], info: dict, first_row: int, *,
          summary_rows: str = "error", fill_merged: bool = False, dates=None, positions=None,
          markers=None):
    """The data rows as a DataFrame: summary rows and merges checked, cells typed.

    Parameters
    ----------
    rows : list of list
        The data rows (already rectangular).
    names : list of str
        The column names.
    info : dict
        How the file was read (:func:`cells`).
    first_row : int
        The spreadsheet row number of ``rows[0]``.
    summary_rows : {"error", "drop"}
        Trailing summary rows stop the read, or are dropped with a warning.
    fill_merged : bool
        Fill merged cells in the data (warned) instead of stopping.
    dates : list of str, optional
        Columns to read as datetimes.
    positions : list of int, optional
        The positions of the columns to keep (default: all, in order).
    markers : dict, optional
        A platform's missing markers: ``{"kinds": {cell: kind}, "columns": [...]}``; matching
        cells of those columns become missing and are listed.

    Returns
    -------
    DataFrame or tuple of (DataFrame, DataFrame)
        The table (index counts data rows from 0; spreadsheet row = index +
        ``attrs["first_row"]``; ``attrs``: ``encoding``, ``first_row``, ``file``, ``sheet``).
        With ``markers``, also a long table of the marked cells with columns ``row``,
        ``column`` and ``kind``.

    Raises
    ------
    SummaryRowsError, MergedCellsError, EmptyFileError, DateError
        As described on each class.

    Examples
    --------
    >>> from pathlib import Path
    >>> from cxlab.io import frame
    >>> info = {"file": Path("a.csv"), "encoding": "utf-8", "merged": [], "sheet": None}
    >>> frame([["1", "9"], ["2", "7"]], ["id", "score"], info, 2)
       id  score
    0   1      9
    1   2      7
    """
    import pandas as pd

    from cxlab.validate import check_option

    check_option("summary_rows", summary_rows, ["error", "drop"])
    file = info["file"]
    rows = _drop_summary(rows, file, first_row, summary_rows)
    _fill_merges(rows, info["merged"], first_row - 1, names, file, fill_merged)
    if not rows:
        raise_as(EmptyFileError, "error.read_header_only", file=file.name,
               columns=listing(names, len(names)))
    text = info["encoding"] not in ("xlsx", "xls")
    columns = list(zip(*rows, strict=True))
    positions = range(len(names)) if positions is None else positions
    marks, kinds = [], _marker_cells((markers or {}).get("kinds", {}))
    data = {}
    for name, position in zip(names, positions, strict=True):
        cells = pd.Series(columns[position], dtype=object)
        if kinds and name in markers["columns"]:
            hits = cells.isin(list(kinds)) & cells.notna()
            if hits.any():
                marks.append(pd.DataFrame({"row": cells.index[hits], "column": name,
                                           "kind": cells[hits].map(kinds).to_numpy()}))
                cells = cells.where(~hits, "")
        data[name] = typed(cells, text)
    table = pd.DataFrame(data)
    table.index = pd.RangeIndex(len(table))
    for column in dates or []:
        table[column] = to_dates(table[column].set_axis(table.index + first_row), column) \
            .set_axis(table.index)
    table.attrs.update(encoding=info["encoding"], first_row=first_row, file=file.name)
    if info["sheet"] is not None:
        table.attrs["sheet"] = info["sheet"]
    if markers is None:
        return table
    return table, (pd.concat(marks, ignore_index=True) if marks
                   else pd.DataFrame(columns=["row", "column", "kind"]))


def _marker_cells(kinds: dict) -> dict:
    """Markers as cells hold them: a code -3 is "-3" in a text file and -3.0 in a workbook."""
    out = dict(kinds)
    for marker, kind in kinds.items():
        if isinstance(marker, int):
            out.update({str(marker): kind, float(marker): kind})
    return out


def _drop_empty_columns(rows: list[list], names: list[str]) -> tuple[list[list], list[str]]:
    """Columns with no header and no value anywhere (a trailing delimiter) carry nothing."""
    keep = [i for i, name in enumerate(names)
            if not name.startswith("Unnamed: ") or any(r[i] not in ("", None) for r in rows)]
    if len(keep) == len(names):
        return rows, names
    return [[r[i] for i in keep] for r in rows], [names[i] for i in keep]


@deprecation.options(positional=("sheet", "encoding"))
def read_table(path, *, sheet=0, encoding: str | None = None, summary_rows: str = "error",
               fill_merged: bool = False, dates=None):
    r"""Read one table (a header row, then data rows) from a text file or a workbook.

    Parameters
    ----------
    path : str or Path
        A ``.csv``, ``.txt``, ``.tsv``, ``.xlsx``, ``.xlsm`` or ``.xls`` file.
    sheet : int or str
        The workbook sheet (position or name).
    encoding : str, optional
        Force a text encoding; by default a BOM, UTF-8, or a confident detection decides.
    summary_rows : {"error", "drop"}
        Trailing 合计 / 平均 / Total rows stop the read, or are dropped with a warning.
    fill_merged : bool
        Fill merged cells in the data with their value (reported) instead of stopping.
    dates : list of str, optional
        Columns to read as datetimes (Excel serial numbers and date text included).

    Returns
    -------
    DataFrame
        One column per header cell, values typed (numbers, datetimes, text); only empty cells
        are missing. ``attrs``: ``encoding``, ``file``, ``first_row`` (the spreadsheet row of
        index 0), ``sheet`` for workbooks.

    Raises
    ------
    ReadError
        One of its subclasses for every structural fault (see the module's description).

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from cxlab.io import read_table
    >>> path = Path(tempfile.mkdtemp()) / "answers.csv"
    >>> _ = path.write_text("序号,score,region\n1,9,NA\n2,7,华东\n", encoding="utf-8")
    >>> table = read_table(path)
    >>> table
       序号  score region
    0   1      9     NA
    1   2      7     华东
    >>> table.attrs["first_row"], table["region"].isna().any()
    (2, np.False_)
    """
    rows, info = cells(path, sheet=sheet, encoding=encoding)
    names = _header_names(rows[0])
    body = rectangular(rows[1:], len(names), info, 2)
    body, names = _drop_empty_columns(body, names)
    check_duplicates(names, info["file"])
    return frame(body, names, info, 2, summary_rows=summary_rows, fill_merged=fill_merged,
                 dates=dates)


@deprecation.options(positional=("platform",))
def read_export(path, *, platform: str | None = None, **options):
    """Read a survey platform's export into a :class:`cxlab.exports.Survey`.

    A shortcut for :func:`cxlab.exports.read_export`, which documents every option.

    Parameters
    ----------
    path : str or Path
        The export file.
    platform : str, optional
        The platform (``"wjx"``, ``"tencent"``, ``"qualtrics"`` …); detected when omitted.
    **options
        Passed on to :func:`cxlab.exports.read_export`.

    Returns
    -------
    cxlab.exports.Survey
        The answers with their questions, codebook and exclusions.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.io import read_export
    >>> import warnings
    >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
    ...     survey = read_export(example_export("kano_wjx"))
    >>> survey.platform
    'wjx'
    """
    from cxlab.exports import read_export as read

    return read(path, platform=platform, **options)
