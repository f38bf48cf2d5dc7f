"""Real survey-platform exports in, the right numbers (or a named cxlab error) out — issue 13.

The fixtures are written by ``tests/exports/make_exports.py`` (seeded, from the platform layouts
in the shared reference, never copied files) into a temporary folder once per session. Each case
either reads to the exact expected numbers, computed by the generator from the bundled datasets,
or raises the expected cxlab error whose message (zh and en) names column, rows and value. Any
other exception, any warning that is not a cxlab warning, and a missing expected warning fail.

Error classes are checked by name along the MRO, so this module imports nothing that a reader
module might not define.
"""

from __future__ import annotations

import importlib
import string
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import kano, metrics, servqual

from .exports import make_exports
from .exports.make_exports import KANO_COLUMNS, SERVQUAL_COLUMNS, File


@pytest.fixture(scope="session")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    return folder, {case.name: case for case in make_exports.build(folder)}


def _io():
    return importlib.import_module("cxlab.io")


def _names(err: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(err).__mro__}


def _cxlab_warnings(caught) -> list:
    foreign = [w for w in caught if not w.category.__module__.startswith("cxlab")]
    assert not foreign, f"warnings from outside cxlab: {[str(w.message)[:200] for w in foreign]}"
    return [w for w in caught if "DataWarning" in {c.__name__ for c in w.category.__mro__}]


# ------------------------------------------------------------------ the generator itself

def test_generator_writes_every_declared_case_in_its_format(exports):
    """The files exist and open in their formats; the traps are what they claim to be."""
    import openpyxl
    import pyreadstat
    import xlrd

    folder, cases = exports
    assert list(cases) == make_exports.case_names()
    assert len(cases) == len(set(cases))
    for case in cases.values():
        assert (folder / case.file).is_file(), case.name
        assert case.error or case.expect, case.name
        assert not (case.error and case.expect) or case.warns is True, case.name  # "either" cases
    disguised = {cases["fault_csv_as_xlsx"].file, cases["fault_html_as_xls"].file}
    for file in {case.file for case in cases.values()} - disguised:
        opener = {".xlsx": openpyxl.load_workbook, ".xls": xlrd.open_workbook, ".sav": pyreadstat.read_sav}
        if Path(file).suffix in opener:
            opener[Path(file).suffix](folder / file)
    manifest = (folder / "manifest.json").read_text(encoding="utf-8")
    assert all(name in manifest for name in cases)
    western = (folder / cases["qualtrics_cp1252_read_table"].file).read_bytes()
    assert western.decode("gb18030") != western.decode("cp1252")  # GB18030 reads it, wrongly
    four_byte = (folder / cases["fault_gb18030_four_byte"].file).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        four_byte.decode("gbk")
    formulas = openpyxl.load_workbook(folder / "formulas.xlsx", data_only=True).active
    assert formulas["E2"].value is None  # no cached value was stored
    merged = openpyxl.load_workbook(folder / "merged_region.xlsx").active
    assert [str(r) for r in merged.merged_cells.ranges] == ["A2:A7", "A8:A12", "A13:A16"]


def test_expected_numbers_come_from_the_sources(exports):
    """The expectations are the analyses of the bundled data, not of the export files."""
    _, cases = exports
    intro = cxlab.load_dataset("intro_survey")
    nps = metrics.nps(intro["recommend"])
    assert cases["tencent_nps"].expect["nps"]["value"] == nps.value
    assert cases["wjx_text_xlsx_nps"].expect["nps"]["n"] < len(intro)  # (空) answers not counted
    kano_table = cases["wjx_kano_matrix_kano"].expect["kano"]
    assert len(kano_table) == 12 and kano_table["category"].nunique() > 2
    assert cases["qualtrics_excluded"].expect["rows"] == len(intro)
    assert len(cases["qualtrics_excluded"].expect["excluded"]) == 7


# ------------------------------------------------------------------------- every case

