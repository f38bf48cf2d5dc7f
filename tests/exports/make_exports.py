"""Seeded generator of survey-platform exports, each with its expected outcome (the manifest).

    python -m tests.exports.make_exports FOLDER      (writes the files and FOLDER/manifest.json)

Every file is built here from the layouts in ``shared/reference/survey-exports.md`` (问卷星,
腾讯问卷, Qualtrics, SurveyMonkey, Google Forms, LimeSurvey, 问卷网, SPSS) and from the faults
listed in issue 13, section 1; no third-party file is copied. The answers come from the bundled
datasets (``kano_survey``, ``servqual_bank``, ``intro_survey``), so the expected numbers are
computed independently of :mod:`cxlab.io`: ``kano.analyze`` on the parsed source answers,
``servqual.summarize`` on the source ratings, ``metrics.nps`` on the source scores, row counts,
excluded respondents and the exact cells a reader must keep.

A :class:`Case` says which file is read, how (``read_table`` or ``read_export`` and then
``kano()``, ``servqual()``, ``scores(question)`` or the survey itself) and what must come out:
either ``expect`` (exact numbers) or ``error`` (the name of a cxlab error class) with
``mentions`` (texts the message must contain in both languages: column, spreadsheet row, value;
a tuple inside ``mentions`` is a choice: one of its texts). A case with both ``error`` and
``expect`` accepts either outcome: that error, or the numbers together with a DataWarning (a
fault "refused or handled with a report", as issue 13 allows for a disguised file).
``warns``: True when a :class:`cxlab.DataWarning` must be given, False when no warning may be
given, None when a DataWarning is allowed (e.g. skip codes turned into missing values).
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

import cxlab
from cxlab import kano, metrics, servqual

SEED = 42509
KANO_COLUMNS = ["A", "O", "M", "I", "R", "Q", "n", "category"]
SERVQUAL_COLUMNS = ["expectation", "perception", "gap", "n"]  # indexed by dimension
WJX_KANO = ["很喜欢", "理所当然", "无所谓", "勉强接受", "很不喜欢"]  # 问卷星 Kano模型 template
WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
EXCEL_EPOCH = datetime(1899, 12, 30)


class File(str):
    """An option naming another file of the fixture folder (the test turns it into a path)."""


@dataclass(frozen=True)
class Case:
    """One fixture file, one call and its expected outcome (see the module docstring)."""

    name: str
    file: str
    reader: str = "read_export"
    options: dict = field(default_factory=dict)
    then: str | None = None
    question: object = None
    expect: dict = field(default_factory=dict)
    error: str | None = None
    mentions: tuple[str, ...] = ()
    warns: bool | None = False
    what: str = ""


@dataclass(frozen=True)
class Sources:
    """The bundled datasets the exports are made from, with the Kano answers as codes 1-5."""

    kano: pd.DataFrame
    features: pd.DataFrame
    intro: pd.DataFrame
    bank: pd.DataFrame

    @classmethod
    def load(cls) -> Sources:
        raw = cxlab.load_dataset("kano_survey")
        features = cxlab.load_dataset("kano_features")
        # float codes (NaN = blank): kano.analyze refuses a nullable Int8 column with <NA> today
        codes = pd.DataFrame({f"{f}{s}": kano.parse_answers(raw[f"{f}{s}"]).astype(float)
                              for f in features["feature"] for s in ("_func", "_dys")})
        codes.insert(0, "age_band", raw["age_band"])
        codes.insert(0, "customer_type", raw["customer_type"])
        return cls(codes, features, cxlab.load_dataset("intro_survey"), cxlab.load_dataset("servqual_bank"))

    def kano_pairs(self, features=None, rows=None) -> pd.DataFrame:
        names = list(self.features["feature"] if features is None else features)
        table = self.kano[[f"{f}{s}" for f in names for s in ("_func", "_dys")]]
        return table if rows is None else table.iloc[:rows]


# ------------------------------------------------------------------------------ registry

_BUILDERS: list[tuple[Callable[[Path, Sources], list[Case]], tuple[str, ...]]] = []


def _builder(*names: str):
    """Register a function that writes files and returns the cases ``names`` (in that order)."""
    def register(function):
        _BUILDERS.append((function, names))
        return function
    return register


def case_names() -> list[str]:
    """Every case name, without writing anything (for test parametrisation)."""
    return [name for _, names in _BUILDERS for name in names]


def build(folder) -> list[Case]:
    """Write every fixture file into ``folder`` and return the cases (also in manifest.json)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sources = Sources.load()
    cases: list[Case] = []
    for function, names in _BUILDERS:
        made = function(folder, sources)
        if tuple(c.name for c in made) != names:
            raise RuntimeError(f"{function.__name__} made {[c.name for c in made]}, declared {names}")
        cases += made
    manifest = [{**asdict(c), "expect": {k: _jsonable(v) for k, v in c.expect.items()}} for c in cases]
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, default=str),
                                          encoding="utf-8")
    return cases


def _jsonable(value):
    if isinstance(value, pd.DataFrame):
        return value.to_dict("records")
    return value


# ------------------------------------------------------------------------------- helpers

def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng([SEED, zlib.crc32(name.encode())])


def _cell(value):
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _rows(columns: list) -> list[list]:
    """Rows of cells from a list of column value lists (None = empty cell)."""
    return [[_cell(v) for v in row] for row in zip(*columns, strict=True)]


def _xlsx(path: Path, header: list[str], columns: list, sheet: str = "Sheet1") -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for i, row in enumerate([header, *_rows(columns)], start=1):
        for j, value in enumerate(row, start=1):
            if value is not None:
                cell = ws.cell(i, j, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text as text: not a formula (=…) or an error value (#N/A)
    book.save(path)


def _xls(path: Path, header: list[str], columns: list) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Sheet1")
    for i, row in enumerate([header, *_rows(columns)]):
        for j, value in enumerate(row):
            if value is not None:
                ws.write(i, j, value)
    book.save(str(path))


def _delimited(header: list[str], columns: list, sep: str = ",", quote_all: bool = False,
               trailing: bool = False, newline: str = "\r\n", extra_header: tuple = ()) -> str:
    """CSV text (csv module quoting); ``trailing`` ends every line with a bare separator."""
    lines = []
    for row in [header, *extra_header, *_rows(columns)]:
        buf = io.StringIO()  # a "\r\n" terminator makes the writer quote cells with line breaks
        csv.writer(buf, delimiter=sep, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   lineterminator="\r\n").writerow(["" if v is None else v for v in row])
        lines.append(buf.getvalue().removesuffix("\r\n") + (sep if trailing else ""))
    return newline.join(lines) + newline


def _write(path: Path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


def _labels(codes: pd.Series, labels, missing=None) -> list:
    """Answer texts for codes 1..k (``missing`` where a code is missing)."""
    values = np.asarray(labels, dtype=object)[codes.fillna(1).astype(int).to_numpy() - 1]
    return [missing if m else v for v, m in zip(values, codes.isna(), strict=True)]


def _kano_expect(pairs: pd.DataFrame) -> pd.DataFrame:
    return kano.analyze(pairs)[KANO_COLUMNS].reset_index(drop=True)


def _nps_expect(values) -> dict:
    result = metrics.nps(pd.Series(values, dtype=float))
    return {"value": result.value, "n": result.n, "promoters": result.promoters,
            "passives": result.passives, "detractors": result.detractors}


def _scores(values) -> list[float]:
    return pd.Series(values, dtype=float).tolist()


def _wjx_meta(n: int, rng: np.random.Generator, as_text: bool, year: int = 2026) -> list[list]:
    """The six fixed leading columns of a 问卷星 download (values in the documented formats)."""
    start = datetime(year, 3, 2, 8, 30)
    times = [start + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 30 * 86400, n))]
    places = ["广东-深圳", "上海", "北京", "浙江-杭州", "四川-成都", "湖北-武汉"]
    ips = [f"{a}.{b}.{c}.{d}({places[p]})" for a, b, c, d, p in
           zip(rng.integers(36, 223, n), *rng.integers(0, 255, (3, n)), rng.integers(0, 6, n), strict=True)]
    return [list(range(1, n + 1)),
            [t.strftime("%Y/%m/%d %H:%M:%S") for t in times] if as_text else times,
            [f"{s}秒" for s in rng.integers(35, 900, n)],
            list(rng.choice(["手机提交", "微信", "链接"], n)),
            list(rng.choice(["直接访问", "N/A", "朋友圈"], n)),
            ips]


# ------------------------------------------------------------------ 问卷星: Kano layouts

def _wjx_kano_front(src: Sources, n: int) -> tuple[list[str], list]:
    """Two single-choice questions that precede the Kano questions (customer type, age band)."""
    types = src.kano["customer_type"].map({"new": "新顾客", "returning": "老顾客"})
    return (["1、您是新顾客还是老顾客？", "2、您的年龄段"],
            [list(types[:n]), list(src.kano["age_band"][:n].map({"18-29": "18-29岁", "30-44": "30-44岁",
                                                                   "45+": "45岁及以上"}))])


@_builder("wjx_kano_matrix_kano", "wjx_kano_matrix_responses", "wjx_kano_matrix_read_table")
def wjx_kano_matrix(folder: Path, src: Sources) -> list[Case]:
    """问卷星 按文本 xlsx, 2024-25 headers, one Kano模型 matrix per feature: the first column is
    ``N、题干—如果有该功能``, the second only the row label, so ``如果没有该功能`` repeats 12 times."""
    rng = _rng("wjx_kano_matrix")
    n = len(src.kano)
    header, columns = list(WJX_META), _wjx_meta(n, rng, as_text=False)
    front_header, front = _wjx_kano_front(src, n)
    header += front_header
    columns += front
    for j, feature in enumerate(src.features.itertuples(), start=3):
        header += [f"{j}、{feature.zh}—如果有该功能", "如果没有该功能"]
        columns += [_labels(src.kano[f"{feature.feature}_func"], WJX_KANO, "(空)"),
                    _labels(src.kano[f"{feature.feature}_dys"], WJX_KANO, "(空)")]
    file = "320419112_按文本_家居电商功能需求调查_400_400.xlsx"
    _xlsx(folder / file, header, columns)
    return [
        Case("wjx_kano_matrix_kano", file, then="kano", warns=None,
             expect={"kano": _kano_expect(src.kano_pairs())},
             what="Kano categories of 12 native Kano matrices equal kano.analyze of the source answers"),
        Case("wjx_kano_matrix_responses", file, warns=None,
             expect={"platform": "wjx", "rows": n, "index": list(range(1, n + 1)), "excluded": [],
                     "columns": 2 + 2 * len(src.features), "codebook": True, "repr": [str(n)]},
             what="400 respondents kept, indexed by 序号, metadata split off (26 question columns)"),
        Case("wjx_kano_matrix_read_table", file, reader="read_table", error="DuplicateColumnsError",
             mentions=("如果没有该功能",),
             what="read_table refuses the repeated bare row labels instead of renaming them .1, .2"),
    ]


@_builder("wjx_legacy_xls_kano", "wjx_legacy_xls_read_table")
def wjx_legacy_xls(folder: Path, src: Sources) -> list[Case]:
    """问卷星 ≤2018 .xls (按文本): matrix rows as ``第N题(行标题)``, six Kano features, 150 rows."""
    rng = _rng("wjx_legacy_xls")
    n, features = 150, list(src.features["feature"][:6])
    header, columns = list(WJX_META), _wjx_meta(n, rng, as_text=True, year=2017)
    front_header, front = _wjx_kano_front(src, n)
    header += front_header
    columns += front
    for j, feature in enumerate(features, start=3):
        header += [f"第{j}题(如果有该功能)", f"第{j}题(如果没有该功能)"]
        columns += [_labels(src.kano[f"{feature}_func"][:n], WJX_KANO, "(空)"),
                    _labels(src.kano[f"{feature}_dys"][:n], WJX_KANO, "(空)")]
    file = "11837592_150_0.xls"
    _xls(folder / file, header, columns)
    return [
        Case("wjx_legacy_xls_kano", file, then="kano", warns=None,
             expect={"kano": _kano_expect(src.kano_pairs(features, n))},
             what="legacy .xls with 第N题(行) headers maps to the same Kano categories as the source"),
        Case("wjx_legacy_xls_read_table", file, reader="read_table",
             expect={"shape": (n, len(header)), "encoding": "xls", "columns": header},
             what="legacy .xls reads with its headers as written"),
    ]


@_builder("wjx_kano_two_questions")
def wjx_kano_two_questions(folder: Path, src: Sources) -> list[Case]:
    """问卷星 按文本 xlsx with two single-choice questions per feature (如果…/如果没有…), worded
    as ``cxlab.kano.questionnaire`` writes them and answered in the Berger wording."""
    rng = _rng("wjx_kano_two_questions")
    n = len(src.kano)
    questions = kano.questionnaire(src.features, language="zh")
    labels = kano.answer_labels(wording="berger", language="zh")
    header, columns = list(WJX_META), _wjx_meta(n, rng, as_text=False)
    front_header, front = _wjx_kano_front(src, n)
    header += front_header
    columns += front
    for j, q in enumerate(questions.itertuples(), start=3):
        header.append(f"{j}、{q.question}")
        columns.append(_labels(src.kano[q.question_id], labels, "(空)"))
    file = "320419113_按文本_功能需求两题式_400_400.xlsx"
    _xlsx(folder / file, header, columns)
    return [Case("wjx_kano_two_questions", file, then="kano", warns=None,
                 expect={"kano": _kano_expect(src.kano_pairs())},
                 what="functional/dysfunctional single questions pair up by feature, in question order")]


@_builder("wjx_kano_two_matrices")
def wjx_kano_two_matrices(folder: Path, src: Sources) -> list[Case]:
    """问卷星 按文本 xlsx with two big 矩阵单选 questions, all functional rows then all
    dysfunctional rows, features as row labels (2024-25 headers: the 11 bare labels of the
    second matrix repeat those of the first)."""
    rng = _rng("wjx_kano_two_matrices")
    n = 300
    header, columns = list(WJX_META), _wjx_meta(n, rng, as_text=False)
    for number, stem, suffix in ((1, "如果提供以下功能，您的感受是？", "_func"), (2, "如果没有以下功能，您的感受是？", "_dys")):
        for k, feature in enumerate(src.features.itertuples()):
            header.append(f"{number}、{stem}—{feature.zh}" if k == 0 else feature.zh)
            columns.append(_labels(src.kano[feature.feature + suffix][:n], WJX_KANO, "(空)"))
    file = "320419117_按文本_功能需求两矩阵_300_300.xlsx"
    _xlsx(folder / file, header, columns)
    return [Case("wjx_kano_two_matrices", file, then="kano", warns=None,
                 expect={"kano": _kano_expect(src.kano_pairs(rows=n))},
                 what="a functional and a dysfunctional matrix pair up by row label, in row order")]


@_builder("wjx_servqual")
def wjx_servqual(folder: Path, src: Sources) -> list[Case]:
    """问卷星 按文本 xlsx: an expectation and a perception 矩阵量表 (22 rows each, 1-7); with the
    2024-25 headers the 21 bare row labels of the second matrix repeat those of the first."""
    rng = _rng("wjx_servqual")
    bank = src.bank
    n = len(bank)
    wording = servqual.instrument(language="zh")
    items = list(wording["item"])
    header, columns = list(WJX_META), _wjx_meta(n, rng, as_text=False)
    header.append("1、您主要在哪家支行办理业务？")
    columns.append(list(bank["branch"].map(lambda b: f"{b}支行")))
    for number, prefix, stem in ((2, "E_", "请根据您对一家优秀银行的期望打分（1=非常不同意，7=非常同意）"),
                                 (3, "P_", "请根据您对本银行的实际感受打分（1=非常不同意，7=非常同意）")):
        for k, (item, text) in enumerate(zip(items, wording["wording"], strict=True)):
            header.append(f"{number}、{stem}—{text}" if k == 0 else text)
            columns.append([str(v) for v in bank[prefix + item]])
    file = "320419114_按文本_银行服务质量调查_450_450.xlsx"
    _xlsx(folder / file, header, columns)
    e = bank[[f"E_{i}" for i in items]].set_axis(items, axis=1)
    p = bank[[f"P_{i}" for i in items]].set_axis(items, axis=1)
    expected = servqual.summarize(e, p)[SERVQUAL_COLUMNS]
    return [Case("wjx_servqual", file, then="servqual", warns=None, expect={"servqual": expected},
                 what="E and P matrices map to the 22 items; summarize equals that of the source")]


# ------------------------------------------------------------- 问卷星: NPS / CSAT / CES file

CHANNELS = {"online": "线上商城", "phone": "电话订购", "store": "门店"}
SEGMENTS = {"new": "新顾客", "returning": "老顾客"}
ASPECTS = ["价格", "质量", "配送速度", "其他"]
WJX_QUESTIONS = ["1、您通过哪个渠道购物？", "2、您是新顾客还是老顾客？",
                 "3、总体满意度（1=很不满意, 5=很满意）",  # an ASCII comma in a title
                 "4、您向朋友或同事推荐我们的可能性有多大？", "5、您看重哪些方面？",
                 "6、您最近是否联系过客服？", "7、客服解决您的问题有多容易？（1=非常困难，7=非常容易）"]


@dataclass(frozen=True)
class _WjxIntro:
    """The intro_survey answers as one 问卷星 survey, with its skip pattern and blanks."""

    text: list        # 按文本 columns (metadata + questions)
    seq: list         # 按序号 columns
    seq_header: list
    nps: list         # expected 0-10 scores, NaN where left blank
    ces: list         # expected 1-7 scores, NaN where skipped
    blank: int
    skipped: int
    multi: list


def _wjx_intro(src: Sources) -> _WjxIntro:
    rng = _rng("wjx_intro")
    intro = src.intro
    n = len(intro)
    meta = _wjx_meta(n, rng, as_text=False)
    blank = rng.random(n) < 0.05                      # NPS is optional: left blank → (空) / -2
    contacted = rng.random(n) < 0.6                   # CES only for those who contacted support
    picks = rng.random((n, len(ASPECTS))) < [0.6, 0.7, 0.4, 0.1]
    picks[~picks.any(axis=1), 1] = True
    others = rng.choice(["朋友推荐", "售后, 退换方便", "包装"], n)  # a comma inside 〖〗
    multi = ["┋".join(f"其他〖{o}〗" if a == "其他" else a for a, chosen in zip(ASPECTS, row, strict=True)
                      if chosen) for row, o in zip(picks, others, strict=True)]
    nps = np.where(blank, np.nan, intro["recommend"].to_numpy(float))
    ces = np.where(contacted, intro["ces"].to_numpy(float), np.nan)
    text = [*meta, list(intro["channel"].map(CHANNELS)), list(intro["segment"].map(SEGMENTS)),
            [str(v) for v in intro["csat"]],
            ["(空)" if b else str(v) for v, b in zip(intro["recommend"], blank, strict=True)],
            multi, ["是" if c else "否" for c in contacted],
            [str(v) if c else "(跳过)" for v, c in zip(intro["ces"], contacted, strict=True)]]
    codes = {k: i for i, k in enumerate(CHANNELS, 1)}
    seq = [*meta, list(intro["channel"].map(codes)), list(intro["segment"].map({"new": 1, "returning": 2})),
           list(intro["csat"]), list(np.where(blank, -2, intro["recommend"] + 1)),  # NPS: position 1-11
           *[list(picks[:, k].astype(int)) for k in range(len(ASPECTS))],
           list(np.where(contacted, 1, 2)), list(np.where(contacted, intro["ces"], -3))]
    seq_header = [*WJX_META, *WJX_QUESTIONS[:4], f"{WJX_QUESTIONS[4]}({ASPECTS[0]})",
                  *[f"5({a})" for a in ASPECTS[1:]], *WJX_QUESTIONS[5:]]
    return _WjxIntro(text, seq, seq_header, list(nps), list(ces), int(blank.sum()),
                     int((~contacted).sum()), multi)


@_builder("wjx_text_xlsx_nps", "wjx_text_xlsx_ces_skipped", "wjx_text_xlsx_responses",
          "wjx_text_xlsx_keeps_markers", "wjx_scores_ambiguous_text", "wjx_scores_text_question",
          "wjx_seq_pair_nps", "wjx_seq_pair_ces", "wjx_seq_keeps_codes",
          "wjx_csv_utf8_bom_nps", "wjx_csv_utf8_bom_read_table", "wjx_csv_gbk_nps", "wjx_csv_gbk_read_table",
          "wjx_txt_tab_nps", "wjx_txt_tab_read_table")
def wjx_intro_files(folder: Path, src: Sources) -> list[Case]:
    """The same 问卷星 survey downloaded 按文本 (xlsx, csv UTF-8 BOM, csv GBK, tab .txt) and 按序号
    (xlsx, to be paired with its 按文本 file on 序号)."""
    w = _wjx_intro(src)
    n = len(src.intro)
    header = [*WJX_META, *WJX_QUESTIONS]
    text_file, seq_file = "320419115_按文本_购物体验调查_240_240.xlsx", "320419115_按序号_购物体验调查_240_240.xlsx"
    _xlsx(folder / text_file, header, w.text)
    _xlsx(folder / seq_file, w.seq_header, w.seq)
    as_text = [w.text[0], [t.strftime("%Y/%m/%d %H:%M:%S") for t in w.text[1]], *w.text[2:]]
    _write(folder / "320419115_按文本_购物体验调查_utf8.csv", _delimited(header, as_text), "utf-8-sig")
    _write(folder / "320419115_按文本_购物体验调查_gbk.csv", _delimited(header, as_text), "gbk")
    _write(folder / "320419115_按文本_购物体验调查.txt", _delimited(header, as_text, sep="\t"), "utf-8")
    nps, ces = {"nps": _nps_expect(w.nps), "scores": w.nps}, {"scores": w.ces}
    question_col = WJX_QUESTIONS[6]
    pair = {"texts": File(text_file)}
    return [
        Case("wjx_text_xlsx_nps", text_file, then="scores", question="推荐", expect=nps, warns=None,
             what="NPS 0-10 from option texts, (空) missing, found by a unique part of the question text"),
        Case("wjx_text_xlsx_ces_skipped", text_file, then="scores", question=7, expect=ces, warns=None,
             what="CES 1-7 by question number; (跳过) cells are missing, respondents kept"),
        Case("wjx_text_xlsx_responses", text_file, warns=None,
             expect={"platform": "wjx", "rows": n, "index": list(range(1, n + 1)), "excluded": []},
             what="no respondent dropped for skipped or blank answers; ┋/〖〗 cells read"),
        Case("wjx_text_xlsx_keeps_markers", text_file, reader="read_table",
             expect={"shape": (n, len(header)), "encoding": "xlsx",
                     "counts": {question_col: {"(跳过)": w.skipped}, WJX_QUESTIONS[3]: {"(空)": w.blank}},
                     "cells": {WJX_QUESTIONS[4]: w.multi}},
             what="read_table keeps (跳过) and (空) as the values they are, and multi-select cells intact"),
        Case("wjx_scores_ambiguous_text", text_file, then="scores", question="您", error="CxlabError",
             warns=None, what="a question text part that matches several questions is refused"),
        Case("wjx_scores_text_question", text_file, then="scores", question="渠道", error="CxlabError",
             mentions=("线上商城",), warns=None, what="scores of a text question is refused, quoting its values"),
        Case("wjx_seq_pair_nps", seq_file, options=pair, then="scores", question="推荐", expect=nps, warns=None,
             what="按序号 NPS positions 1-11 paired on 序号 with the 按文本 file give scores 0-10"),
        Case("wjx_seq_pair_ces", seq_file, options=pair, then="scores", question=7, expect=ces, warns=None,
             what="按序号 skip code -3 becomes missing"),
        Case("wjx_seq_keeps_codes", seq_file, reader="read_table",
             expect={"shape": (n, len(w.seq_header)),
                     "counts": {question_col: {-3: w.skipped}, WJX_QUESTIONS[3]: {-2: w.blank}}},
             what="read_table keeps the skip codes -2 / -3 as numbers"),
        Case("wjx_csv_utf8_bom_nps", "320419115_按文本_购物体验调查_utf8.csv", then="scores", question=4, expect=nps,
             warns=None, what="按文本 CSV in UTF-8 with BOM"),
        Case("wjx_csv_utf8_bom_read_table", "320419115_按文本_购物体验调查_utf8.csv", reader="read_table",
             expect={"shape": (n, len(header)), "columns": header, "encoding": "utf-8-sig"},
             what="BOM removed from the first column name"),
        Case("wjx_csv_gbk_nps", "320419115_按文本_购物体验调查_gbk.csv", then="scores", question="推荐", expect=nps,
             warns=None, what="按文本 CSV in GBK"),
        Case("wjx_csv_gbk_read_table", "320419115_按文本_购物体验调查_gbk.csv", reader="read_table",
             expect={"shape": (n, len(header)), "columns": header, "decodes_like": "gbk",
                     "cells": {WJX_QUESTIONS[4]: w.multi}},
             what="GBK decoded as GBK/GB18030, not as a Western code page"),
        Case("wjx_txt_tab_nps", "320419115_按文本_购物体验调查.txt", then="scores", question="推荐", expect=nps,
             warns=None, what="tab-separated .txt export"),
        Case("wjx_txt_tab_read_table", "320419115_按文本_购物体验调查.txt", reader="read_table",
             expect={"shape": (n, len(header)), "columns": header, "decodes_like": "utf-8"},
             what="tab .txt with a comma in a question title is not read as comma-separated"),
    ]


@_builder("wjx_seq_csv_pair_nps", "wjx_score_xlsx_nps", "wjx_score_xlsx_ces", "wjx_score_xlsx_responses")
def wjx_other_modes(folder: Path, src: Sources) -> list[Case]:
    """The same survey as a CSV-era 按序号 CSV (GBK; multi-select continuations ``5、(质量)``),
    paired with its 按文本 CSV, and as a 按分数 xlsx with a ``总分`` column after ``来自IP``
    (scored questions as their scores, other answers as text, blank and skipped cells empty)."""
    w = _wjx_intro(src)
    intro = src.intro
    n = len(intro)
    seq_header = [*w.seq_header[:11], *[f"5、({a})" for a in ASPECTS[1:]], *w.seq_header[14:]]
    seq_file = "320419115_按序号_购物体验调查_gbk.csv"
    as_text = [w.seq[0], [t.strftime("%Y/%m/%d %H:%M:%S") for t in w.seq[1]], *w.seq[2:]]
    _write(folder / seq_file, _delimited(seq_header, as_text), "gbk")
    nps, ces = np.array(w.nps), np.array(w.ces)
    total = intro["csat"].to_numpy() + np.nan_to_num(nps) + np.nan_to_num(ces)
    header = [*WJX_META, "总分", *WJX_QUESTIONS]
    columns = [*w.text[:6], list(total.astype(int)), *w.text[6:8], list(intro["csat"]), list(nps), w.text[10],
               w.text[11], list(ces)]
    score_file = "320419115_按分数_购物体验调查_240_240.xlsx"
    _xlsx(folder / score_file, header, columns)
    return [
        Case("wjx_seq_csv_pair_nps", seq_file, options={"texts": File("320419115_按文本_购物体验调查_gbk.csv")},
             then="scores", question="推荐", warns=None, expect={"nps": _nps_expect(w.nps), "scores": w.nps},
             what="CSV-era 按序号 (5、(质量) continuations, GBK) paired with its 按文本 CSV on 序号"),
        Case("wjx_score_xlsx_nps", score_file, then="scores", question="推荐", warns=None,
             expect={"nps": _nps_expect(w.nps), "scores": w.nps}, what="按分数 download: NPS scores as numbers"),
        Case("wjx_score_xlsx_ces", score_file, then="scores", question=7, warns=None, expect={"scores": w.ces},
             what="按分数: question 7 by number (总分 is not a question and does not shift the numbers)"),
        Case("wjx_score_xlsx_responses", score_file, warns=None,
             expect={"platform": "wjx", "rows": n, "columns": len(WJX_QUESTIONS), "excluded": [], "codebook": True},
             what="总分 is metadata: the seven questions remain"),
    ]


# ------------------------------------------------------------------------------- 腾讯问卷

@_builder("tencent_nps", "tencent_responses", "tencent_read_table_dates", "tencent_rejected")
def tencent(folder: Path, src: Sources) -> list[Case]:
    """腾讯问卷 CSV: every field quoted, a trailing comma on every line, dd-Mon-yyyy dates,
    ``N.题干:选项`` multi-select columns, a ``_填空`` part and the review/cleaning columns; and
    a second download with three more responses, two rejected in review (审核不通过) and one
    flagged invalid by the platform's cleaning (清洗数据结果 无效)."""
    rng = _rng("tencent")
    intro = src.intro
    n, extra = len(intro), 3
    total = n + extra
    start = [datetime(2026, 1, 5, 9) + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 40 * 86400, total))]
    took = rng.integers(30, 600, total)
    end = [s + timedelta(seconds=int(t)) for s, t in zip(start, took, strict=True)]
    picks = rng.random((total, 4)) < [0.6, 0.7, 0.4, 0.1]
    other = rng.choice(["朋友推荐", "退换方便"], total)
    multi = "6.您看重哪些方面？"
    header = ["编号", "开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省", "地理位置市",
              "自定义字段", "1.您通过哪个渠道购物？", "2.您是新顾客还是老顾客？", "3.您对本次购物的总体满意度",
              "4.您向朋友推荐我们的可能性有多大？", "5.您为解决问题付出了多少努力？",
              *[f"{multi}:{a}" for a in ASPECTS], f"{multi}:其他_填空", "语言", "清洗数据结果",
              "智能清洗数据无效概率", "用户类型", "IP", "审核状态"]
    fmt = "%d-%b-%Y %H:%M:%S"
    columns = [list(range(1, total + 1)), [t.strftime(fmt) for t in start], [t.strftime(fmt) for t in end],
               list(took), ["中国"] * total, list(rng.choice(["广东", "上海", "北京"], total)), [""] * total,
               [""] * total, [*intro["channel"].map(CHANNELS), "门店", "门店", "电话订购"],
               [*intro["segment"].map(SEGMENTS), "新顾客", "新顾客", "老顾客"], [*intro["csat"], 1, 1, 5],
               [*intro["recommend"], 0, 0, 10], [*intro["ces"], 1, 1, 7],
               *[[a if chosen else "" for chosen in picks[:, k]] for k, a in enumerate(ASPECTS)],
               [o if chosen else "" for o, chosen in zip(other, picks[:, 3], strict=True)],
               ["简体中文"] * total, [*["有效"] * (total - 1), "无效"],
               [*np.round(rng.random(n) * 0.2, 2), 0.35, 0.41, 0.93], ["微信用户"] * total,
               [f"10.{a}.{b}.{c}" for a, b, c in rng.integers(0, 255, (total, 3))],
               [*["审核通过"] * n, "审核不通过", "审核不通过", "审核通过"]]
    file, rejected_file = "腾讯问卷_购物体验调查_240.csv", "腾讯问卷_购物体验调查_含审核_243.csv"
    _write(folder / file, _delimited(header, [c[:n] for c in columns], quote_all=True, trailing=True), "utf-8-sig")
    _write(folder / rejected_file, _delimited(header, columns, quote_all=True, trailing=True), "utf-8-sig")
    nps = {"nps": _nps_expect(intro["recommend"]), "scores": _scores(intro["recommend"])}
    return [
        Case("tencent_nps", file, then="scores", question="推荐", expect=nps, warns=None,
             what="腾讯问卷 NPS by text part"),
        Case("tencent_responses", file, warns=None,
             expect={"platform": "tencent", "rows": n, "index": list(range(1, n + 1)), "excluded": [],
                     "codebook": True},
             what="indexed by 编号; the empty column made by the trailing comma is not a question"),
        Case("tencent_read_table_dates", file, reader="read_table", options={"dates": ["开始答题时间"]},
             expect={"rows": n, "dates": {"开始答题时间": [t.strftime("%Y-%m-%d %H:%M:%S") for t in start[:n]]}},
             what="dd-Mon-yyyy HH:MM:SS dates parsed when the column is declared a date"),
        Case("tencent_rejected", rejected_file, warns=True,
             expect={"platform": "tencent", "rows": n, "index": list(range(1, n + 1)), "excluded": [241, 242, 243]},
             what="responses rejected in review or flagged invalid by cleaning are excluded and reported"),
    ]