def _call(case, folder: Path):
    options = {k: folder / v if isinstance(v, File) else v for k, v in case.options.items()}
    source = getattr(_io(), case.reader)(folder / case.file, **options)
    if case.then is None:
        return source, source
    method = getattr(source, case.then)
    return source, method(case.question) if case.then == "scores" else method()


def _plain(value):
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _check_frame(key, expected, frame: pd.DataFrame, path: Path):
    if key == "rows":
        assert len(frame) == expected
    elif key == "shape":
        assert frame.shape == tuple(expected)
    elif key == "columns":
        got = len(frame.columns) if isinstance(expected, int) else list(frame.columns)
        assert got == expected
    elif key == "index":
        assert [str(_plain(i)) for i in frame.index] == [str(i) for i in expected]
    elif key == "encoding":
        assert frame.attrs.get("encoding") == expected
    elif key == "decodes_like":
        raw = path.read_bytes()
        assert raw.decode(frame.attrs["encoding"]) == raw.decode(expected), frame.attrs["encoding"]
    elif key == "cells":
        for column, values in expected.items():
            assert [_plain(v) for v in frame[column]] == values, column
    elif key == "counts":
        for column, counts in expected.items():
            got = {_plain(k): v for k, v in frame[column].value_counts(dropna=False).items()}
            assert {k: got.get(k, 0) for k in counts} == counts, column
            if sum(counts.values()) == len(frame):
                assert frame[column].notna().all(), column
    elif key == "some_column_counts":
        assert any(frame[c].value_counts().to_dict() == expected for c in frame.columns)
    elif key == "dates":
        for column, values in expected.items():
            assert pd.api.types.is_datetime64_any_dtype(frame[column]), frame[column].dtype
            assert list(frame[column].dt.strftime("%Y-%m-%d %H:%M:%S")) == values
    else:
        raise KeyError(key)


def _check(case, folder: Path, source, result):
    survey = source if case.reader == "read_export" else None
    frame = result if isinstance(result, pd.DataFrame) else getattr(survey, "responses", None)
    for key, expected in case.expect.items():
        if key == "platform":
            assert survey.platform == expected
        elif key == "excluded":
            excluded = survey.excluded
            assert len(excluded) == len(expected)
            if expected:
                assert "reason" in excluded.columns and excluded["reason"].notna().all()
                seen = {str(_plain(v)) for v in [*excluded.index, *excluded.to_numpy().ravel()]}
                assert {str(i) for i in expected} <= seen
        elif key == "codebook":  # every response column is described (index or a "column" column)
            codebook = survey.codebook
            described = {*map(str, codebook.index), *map(str, codebook.get("column", []))}
            assert {str(c) for c in survey.responses.columns} <= described
            assert len(codebook.columns) >= 4  # question number, text, row/option label, type …
        elif key == "repr":  # a short summary naming the platform's respondent count
            text = repr(survey)
            assert len(text.splitlines()) <= 25 and all(part in text for part in expected), text
        elif key == "kano":
            got = kano.analyze(result)[KANO_COLUMNS].reset_index(drop=True)
            pd.testing.assert_frame_equal(got, expected, check_dtype=False)
        elif key == "servqual":
            e, p = result
            assert list(e.columns) == list(p.columns) == list(servqual.instrument()["item"])
            got = servqual.summarize(e, p)[SERVQUAL_COLUMNS]
            pd.testing.assert_frame_equal(got, expected, check_dtype=False)
        elif key == "scores":
            assert isinstance(result, pd.Series)
            assert result.index.equals(survey.responses.index)
            np.testing.assert_array_equal(result.to_numpy(dtype=float, na_value=np.nan), np.array(expected))
        elif key == "nps":
            got = metrics.nps(result)
            assert got.value == pytest.approx(expected["value"], abs=1e-9)
            assert (got.n, got.promoters, got.passives, got.detractors) == (
                expected["n"], expected["promoters"], expected["passives"], expected["detractors"])
        else:
            _check_frame(key, expected, frame, folder / case.file)