# -------------------------------------------------------------------------------- Qualtrics

QUALTRICS_META = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                  "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                  "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel",
                  "UserLanguage"]
QUALTRICS_IMPORT = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
                    "recordedDate", "_recordId", "recipientLastName", "recipientFirstName", "recipientEmail",
                    "externalDataReference", "locationLatitude", "locationLongitude", "distributionChannel",
                    "userLanguage"]


@dataclass(frozen=True)
class _Qualtrics:
    """A Qualtrics export: the three header rows, the cells, and who is kept or excluded."""

    header: list
    texts: list
    imports: list
    columns: list
    kept: list       # ResponseIds of kept responses, in file order
    excluded: list   # ResponseIds of previews and unfinished responses
    scores: dict     # ResponseId → NPS score of the kept responses

    def text(self, sep: str = ",", newline: str = "\n") -> str:
        return _delimited(self.header, self.columns, sep=sep, newline=newline,
                          extra_header=(self.texts, self.imports))


def _qualtrics(src: Sources, name: str, previews: int, unfinished: int, texts: list[str],
               meta_texts: list[str], language: str, comments: list[str]) -> _Qualtrics:
    """intro_survey as kept responses, plus previews (Status 1) and unfinished responses
    (Finished 0, Progress < 100), in shuffled order; values exported as numbers."""
    rng = _rng(name)
    intro = src.intro
    n = len(intro)
    extra = previews + unfinished
    total = n + extra
    letters = list("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789")
    ids = ["R_" + "".join(rng.choice(letters, 15)) for _ in range(total)]
    status = np.r_[np.zeros(n, int), np.ones(previews, int), np.zeros(unfinished, int)]
    progress = np.r_[np.full(n + previews, 100), rng.integers(10, 90, unfinished)]
    score = np.r_[intro["recommend"], rng.integers(0, 11, extra)]
    ces = [*intro["ces"], *rng.integers(1, 8, previews),
           *["" if r < 0.7 else int(v) for r, v in zip(rng.random(unfinished), rng.integers(1, 8, unfinished),
                                                       strict=True)]]  # unfinished: later answers empty
    start = [datetime(2026, 2, 1, 8) + timedelta(seconds=int(s)) for s in rng.integers(0, 20 * 86400, total)]
    took = rng.integers(60, 900, total)
    end = [(t + timedelta(seconds=int(d))).strftime("%Y-%m-%d %H:%M:%S") for t, d in zip(start, took, strict=True)]
    columns = [[t.strftime("%Y-%m-%d %H:%M:%S") for t in start], end, list(status),
               [f"192.0.2.{k % 250}" for k in range(total)], list(progress), list(took),
               list((progress == 100).astype(int)), end, ids, *[[""] * total] * 4,
               list(np.round(rng.uniform(30, 50, total), 4)), list(np.round(rng.uniform(0, 20, total), 4)),
               ["preview" if s == 1 else "anonymous" for s in status], [language] * total,
               [*intro["channel"].map({k: i for i, k in enumerate(CHANNELS, 1)}), *rng.integers(1, 4, extra)],
               [*intro["csat"], *rng.integers(1, 6, extra)], list(score),
               list(np.select([score >= 9, score >= 7], [3, 2], 1)), ces,
               [comments[k % len(comments)] for k in range(total)]]
    perm = rng.permutation(total)
    columns = [[col[k] for k in perm] for col in columns]
    ids_in_file = [ids[k] for k in perm]
    imports = [json.dumps({"ImportId": i}, separators=(",", ":"))
               for i in [*QUALTRICS_IMPORT, "QID1", "QID2", "QID3", "QID3_NPS_GROUP", "QID4", "QID5_TEXT"]]
    kept = set(ids[:n])
    return _Qualtrics([*QUALTRICS_META, "Q1", "Q2", "Q3", "Q3_NPS_GROUP", "Q4", "Q5_TEXT"], [*meta_texts, *texts],
                      imports, columns, [i for i in ids_in_file if i in kept],
                      [i for i in ids_in_file if i not in kept], dict(zip(ids[:n], intro["recommend"], strict=True)))


QUALTRICS_EN = ["Which channel did you buy through?", "Overall, how satisfied are you with your purchase?",
                "How likely are you to recommend us to a friend or colleague?",
                "How likely are you to recommend us to a friend or colleague? - Group",
                "How easy was it to get your issue resolved?", "Anything else you would like to tell us? - Text"]
QUALTRICS_META_EN = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
                     "Finished", "Recorded Date", "Response ID", "Recipient Last Name", "Recipient First Name",
                     "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
                     "Distribution Channel", "User Language"]
QUALTRICS_DE = ["Über welchen Kanal haben Sie gekauft?", "Wie zufrieden sind Sie insgesamt mit Ihrem Kauf?",
                "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen würden?",
                "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen würden? - Gruppe",
                "Wie einfach war es, Ihr Anliegen zu lösen?", "Möchten Sie uns noch etwas mitteilen? - Text"]
QUALTRICS_META_DE = ["Anfangsdatum", "Enddatum", "Antworttyp", "IP-Adresse", "Fortschritt", "Dauer (in Sekunden)",
                     "Beendet", "Aufgezeichnetes Datum", "Antwort-ID", "Nachname des Empfängers",
                     "Vorname des Empfängers", "E-Mail-Adresse des Empfängers", "Externe Referenz",
                     "Breitengrad des Standorts", "Längengrad des Standorts", "Verteilungskanal", "Sprache"]