@pytest.mark.parametrize("name", make_exports.case_names())
def test_export_case(exports, name):
    folder, cases = exports
    case = cases[name]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            source, result = _call(case, folder)
        except Exception as err:
            if case.error is None or "CxlabError" not in _names(err):
                raise  # a traceback: not a cxlab error, or no error was expected
            assert case.error in _names(err), f"expected {case.error}, got {type(err).__name__}: {err}"
            for language in ("zh", "en"):
                text = err.message(language).lower()
                missing = [m for m in case.mentions
                           if not any(t.lower() in text for t in ((m,) if isinstance(m, str) else m))]
                assert not missing, f"{language} message lacks {missing}: {text}"
            refused = True
        else:
            assert case.error is None or case.expect, f"expected {case.error}, got a result: {case.what}"
            _check(case, folder, source, result)
            refused = False
    data_warnings = _cxlab_warnings(caught)
    if case.warns is True and not (refused and case.expect):  # an "either" case may refuse instead
        assert data_warnings, "a DataWarning was expected"
    elif case.warns is False:
        assert not data_warnings, [str(w.message) for w in data_warnings]


# -------------------------------------------------------- property tests on read_table

CJK = "满意度推荐渠道门店线上商城顾客新老价格质量配送速度安装服务很好一般差地区北京上海备注"  # no 合计/平均
HEADS = ["满意度", "推荐意愿", "渠道", "顾客类型", "备注", "地区", "门店名称", "购买原因", "序号说明",
         "服务评价"]
SPECIAL = ["NA", "None", "N/A", "null", "#N/A", "(跳过)", "(空)", "-"]
SUMMARY = ["合计", "总计", "平均", "Total", "Average"]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16"]
SEPARATORS = [",", "\t", ";"]

LETTERS = CJK + "abcXYZ"  # none that spell a number (1e5), nan, inf or True
words = st.text(st.sampled_from(LETTERS + string.digits + " ,;\"'()/.-\n，、"), min_size=1, max_size=10)
words = words.filter(lambda s: s == s.strip() and any(c in LETTERS for c in s))
texts = st.one_of(words, st.from_regex(r"0[0-9]{1,5}", fullmatch=True), st.sampled_from(SPECIAL))


@st.composite
def tables(draw, min_columns: int = 1) -> pd.DataFrame:
    """A table as users export them: Chinese headers, text (commas, quotes, newlines, leading
    zeros, NA/None as answers) and integer columns, some empty cells (the first column full)."""
    rows = draw(st.integers(1, 12))
    count = draw(st.integers(min_columns, 5))
    heads = draw(st.lists(st.sampled_from(HEADS), min_size=count, max_size=count, unique=True))
    suffixes = draw(st.lists(st.sampled_from(["", "（1-5分）", "Q3", "\"备注\"", "a,b"]), min_size=count,
                             max_size=count))
    data = {}
    for j, (head, suffix) in enumerate(zip(heads, suffixes, strict=True)):
        cell = texts if draw(st.booleans()) else st.integers(-10**6, 10**6)
        if j:
            cell = st.one_of(cell, st.none())
        data[head + suffix] = draw(st.lists(cell, min_size=rows, max_size=rows))
    return pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data.items()})


def _columns(table: pd.DataFrame) -> list[list]:
    return [list(table.iloc[:, j]) for j in range(table.shape[1])]


def _field(value) -> str:
    """A CSV field, quoted when it holds any candidate delimiter, so that the file is not
    ambiguous (a header ``a,b`` in a tab file could otherwise be two comma-separated columns)."""
    text = "" if value is None else str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',\t;"\r\n') else text


def _csv_text(header: list, columns: list, sep: str) -> str:
    return "".join(sep.join(map(_field, row)) + "\r\n" for row in [header, *zip(*columns, strict=True)])


def _write_table(table: pd.DataFrame, path: Path, sep: str = ",", encoding: str = "utf-8") -> None:
    if path.suffix == ".xlsx":
        make_exports._xlsx(path, list(table.columns), _columns(table))
    else:
        make_exports._write(path, _csv_text(list(table.columns), _columns(table), sep), encoding)