# Chosen so that GB18030 also decodes the Windows-1252 bytes (into mojibake): the trap to detect.
COMMENTS_DE = ["Sehr gut, schnelle Lieferung.", "Très bien, livraison rapide, prix élevés",
               "Küche über München geliefert, prima!", "Déçu: le délai était trop long."]


def _nps_of(export: _Qualtrics) -> dict:
    kept = [export.scores[i] for i in export.kept]
    return {"nps": _nps_expect(kept), "scores": _scores(kept)}


@_builder("qualtrics_nps", "qualtrics_nps_by_text", "qualtrics_excluded",
          "qualtrics_cp1252_read_table", "qualtrics_cp1252_nps", "qualtrics_nps_recoded",
          "qualtrics_choice_text_nps", "qualtrics_xlsx_excluded")
def qualtrics(folder: Path, src: Sources) -> list[Case]:
    """Qualtrics CSV with three header rows (ids, question texts, ImportId JSON), numeric values,
    NPS with ``_NPS_GROUP``, 3 previews (Status 1) and 4 unfinished responses (Finished 0); and a
    European copy re-saved by Excel: German row 2, ``;`` separated, Windows-1252; the same
    responses exported as choice text (``0 - Not at all likely``, ``Promoter``) and as xlsx
    (the three header rows kept, not two)."""
    export = _qualtrics(src, "qualtrics", 3, 4, QUALTRICS_EN, QUALTRICS_META_EN, "EN",
                        ["Thanks, all good.", "", "Delivery was late, but the fitter was great."])
    file = "Shopping+experience_November+27,+2026_10.15.csv"
    _write(folder / file, export.text(), "utf-8")
    de = _qualtrics(src, "qualtrics_de", 0, 0, QUALTRICS_DE, QUALTRICS_META_DE, "DE", COMMENTS_DE)
    de_file = "Einkaufserlebnis_Umfrage_Excel.csv"
    _write(folder / de_file, de.text(sep=";", newline="\r\n"), "cp1252")
    recoded = _qualtrics(src, "qualtrics_recoded", 0, 0, QUALTRICS_EN, QUALTRICS_META_EN, "EN", [""])
    score = recoded.header.index("Q3")
    recoded.columns[score] = [v + 1 for v in recoded.columns[score]]  # choices recoded 1-11 in Qualtrics
    recoded_file = "Shopping_recoded_values.csv"
    _write(folder / recoded_file, recoded.text(), "utf-8")
    choice = dict(zip(("Status", "Finished", "Q1", "Q2", "Q3", "Q3_NPS_GROUP"), (
        {0: "IP Address", 1: "Survey Preview"}, {0: "False", 1: "True"},
        dict(enumerate(["Online shop", "Phone", "Store"], 1)),
        dict(enumerate(["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied",
                        "Somewhat satisfied", "Extremely satisfied"], 1)),
        {0: "0 - Not at all likely", **{k: str(k) for k in range(1, 10)}, 10: "10 - Extremely likely"},
        {1: "Detractor", 2: "Passive", 3: "Promoter"}), strict=True))
    texts = [[choice[h].get(v, v) for v in column] if h in choice else column
             for h, column in zip(export.header, export.columns, strict=True)]
    choice_file = "Shopping+experience_choice+text.csv"
    _write(folder / choice_file, _delimited(export.header, texts, newline="\n",
                                            extra_header=(export.texts, export.imports)), "utf-8")
    xlsx_file = "Shopping+experience_November+27,+2026_10.15.xlsx"
    _xlsx(folder / xlsx_file, export.header,
          [[t, i, *c] for t, i, c in zip(export.texts, export.imports, export.columns, strict=True)])
    return [
        Case("qualtrics_nps", file, then="scores", question="Q3", expect=_nps_of(export), warns=None,
             what="NPS of the 240 kept responses (previews and unfinished excluded), by the file's Q3"),
        Case("qualtrics_nps_by_text", file, then="scores", question="recommend", expect=_nps_of(export), warns=None,
             what="the same question found by a part of its text; _NPS_GROUP is not a second match"),
        Case("qualtrics_excluded", file, warns=True,
             expect={"platform": "qualtrics", "rows": len(export.kept), "index": export.kept,
                     "excluded": export.excluded, "codebook": True, "repr": [str(len(export.kept))]},
             what="3 previews (Status 1) and 4 unfinished (Finished 0) excluded with reasons, reported"),
        Case("qualtrics_cp1252_read_table", de_file, reader="read_table",
             expect={"rows": len(de.kept) + 2, "decodes_like": "cp1252",
                     "cells": {"Q5_TEXT": [de.texts[-1], de.imports[-1], *de.columns[-1]]}},
             what="Windows-1252 with é/ü/– decoded as such, not as GB18030 mojibake; ; separated"),
        Case("qualtrics_cp1252_nps", de_file, then="scores", question="Q3", expect=_nps_of(de), warns=None,
             what="the European re-save still reads as Qualtrics (German row 2, ImportId row)"),
        Case("qualtrics_nps_recoded", recoded_file, then="scores", question="Q3", error="CxlabError",
             mentions=("Q3",), warns=None,
             what="NPS exported with recoded values 1-11 (Q3_NPS_GROUP disagrees): refused, not shifted"),
        Case("qualtrics_choice_text_nps", choice_file, then="scores", question="Q3", expect=_nps_of(export),
             warns=None, what="choice-text export: '10 - Extremely likely' is 10, groups, Status and Finished "
                              "as words"),
        Case("qualtrics_xlsx_excluded", xlsx_file, warns=True,
             expect={"platform": "qualtrics", "rows": len(export.kept), "index": export.kept,
                     "excluded": export.excluded},
             what="xlsx export: the ImportId row is a header row, not a respondent"),
    ]


@_builder("qualtrics_legacy_nps", "qualtrics_legacy_excluded")
def qualtrics_legacy(folder: Path, src: Sources) -> list[Case]:
    """Qualtrics legacy export: two header rows (``V1``…``V10`` then names/texts), UTF-8 BOM,
    trailing comma; two unfinished responses."""
    rng = _rng("qualtrics_legacy")
    intro = src.intro
    n, unfinished = len(intro), 2
    total = n + unfinished
    ids = [f"R_{k:015d}" for k in rng.choice(10**12, total, replace=False)]
    finished = np.r_[np.ones(n, int), np.zeros(unfinished, int)]
    score = np.r_[intro["recommend"], rng.integers(0, 11, unfinished)]
    start = [datetime(2015, 6, 1, 9) + timedelta(minutes=int(m)) for m in np.sort(rng.integers(0, 40000, total))]
    header = [f"V{k}" for k in range(1, 11)] + ["Q1", "Q2", "Q3"]
    second = ["ResponseID", "ResponseSet", "Name", "ExternalDataReference", "EmailAddress", "IPAddress", "Status",
              "StartDate", "EndDate", "Finished", QUALTRICS_EN[0], QUALTRICS_EN[1], QUALTRICS_EN[2]]
    stamp = [t.strftime("%Y-%m-%d %H:%M:%S") for t in start]
    columns = [ids, ["Default Response Set"] * total, ["Anonymous"] * total, [""] * total, [""] * total,
               [f"198.51.100.{k % 250}" for k in range(total)], [0] * total, stamp, stamp, list(finished),
               list(np.r_[intro["channel"].map({k: i for i, k in enumerate(CHANNELS, 1)}), [1, 2]]),
               list(np.r_[intro["csat"], [3, 4]]), list(score)]
    file = "Legacy_Shopping_Survey.csv"
    _write(folder / file, _delimited(header, columns, trailing=True, extra_header=(second,)), "utf-8-sig")
    expect = {"nps": _nps_expect(intro["recommend"]), "scores": _scores(intro["recommend"])}
    return [
        Case("qualtrics_legacy_nps", file, then="scores", question="Q3", expect=expect, warns=None,
             what="legacy V1… layout with BOM: NPS of the finished responses"),
        Case("qualtrics_legacy_excluded", file, warns=True,
             expect={"platform": "qualtrics", "rows": n, "index": ids[:n], "excluded": ids[n:]},
             what="unfinished legacy responses excluded and reported"),
    ]


# ----------------------------------------------------------------------------- SurveyMonkey

@_builder("surveymonkey_kano", "surveymonkey_nps", "surveymonkey_responses")
def surveymonkey(folder: Path, src: Sources) -> list[Case]:
    """SurveyMonkey CSV: two header rows (question text, then Response / Open-Ended Response /
    matrix row labels), English Kano question pairs (Berger wording) and an NPS question."""
    rng = _rng("surveymonkey")
    n, features = 200, src.features.iloc[:5]
    questions = kano.questionnaire(features, language="en")
    labels = kano.answer_labels(wording="berger", language="en")
    ids = list(range(114_300_000_001, 114_300_000_001 + n))
    nps = rng.choice(11, n, p=[.03, .02, .03, .04, .05, .08, .1, .15, .17, .13, .2])
    start = [datetime(2026, 4, 1, 9) + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 20 * 86400, n))]
    fmt = "%m/%d/%Y %I:%M:%S %p"
    header = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
              "First Name", "Last Name", "Custom Data 1"]
    second = [""] * len(header)
    columns = [ids, [431_000_123] * n, [t.strftime(fmt) for t in start],
               [(t + timedelta(minutes=4)).strftime(fmt) for t in start], [f"203.0.113.{k % 250}" for k in range(n)],
               [""] * n, [""] * n, [""] * n, [""] * n]
    for q in questions.itertuples():
        header.append(q.question)
        second.append("Response")
        columns.append(_labels(src.kano[q.question_id][:n], labels))
    header += ["How likely is it that you would recommend us to a friend or colleague?",
               "Please rate each part of your order.", "", "Anything else?"]
    second += ["Response", "Delivery", "Installation", "Open-Ended Response"]
    columns += [list(nps), list(rng.choice(["Good", "Fair", "Poor"], n)), list(rng.choice(["Good", "Fair"], n)),
                list(rng.choice(["", "Great service", "Slow, but fine"], n))]
    file = "Home_furnishing_features_SurveyMonkey.csv"
    _write(folder / file, _delimited(header, columns, extra_header=(second,)), "utf-8")
    pairs = src.kano_pairs(features["feature"], n)
    return [
        Case("surveymonkey_kano", file, then="kano", warns=None, expect={"kano": _kano_expect(pairs)},
             what="English 'If …' / 'If … not' question pairs (Berger wording) classified as the source"),
        Case("surveymonkey_nps", file, then="scores", question="recommend", warns=None,
             expect={"nps": _nps_expect(nps), "scores": _scores(nps)}, what="SurveyMonkey NPS"),
        Case("surveymonkey_responses", file, warns=None,
             expect={"platform": "surveymonkey", "rows": n, "index": ids, "excluded": []},
             what="second header row is not a respondent; indexed by Respondent ID"),
    ]


# ------------------------------------------------------------------------------ Google Forms

@_builder("google_kano_two_grids", "google_nps")
def google_forms(folder: Path, src: Sources) -> list[Case]:
    """Google Forms CSV (Chinese locale: ``时间戳记``): Kano as two big grids, functional then
    dysfunctional, ``Question [Row]`` columns; NPS as a linear scale (plain numbers)."""
    rng = _rng("google_forms")
    n = 300
    labels = kano.answer_labels(wording="berger", language="zh")
    stamps = [datetime(2026, 5, 6, 8) + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 9 * 86400, n))]
    header = ["时间戳记"]
    columns = [[f"{t.year}/{t.month}/{t.day} {t.hour}:{t:%M:%S}" for t in stamps]]  # yyyy/M/d H:mm:ss
    for stem, suffix in (("如果提供以下功能，您的感受是？", "_func"), ("如果没有以下功能，您的感受是？", "_dys")):
        for feature in src.features.itertuples():
            header.append(f"{stem} [{feature.zh}]")
            columns.append(_labels(src.kano[feature.feature + suffix][:n], labels))
    nps = rng.choice(11, n, p=[.02, .02, .03, .04, .05, .09, .1, .16, .17, .12, .2])
    header.append("您向朋友推荐我们的可能性有多大？")
    columns.append(list(nps))
    file = "家居功能调查（回复）- 表单回复 1.csv"
    _write(folder / file, _delimited(header, columns, newline="\n"), "utf-8")
    return [
        Case("google_kano_two_grids", file, then="kano", warns=None,
             expect={"kano": _kano_expect(src.kano_pairs(rows=n))},
             what="two grids (all functional rows, then all dysfunctional) pair up by row label"),
        Case("google_nps", file, then="scores", question="推荐", warns=None,
             expect={"nps": _nps_expect(nps), "scores": _scores(nps)}, what="Google Forms linear scale NPS"),
    ]


# -------------------------------------------------------------------------------- LimeSurvey

@_builder("limesurvey_nps", "limesurvey_excluded")
def limesurvey(folder: Path, src: Sources) -> list[Case]:
    """LimeSurvey CSV (answer codes, question codes): ``;`` separated, ``Q4[SQ001]`` array columns,
    three incomplete responses (empty ``submitdate``)."""
    rng = _rng("limesurvey")
    intro = src.intro
    n, incomplete = len(intro), 3
    total = n + incomplete
    ids = list(range(1, total + 1))
    stamp = [datetime(2026, 6, 1, 10) + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 15 * 86400, total))]
    submit = [t.strftime("%Y-%m-%d %H:%M:%S") for t in stamp]
    for k in rng.choice(total, incomplete, replace=False):
        submit[k] = ""
    done = np.array([s != "" for s in submit])
    score = np.empty(total)
    score[done] = intro["recommend"]
    score[~done] = rng.integers(0, 11, incomplete)
    csat = rng.integers(1, 6, (total, 3))
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl",
              "Q1", "Q2", "Q3", "Q4[SQ001]", "Q4[SQ002]", "Q4[SQ003]", "interviewtime"]
    columns = [ids, submit, [3 if d else 1 for d in done], ["zh-Hans"] * total,
               list(rng.integers(10**8, 10**9, total)), [t.strftime("%Y-%m-%d %H:%M:%S") for t in stamp],
               [t.strftime("%Y-%m-%d %H:%M:%S") for t in stamp], [""] * total, [""] * total,
               ["A" + str(list(CHANNELS).index(c) + 1) for c in np.r_[intro["channel"], ["online"] * incomplete]],
               [["A1", "A2"][k % 2] for k in range(total)],
               [int(v) if d else "" for v, d in zip(score, done, strict=True)],
               *[list(csat[:, j]) for j in range(3)], list(rng.integers(40, 500, total))]
    file = "results-survey284615.csv"
    _write(folder / file, _delimited(header, columns, sep=";", newline="\n"), "utf-8")
    kept = [i for i, d in zip(ids, done, strict=True) if d]
    return [
        Case("limesurvey_nps", file, then="scores", question="Q3", warns=None,
             expect={"nps": _nps_expect(intro["recommend"]), "scores": _scores(intro["recommend"])},
             what="LimeSurvey ; CSV: NPS of the complete responses"),
        Case("limesurvey_excluded", file, warns=True,
             expect={"platform": "limesurvey", "rows": n, "index": kept,
                     "excluded": [i for i, d in zip(ids, done, strict=True) if not d]},
             what="responses without submitdate are incomplete: excluded and reported"),
    ]


# ------------------------------------------------------------------------------------ 问卷网