def _same_cells(got: pd.DataFrame, table: pd.DataFrame) -> None:
    assert list(got.columns) == list(table.columns)
    assert got.shape == table.shape
    for column in table.columns:
        for row, (want, have) in enumerate(zip(table[column], got[column], strict=True)):
            have = _plain(have)
            if want is None or isinstance(want, str):
                assert have == want, (column, row, want, have)
            else:
                assert not isinstance(have, str | bool) and have == want, (column, row, want, have)


PROPERTY = settings(max_examples=40, deadline=None, report_multiple_bugs=False,
                    suppress_health_check=[HealthCheck.too_slow])


def _chinese(table: pd.DataFrame) -> int:
    text = "".join(map(str, [*table.columns, *table.to_numpy().ravel()]))
    return sum(ch >= "\u2e80" for ch in text)


# Any delimiter and encoding reads back cell for cell. A GB18030 file with only a few Chinese
# characters may also be valid Windows-1252; there the reader may stop and name both candidates
# instead (issue 13: a confident answer, or an error).
@PROPERTY
@given(table=tables(), sep=st.sampled_from(SEPARATORS), encoding=st.sampled_from(ENCODINGS))
def test_valid_csv_reads_back_identical(table, sep, encoding):
    # one column holding another delimiter is a valid file under two delimiters: no reader can tell
    cells = [str(v) for v in [*table.columns, *table.iloc[:, 0]]]
    assume(table.shape[1] > 1 or not any(d in c for d in SEPARATORS if d != sep for c in cells))
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = Path(tmp) / "export.csv"
        _write_table(table, path, sep, encoding)
        try:
            got = _io().read_table(path)
        except Exception as err:
            if encoding != "gb18030" or _chinese(table) >= 20 or "EncodingError" not in _names(err):
                raise
            assert all(part in err.message("en") for part in ("export.csv", "gb18030"))
            return
        _same_cells(got, table)
        raw = path.read_bytes()
        assert raw.decode(got.attrs["encoding"]) == raw.decode(encoding)
    assert not _cxlab_warnings(caught)


@PROPERTY
@given(table=tables())
def test_valid_xlsx_reads_back_identical(table):
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = Path(tmp) / "export.xlsx"
        _write_table(table, path)
        _same_cells(_io().read_table(path), table)
    assert not _cxlab_warnings(caught)


def _truncated(table: pd.DataFrame, sep: str, cut: float) -> str:
    """The CSV text with its last row cut before its last separator (a download broken off)."""
    columns = _columns(table)
    head = _csv_text(list(table.columns), [c[:-1] for c in columns], sep)
    last = sep.join(_field(c[-1]) for c in columns)
    return head + last[: max(1, int(cut * last.rindex(sep)))]


@PROPERTY
@given(table=tables(min_columns=2), fault=st.sampled_from(["truncate", "duplicate", "summary"]),
       kind=st.sampled_from(["csv", "xlsx"]), sep=st.sampled_from(SEPARATORS),
       encoding=st.sampled_from(ENCODINGS), cut=st.floats(0, 1), label=st.sampled_from(SUMMARY))
def test_corrupted_files_never_read_silently(table, fault, kind, sep, encoding, cut, label):
    """A broken-off download, a header used twice or a trailing summary row: a ReadError or a
    DataWarning, never a table returned as if nothing happened."""
    if fault == "truncate":
        kind = "csv"
    if fault == "duplicate":
        table.columns = [table.columns[-1], *table.columns[1:]]
    if fault == "summary":
        totals = [label, *[sum(c) if all(isinstance(v, int) for v in c) else None
                           for c in _columns(table)[1:]]]
        table = pd.concat([table, pd.DataFrame([totals], columns=table.columns, dtype=object)],
                          ignore_index=True)
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        path = Path(tmp) / f"export.{kind}"
        if fault == "truncate":
            make_exports._write(path, _truncated(table, sep, cut), encoding)
        else:
            _write_table(table, path, sep, encoding)
        try:
            _io().read_table(path)
        except Exception as err:
            if "ReadError" not in _names(err):
                raise
            return
    assert _cxlab_warnings(caught), f"{fault} in a {kind} file returned a table silently"