@_builder("wenjuan_nps", "wenjuan_csat", "wenjuan_responses")
def wenjuan(folder: Path, src: Sources) -> list[Case]:
    """问卷网 ``All_Data_Original.csv`` (codes; ``Q1``, ``Q5_1``…) with its ``code.csv`` codebook
    (question rows, then option code → text rows), both GBK. NPS options 1-11 are "0"…"10"."""
    rng = _rng("wenjuan")
    intro = src.intro
    n = len(intro)
    sub = folder / "wenjuan"
    sub.mkdir(exist_ok=True)
    picks = (rng.random((n, 3)) < [0.6, 0.7, 0.4]).astype(int)
    header = ["序号", "Q1", "Q2", "Q3", "Q4", "Q5_1", "Q5_2", "Q5_3", "答题时长", "start", "finish"]
    t0 = [datetime(2026, 7, 1, 9) + timedelta(seconds=int(s)) for s in np.sort(rng.integers(0, 20 * 86400, n))]
    took = rng.integers(40, 700, n)
    columns = [list(range(1, n + 1)), list(intro["channel"].map({k: i for i, k in enumerate(CHANNELS, 1)})),
               list(intro["segment"].map({"new": 1, "returning": 2})), list(intro["csat"]),
               list(intro["recommend"] + 1), *[list(picks[:, j]) for j in range(3)], list(took),
               [t.strftime("%Y-%m-%d %H:%M:%S") for t in t0],
               [(t + timedelta(seconds=int(d))).strftime("%Y-%m-%d %H:%M:%S") for t, d in zip(t0, took, strict=True)]]
    _write(sub / "All_Data_Original.csv", _delimited(header, columns), "gbk")
    code = [["Q1", "您通过哪个渠道购物？", "单选题"], *[["", str(i), t] for i, t in enumerate(CHANNELS.values(), 1)],
            ["Q2", "您是新顾客还是老顾客？", "单选题"], ["", "1", "新顾客"], ["", "2", "老顾客"],
            ["Q3", "您对本次购物的总体满意度（1-5分）", "单选题"], *[["", str(i), f"{i}分"] for i in range(1, 6)],
            ["Q4", "您向朋友推荐我们的可能性有多大？", "单选题"], *[["", str(i + 1), str(i)] for i in range(11)],
            ["Q5", "您看重哪些方面？", "多选题"], *[["", str(i), a] for i, a in enumerate(ASPECTS[:3], 1)]]
    _write(sub / "code.csv", _delimited(code[0], list(map(list, zip(*code[1:], strict=True)))), "gbk")
    file = "wenjuan/All_Data_Original.csv"
    return [
        Case("wenjuan_nps", file, then="scores", question="Q4", warns=None,
             expect={"nps": _nps_expect(intro["recommend"]), "scores": _scores(intro["recommend"])},
             what="codes 1-11 turned into 0-10 through code.csv, not used as scores"),
        Case("wenjuan_csat", file, then="scores", question="Q3", warns=None,
             expect={"scores": _scores(intro["csat"])}, what="CSAT codes 1-5 whose texts are 1分…5分"),
        Case("wenjuan_responses", file, warns=None,
             expect={"platform": "wenjuan", "rows": n, "excluded": []}, what="问卷网 with code.csv beside it"),
    ]


# ------------------------------------------------------------------------------------- SPSS

@_builder("spss_nps", "spss_csat", "spss_responses")
def spss(folder: Path, src: Sources) -> list[Case]:
    """SPSS .sav (as 问卷星 and Qualtrics offer it): numeric answers with value labels; the NPS
    variable is labelled only at its ends (0 不可能, 10 极有可能)."""
    import pyreadstat

    intro = src.intro
    n = len(intro)
    frame = pd.DataFrame({
        "序号": np.arange(1, n + 1, dtype=float),
        "Q1": intro["channel"].map({k: i for i, k in enumerate(CHANNELS, 1)}).astype(float),
        "Q2": intro["segment"].map({"new": 1, "returning": 2}).astype(float),
        "Q3": intro["csat"].astype(float), "Q4": intro["recommend"].astype(float), "Q5": intro["ces"].astype(float)})
    labels = {"Q1": dict(enumerate(CHANNELS.values(), 1)), "Q2": {1: "新顾客", 2: "老顾客"},
              "Q3": {1: "非常不满意", 2: "不满意", 3: "一般", 4: "满意", 5: "非常满意"},
              "Q4": {0: "不可能", 10: "极有可能"}}
    pyreadstat.write_sav(frame, folder / "320419116_购物体验调查.sav",
                         column_labels=["序号", WJX_QUESTIONS[0], WJX_QUESTIONS[1], "3、您对本次购物的总体满意度",
                                        WJX_QUESTIONS[3], "5、本次解决问题有多容易？"],
                         variable_value_labels=labels)
    file = "320419116_购物体验调查.sav"
    return [
        Case("spss_nps", file, then="scores", question="推荐", warns=None,
             expect={"nps": _nps_expect(intro["recommend"]), "scores": _scores(intro["recommend"])},
             what="NPS 0-10 stays numeric although 0 and 10 carry labels"),
        Case("spss_csat", file, then="scores", question="Q3", warns=None, expect={"scores": _scores(intro["csat"])},
             what="CSAT values 1-5 with a label on every value give scores 1-5"),
        Case("spss_responses", file, warns=None,
             expect={"platform": "spss", "rows": n, "excluded": [],
                     "some_column_counts": {k: int(v) for k, v in intro["channel"].map(CHANNELS).value_counts().items()}},
             what="value labels become the answer texts of the responses"),
    ]


# ----------------------------------------------------------------------- read_export refusals

@_builder("export_unknown_layout", "export_wrong_platform")
def export_refusals(folder: Path, src: Sources) -> list[Case]:
    """Files read_export must refuse: a table from no survey platform, and a platform forced wrongly."""
    tickets = cxlab.load_dataset("cx_tickets").head(60)
    file = "工单记录.csv"
    tickets.to_csv(folder / file, index=False, encoding="utf-8-sig")
    return [
        Case("export_unknown_layout", file, error="LayoutError", mentions=(file,),
             what="a ticket log is no survey export: LayoutError naming the file"),
        Case("export_wrong_platform", "Shopping+experience_November+27,+2026_10.15.csv",
             options={"platform": "wjx"}, error="LayoutError",
             what="a Qualtrics file read as 问卷星 is refused, not mis-mapped"),
    ]


# ----------------------------------------------------------------------- read_table faults

def _intro_table(src: Sources) -> tuple[list[str], list]:
    intro = src.intro
    return (["序号", "日期", "渠道", "顾客类型", "满意度", "推荐意愿", "费力度"],
            [list(range(1, len(intro) + 1)), list(intro["survey_date"].dt.strftime("%Y-%m-%d")),
             list(intro["channel"].map(CHANNELS)), list(intro["segment"].map(SEGMENTS)),
             list(intro["csat"]), list(intro["recommend"]), list(intro["ces"])])


@_builder("fault_ragged_short", "fault_ragged_long", "fault_duplicate_columns")
def faults_structure(folder: Path, src: Sources) -> list[Case]:
    """Rows shorter or longer than the header; a column name used twice."""
    header, columns = _intro_table(src)
    lines = _delimited(header, columns).split("\r\n")
    short = list(lines)
    for line in (13, 17):                                  # file lines as a text editor numbers them
        short[line - 1] = short[line - 1].rsplit(",", 2)[0]
    _write(folder / "ragged_short.csv", "\r\n".join(short), "utf-8-sig")
    long = list(lines)
    long[29 - 1] += ",5,备注：送货晚了"
    _write(folder / "ragged_long.csv", "\r\n".join(long), "utf-8-sig")
    dup = [*header[:6], "满意度"]
    _write(folder / "duplicate_columns.csv", _delimited(dup, columns), "utf-8-sig")
    return [
        Case("fault_ragged_short", "ragged_short.csv", reader="read_table", error="RaggedRowsError",
             mentions=("13", "17"), what="two short rows (lines 13 and 17) named, not padded with NaN"),
        Case("fault_ragged_long", "ragged_long.csv", reader="read_table", error="RaggedRowsError",
             mentions=("29",), what="a row with two extra fields (line 29) named, not shifted"),
        Case("fault_duplicate_columns", "duplicate_columns.csv", reader="read_table",
             error="DuplicateColumnsError", mentions=("满意度",),
             what="满意度 twice: named, no '.1' renaming that hides a column"),
    ]


@_builder("fault_summary_rows_error", "fault_summary_rows_drop", "fault_summary_total_csv")
def faults_summary(folder: Path, src: Sources) -> list[Case]:
    """Trailing 平均 / 合计 rows in an xlsx (spreadsheet rows 242 and 243) and a Total row in a CSV."""
    header, columns = _intro_table(src)
    n = len(columns[0])
    numbers = [np.asarray(c, float) for c in columns[4:]]
    avg = ["平均", "", "", "", *[round(v.mean(), 2) for v in numbers]]
    tot = ["合计", "", "", "", *[int(v.sum()) for v in numbers]]
    with_rows = [[*c, avg[j], tot[j]] for j, c in enumerate(columns)]
    _xlsx(folder / "summary_rows.xlsx", header, [[None if v == "" else v for v in c] for c in with_rows])
    total = ["Total", "", "", "", *[int(v.sum()) for v in numbers]]
    _write(folder / "summary_total.csv",
           _delimited(header, [[*c, total[j]] for j, c in enumerate(columns)]), "utf-8")
    return [
        Case("fault_summary_rows_error", "summary_rows.xlsx", reader="read_table", error="SummaryRowsError",
             mentions=("平均", "合计", str(n + 2)), what="summary rows refused by default, naming them"),
        Case("fault_summary_rows_drop", "summary_rows.xlsx", reader="read_table", options={"summary_rows": "drop"},
             warns=True, expect={"shape": (n, len(header))},
             what="summary_rows='drop' removes them with a DataWarning"),
        Case("fault_summary_total_csv", "summary_total.csv", reader="read_table", error="SummaryRowsError",
             mentions=("Total",), what="an English Total row at the end of a CSV"),
    ]


@_builder("fault_serial_dates_csv", "fault_serial_dates_xlsx")
def faults_dates(folder: Path, src: Sources) -> list[Case]:
    """Dates that arrive as Excel serial numbers (46023 = 2026-01-01), read as a declared date column."""
    header, columns = _intro_table(src)
    dates = src.intro["survey_date"]
    serial = list((dates - pd.Timestamp(EXCEL_EPOCH)).dt.days)
    columns = [columns[0], serial, *columns[2:]]
    _write(folder / "serial_dates.csv", _delimited(header, columns), "utf-8-sig")
    _xlsx(folder / "serial_dates.xlsx", header, columns)
    expect = {"dates": {"日期": list(dates.dt.strftime("%Y-%m-%d %H:%M:%S"))}, "rows": len(dates)}
    return [
        Case(f"fault_serial_dates_{kind}", f"serial_dates.{kind}", reader="read_table", options={"dates": ["日期"]},
             expect=expect, what="serial day numbers become the right dates, not 1970-01-01 + nanoseconds")
        for kind in ("csv", "xlsx")
    ]


@_builder("fault_merged_cells_error", "fault_merged_cells_filled")
def faults_merged(folder: Path, src: Sources) -> list[Case]:
    """A 区域 grouping column with vertically merged cells (sorted by region, one merged block each)."""
    from openpyxl import Workbook

    rng = _rng("merged")
    n = 15
    regions = np.repeat(["华东", "华南", "华北"], [6, 5, 4])
    scores = rng.integers(0, 11, n)
    book = Workbook()
    ws = book.active
    ws.append(["区域", "门店", "推荐意愿"])
    for k in range(n):
        ws.append([regions[k] if k in (0, 6, 11) else None, f"门店{k + 1:02d}", int(scores[k])])
    for first, last in ((2, 7), (8, 12), (13, 16)):      # spreadsheet rows of each block
        ws.merge_cells(f"A{first}:A{last}")
    book.save(folder / "merged_region.xlsx")
    return [
        Case("fault_merged_cells_error", "merged_region.xlsx", reader="read_table", error="MergedCellsError",
             mentions=("区域", "7"), what="merged cells named (rows of the first block end at 7), not NaN"),
        Case("fault_merged_cells_filled", "merged_region.xlsx", reader="read_table", options={"fill_merged": True},
             warns=None, expect={"shape": (n, 3), "counts": {"区域": {"华东": 6, "华南": 5, "华北": 4}}},
             what="fill_merged=True forward-fills each merged block"),
    ]


@_builder("fault_formula_cells")
def faults_formulas(folder: Path, src: Sources) -> list[Case]:
    """A 总分 column of formulas saved without cached values (as openpyxl and some tools write them)."""
    from openpyxl import Workbook

    rng = _rng("formulas")
    book = Workbook()
    ws = book.active
    ws.append(["序号", "有形性", "可靠性", "响应性", "总分"])
    for row in range(2, 22):
        ws.append([row - 1, *map(int, rng.integers(1, 8, 3)), f"=SUM(B{row}:D{row})"])
    book.save(folder / "formulas.xlsx")
    return [Case("fault_formula_cells", "formulas.xlsx", reader="read_table", error="FormulaCellsError",
                 mentions=(("总分", "E2"),), what="20 formula cells without values named (E2…E21), not read as NaN")]


@_builder("fault_region_na", "fault_empty_file", "fault_header_only", "fault_single_column")
def faults_values(folder: Path, src: Sources) -> list[Case]:
    """``NA`` as North America and ``None`` as an answer; empty, header-only and one-column files."""
    rng = _rng("values")
    n = 60
    region = rng.choice(["NA", "EU", "APAC"], n, p=[0.4, 0.35, 0.25])
    rival = rng.choice(["None", "IKEA", "宜家", "Other"], n)
    score = rng.integers(0, 11, n)
    header = ["respondent", "region", "其他平台", "recommend"]
    _write(folder / "region_na.csv",
           _delimited(header, [[f"C{k:03d}" for k in range(1, n + 1)], list(region), list(rival), list(score)]),
           "utf-8")
    (folder / "empty.csv").write_bytes(b"")
    _write(folder / "header_only.csv", "序号,满意度,推荐意愿\r\n", "utf-8-sig")
    values = list(rng.choice(["非常满意", "满意", "一般", "不满意"], 25))
    _write(folder / "single_column.csv", _delimited(["满意度评价"], [values]), "utf-8-sig")

    def counts(v):
        return {str(k): int(c) for k, c in zip(*np.unique(v, return_counts=True), strict=True)}

    return [
        Case("fault_region_na", "region_na.csv", reader="read_table",
             expect={"shape": (n, 4), "counts": {"region": counts(region), "其他平台": counts(rival)}},
             what="NA (North America) and None stay values; only empty cells are missing"),
        Case("fault_empty_file", "empty.csv", reader="read_table", error="EmptyFileError", mentions=("empty.csv",),
             what="a 0-byte file named, no pandas EmptyDataError"),
        Case("fault_header_only", "header_only.csv", reader="read_table", error="EmptyFileError",
             mentions=("header_only.csv",), what="a header without respondents named"),
        Case("fault_single_column", "single_column.csv", reader="read_table",
             expect={"shape": (25, 1), "columns": ["满意度评价"], "cells": {"满意度评价": values}},
             what="a one-column file reads as one column (no delimiter to sniff)"),
    ]


@_builder("fault_second_sheet_error", "fault_second_sheet_named", "fault_html_as_xls", "fault_csv_as_xlsx")
def faults_files(folder: Path, src: Sources) -> list[Case]:
    """Data on the second sheet behind an empty first one; an HTML table and a CSV text saved under
    Excel names (as some platforms and users do)."""
    from openpyxl import Workbook

    header, columns = _intro_table(src)
    book = Workbook()
    book.active.title = "Sheet1"
    data = book.create_sheet("问卷数据")
    data.append(header)
    for row in _rows(columns):
        data.append(row)
    book.save(folder / "second_sheet.xlsx")
    cells = "".join(f"<td>{h}</td>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in _rows(columns)[:30])
    html = (f"<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head>"
            f"<body><table><tr>{cells}</tr>{body}</table></body></html>")
    _write(folder / "导出数据.xls", html, "utf-8")
    _write(folder / "导出数据_csv.xlsx", _delimited(header, columns), "utf-8-sig")
    return [
        Case("fault_second_sheet_error", "second_sheet.xlsx", reader="read_table", error="SheetError",
             mentions=("Sheet1", "问卷数据"), what="the empty first sheet is refused, listing the sheet names"),
        Case("fault_second_sheet_named", "second_sheet.xlsx", reader="read_table", options={"sheet": "问卷数据"},
             expect={"shape": (len(columns[0]), len(header)), "columns": header},
             what="the data sheet asked for by name"),
        Case("fault_html_as_xls", "导出数据.xls", reader="read_table", error="DisguisedFileError",
             mentions=("导出数据.xls", "HTML"), what="an HTML page named .xls is called what it is"),
        Case("fault_csv_as_xlsx", "导出数据_csv.xlsx", reader="read_table", error="DisguisedFileError",
             mentions=("导出数据_csv.xlsx",), expect={"shape": (len(columns[0]), len(header))}, warns=True,
             what="a CSV text named .xlsx is called what it is: refused, or read as text with a DataWarning"),
    ]


@_builder("fault_utf16_tab", "fault_gb18030_four_byte")
def faults_encodings(folder: Path, src: Sources) -> list[Case]:
    """Excel's 'Unicode text' (UTF-16 with BOM, tab-separated) and GB18030-only characters
    (4-byte sequences: 𠮷 U+20BB7, emoji) that GBK cannot encode."""
    header, columns = _intro_table(src)
    _write(folder / "unicode_text.txt", _delimited(header, columns, sep="\t"), "utf-16")
    names = ["𠮷田", "王䶮", "李😀", "张三", "陈𬌗", "赵四"] * 5
    remarks = ["送货快😀", "安装师傅很专业", "𠮷祥如意", "一般", "包装破损", "还会再来"] * 5
    _write(folder / "gb18030_names.csv", _delimited(["姓名", "备注", "推荐意愿"], [names, remarks, [9, 8, 10, 6, 7, 9] * 5]),
           "gb18030")
    return [
        Case("fault_utf16_tab", "unicode_text.txt", reader="read_table",
             expect={"shape": (len(columns[0]), len(header)), "columns": header, "decodes_like": "utf-16"},
             what="UTF-16 with BOM (Excel Unicode text) read, tabs as separators"),
        Case("fault_gb18030_four_byte", "gb18030_names.csv", reader="read_table",
             expect={"shape": (30, 3), "decodes_like": "gb18030", "cells": {"姓名": names, "备注": remarks}},
             what="4-byte GB18030 characters survive (GBK would fail or replace them)"),
    ]


def main(argv: list[str]) -> None:
    folder = Path(argv[0] if argv else "exports")
    for case in build(folder):
        print(f"{case.name:34s} {case.file}")


if __name__ == "__main__":
    main(sys.argv[1:])
