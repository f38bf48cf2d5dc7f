"""Survey platforms' export layouts: from a downloaded file to the analysis shapes.

:func:`read_export` recognises the layout from the file's content (or takes ``platform=``),
splits the platform's metadata from the answers, keeps the platform's missing kinds apart
(问卷星 ``(跳过)`` skipped by logic, ``(空)`` left blank, ``-3``/``-2`` codes; Qualtrics
``-99`` seen but unanswered), excludes previews, tests, spam, incomplete and rejected
responses with a reason each, and returns a :class:`Survey`. The survey maps itself to the
shapes the analyses take: :meth:`Survey.kano` (``{feature}_func`` / ``_dys``),
:meth:`Survey.servqual` (E and P tables) and :meth:`Survey.scores` (one 0–10 / 1–5 / 1–7
score per respondent). :meth:`Survey.screen` sets aside duplicates, speeders (completion time
from :meth:`Survey.duration`) and straight-liners, each listed with its evidence. The layouts are
those documented in the cxlab reference
``survey-exports.md`` (问卷星, 腾讯问卷, Qualtrics, SurveyMonkey, Google Forms, LimeSurvey, 问卷网,
SPSS ``.sav``), with the sources given there.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from pathlib import Path

from cxlab import deprecation, i18n, io
from cxlab.errors import DataError, DataWarning, InvalidValueError
from cxlab.results import Result

PLATFORMS = ("wjx", "tencent", "qualtrics", "surveymonkey", "google", "limesurvey", "wenjuan", "spss")
NAMES = {"wjx": "问卷星", "tencent": "腾讯问卷", "qualtrics": "Qualtrics", "surveymonkey": "SurveyMonkey",
         "google": "Google Forms", "limesurvey": "LimeSurvey", "wenjuan": "问卷网", "spss": "SPSS"}


class LayoutError(io.ReadError):
    """A file whose layout cannot be recognised or mapped to an analysis.

    The message names the file and what was expected (the platform, the question, the Kano or
    SERVQUAL columns) and lists what the file holds.
    """

    key = "error.export_layout"


class DurationError(DataError):
    """Completion times that cannot be read as seconds (问卷星 ``所用时间`` such as "248秒" or
    "2分3秒", 腾讯问卷 and 问卷网 ``答题时长``, Qualtrics ``Duration (in seconds)``, or an end time
    before its start); the message names the column, the respondents and the values.
    """

    key = "error.export_duration"


class ScreenError(DataError):
    """A quality screen that needs what the export does not hold: completion times for the
    speed rule, an IP column for ``duplicates="answers+ip"``; the message names the platform, the
    file, the metadata columns there are and how to turn the rule off.
    """

    key = "error.export_no_duration"


class ScreenWarning(DataWarning):
    """Respondents excluded by :meth:`Survey.screen`, counted per rule (a :class:`cxlab.DataWarning`);
    the same respondents are listed with their evidence in :attr:`Screening.flagged`.

    Parameters
    ----------
    key : str
        The i18n key of the message.
    **params
        The message's placeholders.
    """


def _fail(key: str, **params):
    io.raise_as(LayoutError, key, **params)


def _text(key: str, **params) -> i18n.Text:
    return i18n.Text(zh=i18n.t(key, "zh", **params), en=i18n.t(key, "en", **params))


@dataclass
class Column:
    """One column of an export: its key in ``responses`` and what the codebook says of it.

    Attributes
    ----------
    key : str
        The column's name in :attr:`Survey.responses`.
    number : str
        The question number as the file shows it (``"5"``, ``"Q3"``).
    question : str
        The question text.
    label : str
        The matrix row, option or sub-question label ("" for a single question).
    kind : {"single", "matrix", "multi", "text", "meta", "empty"}
        What the column holds.
    position : int
        The column's 0-based position in the file.
    """

    key: str
    number: str = ""
    question: str = ""
    label: str = ""
    kind: str = "single"  # single, matrix, multi, text, meta, empty
    position: int = 0


@dataclass
class Layout:
    """How a platform lays out its export (recognised by :func:`detect`, made by a parser).

    Attributes
    ----------
    platform : str
        One of :data:`PLATFORMS`.
    header_rows : int
        Rows above the first respondent.
    columns : list of Column
        Every column of the file.
    id_column : str, optional
        The platform's respondent number (序号, ResponseId …).
    dates : list of str
        Columns to read as datetimes.
    missing : dict
        Cell value → missing kind (``"(跳过)"`` → ``"skipped"``, ``-99`` → ``"unanswered"`` …).
    mode : str, optional
        问卷星's download mode (``"text"``, ``"code"``, ``"score"``).
    options : dict
        Question key → {code: option text} (问卷网's codebook).
    """
    platform: str
    header_rows: int
    columns: list[Column]
    id_column: str | None = None
    dates: list[str] = field(default_factory=list)
    missing: dict = field(default_factory=dict)  # cell value → missing kind
    mode: str | None = None
    options: dict = field(default_factory=dict)  # question key → {code: option text}


# ---------------------------------------------------------------- recognising a layout

WJX_META = ("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "总分", "用户ID", "答题序号")
TENCENT_META = ("编号", "开始答题时间", "结束答题时间", "答题时长", "地理位置国家和地区", "地理位置省",
                "地理位置市", "自定义字段", "语言", "清洗数据结果", "智能清洗数据无效概率", "用户类型",
                "用户标识", "昵称", "IP", "UA", "Referrer", "中奖时间", "中奖金额", "审核状态",
                "家庭地址(经度，纬度)")
QUALTRICS_META = ("StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
                  "Finished", "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName",
                  "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
                  "DistributionChannel", "UserLanguage", "ResponseID", "ResponseSet", "Name",
                  "ExternalDataReference", "EmailAddress", "Q_RecaptchaScore", "Q_RelevantIDDuplicate",
                  "Q_RelevantIDDuplicateScore", "Q_RelevantIDFraudScore", "Q_RelevantIDLastStartDate",
                  "Q_StraightliningCount", "Q_StraightliningPercentage", "Q_UnansweredCount",
                  "Q_UnansweredPercentage", "Q_TotalDuration")
MONKEY_META = ("Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
               "First Name", "Last Name", "Custom Data 1")
GOOGLE_TIME = ("timestamp", "时间戳记", "时间戳", "時間戳記", "タイムスタンプ", "horodateur", "marca temporal",
               "zeitstempel", "carimbo de data/hora", "informazioni cronologiche", "dấu thời gian")
GOOGLE_META = ("email address", "电子邮件地址", "電子郵件地址", "score", "分数")
LIME_META = ("id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr",
             "refurl", "token", "interviewtime")
WENJUAN_META = ("序号", "答题时长", "start", "finish", "提交时间", "开始时间", "结束时间", "ip", "IP", "来源",
                "地区", "答题状态", "用户ID")


def _clean(value) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip().strip("\ufeff")


def detect(rows: list[list], file: Path) -> str:
    """The platform whose export ``rows`` look like, decided from the header rows' content.

    Parameters
    ----------
    rows : list of list
        The file's rows (:func:`cxlab.io.cells`).
    file : Path
        The file, named in the error.

    Returns
    -------
    str
        One of :data:`PLATFORMS`.

    Raises
    ------
    LayoutError
        When no platform's layout matches.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.exports import detect
    >>> from cxlab.io import cells
    >>> path = example_export("nps_qualtrics")
    >>> detect(cells(path)[0], path)
    'qualtrics'
    """
    first = [_clean(v) for v in rows[0]]
    second = [_clean(v) for v in rows[1]] if len(rows) > 1 else []
    third = [_clean(v) for v in rows[2]] if len(rows) > 2 else []
    lower = {v.lower() for v in first}
    if any(v.startswith('{"ImportId"') for v in third) or (
            first and re.fullmatch(r"V\d+", first[0] or "") and "ResponseID" in second):
        return "qualtrics"
    if {"Respondent ID", "Collector ID"} <= set(first):
        return "surveymonkey"
    if "序号" in first and ({"提交答卷时间", "来自IP", "所用时间"} & set(first)):
        return "wjx"
    if "编号" in first and ({"开始答题时间", "结束答题时间", "答题时长"} & set(first)):
        return "tencent"
    if first and first[0].lower() in GOOGLE_TIME:
        return "google"
    if {"id", "submitdate"} <= lower or {"id", "lastpage"} <= lower:
        return "limesurvey"
    if file.name.lower().startswith("all_data") or (
            any(re.fullmatch(r"Q\d+(_\d+)*", v) for v in first) and ({"答题时长", "start"} & set(first))):
        return "wenjuan"
    raise LayoutError(file=file.name, header=io.shorten(" | ".join(first[:8])),
                      platforms=", ".join(f"{p} ({NAMES[p]})" for p in PLATFORMS))


# ---------------------------------------------------------------- header parsers

WJX_NUMBERED = re.compile(r"^(\d{1,3})\s*[、.．:：]\s*(.*)$", re.S)
WJX_LEGACY = re.compile(r"^第(\d{1,3})题\s*[(（](.*)[)）]$", re.S)
WJX_CONTINUED = re.compile(r"^(\d{1,3})\s*[、]?\s*[(（](.*)[)）]$", re.S)
WJX_OPTION = re.compile(r"^(.*?)[(（]([^()（）]*)[)）]$", re.S)
MATRIX_SEP = "—"  # the em dash 问卷星 puts between a matrix's title and its first row


def _wjx_columns(header: list[str]) -> list[Column]:
    """问卷星 headers of the three generations (``N、题干``, ``第N题(行)``, ``N(选项)``,
    ``题干—行1`` then bare row labels)."""
    meta_end = max((i for i, v in enumerate(header) if v in ("来自IP", "总分")), default=-1)
    columns, current = [], None
    for position, name in enumerate(header):
        if position <= meta_end or name in WJX_META:
            columns.append(Column(name, kind="meta", position=position))
            continue
        column = _wjx_column(name, current, position)
        current = column if column.kind != "continued" else current
        columns.append(column)
    return _number_keys(columns)


def _wjx_column(name: str, current: Column | None, position: int) -> Column:
    if m := WJX_LEGACY.match(name):
        return Column("", m.group(1), "", m.group(2), "matrix", position)
    if (m := WJX_CONTINUED.match(name)) and current is not None and m.group(1) == current.number:
        return Column("", m.group(1), current.question, m.group(2), "multi", position)
    if m := WJX_NUMBERED.match(name):
        number, text = m.groups()
        if MATRIX_SEP in text:
            stem, row = text.split(MATRIX_SEP, 1)
            return Column("", number, stem.strip(), row.strip(), "matrix", position)
        if text.startswith(("(", "（")) and current is not None and number == current.number:
            return Column("", number, current.question, text.strip("()（）"), "multi", position)
        return Column("", number, text.strip(), "", "single", position)
    if current is not None and current.kind in ("matrix", "multi"):
        return Column("", current.number, current.question, name, current.kind, position)
    return Column("", "", name, "", "single", position)


def _number_keys(columns: list[Column]) -> list[Column]:
    """Keys ``Q5`` for a one-column question, ``Q5_1``, ``Q5_2`` … for its rows or options;
    a multi-select question's first column (``N. 题干(选项1)``) is recognised here too."""
    by_number: dict[str, list[Column]] = {}
    for column in columns:
        if column.kind != "meta":
            if not column.number:
                column.number = f"x{column.position + 1}"
            by_number.setdefault(column.number, []).append(column)
    for number, group in by_number.items():
        if len(group) > 1 and group[0].kind == "single" and group[1].kind == "multi":
            m = WJX_OPTION.match(group[0].question)
            if m:
                group[0].question, group[0].label = m.group(1).strip(), m.group(2)
            for column in group:
                column.question, column.kind = group[0].question, "multi"
        for i, column in enumerate(group, 1):
            column.key = f"Q{number}" if len(group) == 1 else f"Q{number}_{i}"
            if len(group) > 1 and not column.question:
                column.question = group[0].question
    return columns


def wjx(rows: list[list], **_) -> Layout:
    """问卷星: ``N.题干``, matrices ``N.题干—行``, multi-select ``N.题干:选项``.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        One header row, ``序号`` as id, ``提交答卷时间`` as date, (跳过) / (空) / -3 / -2 as
        missing markers.

    Examples
    --------
    >>> from cxlab.exports import wjx
    >>> layout = wjx([["序号", "提交答卷时间", "1.您的性别"]])
    >>> [(c.key, c.kind) for c in layout.columns]
    [('序号', 'meta'), ('提交答卷时间', 'meta'), ('Q1', 'single')]
    """
    header = [_clean(v) for v in rows[0]]
    return Layout("wjx", 1, _wjx_columns(header), id_column="序号", dates=["提交答卷时间"],
                  missing={"(跳过)": "skipped", "（跳过）": "skipped", "(空)": "blank", "（空）": "blank",
                           -3: "skipped", -2: "not_shown"})


TENCENT_QUESTION = re.compile(r"^(\d{1,3})\.\s*(.*?)(?::(.*))?$", re.S)


def tencent(rows: list[list], **_) -> Layout:
    """腾讯问卷: ``N.题干``, multi-select ``N.题干:选项``, blanks ``N.题干_填空1``.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        One header row, ``编号`` as id, start and end times as dates.

    Examples
    --------
    >>> from cxlab.exports import tencent
    >>> layout = tencent([["编号", "1.您是否满意", "2.渠道:门店", "2.渠道:网站"]])
    >>> [(c.key, c.kind) for c in layout.columns]
    [('编号', 'meta'), ('Q1', 'single'), ('Q2_1', 'multi'), ('Q2_2', 'multi')]
    """
    columns = []
    for position, raw in enumerate(rows[0]):
        name = _clean(raw)
        m = TENCENT_QUESTION.match(name)
        if name in TENCENT_META or not m:
            kind = "empty" if not name else "meta"
            columns.append(Column(name or f"Unnamed: {position}", kind=kind, position=position))
            continue
        number, text, label = m.groups()
        blank = re.search(r"_填空(\d*)$", text)
        kind = "multi" if label else ("text" if blank else "single")
        columns.append(Column("", number, text, label or "", kind, position))
    return Layout("tencent", 1, _number_keys(columns), id_column="编号",
                  dates=["开始答题时间", "结束答题时间"])


def qualtrics(rows: list[list], **_) -> Layout:
    """Qualtrics: ids, question texts and ``{"ImportId": …}`` rows (legacy: ``V1…`` ids and texts).

    Row 2 is localised, so names come from row 1 (or, for ``V`` ids, row 2).

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        Three header rows (two for the legacy layout), ``ResponseId`` as id, start, end and
        recorded dates, ``-99`` as "unanswered".

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.exports import qualtrics
    >>> from cxlab.io import cells
    >>> qualtrics(cells(example_export("nps_qualtrics"))[0]).header_rows
    3
    """
    ids, texts = [_clean(v) for v in rows[0]], [_clean(v) for v in rows[1]]
    legacy = not any(_clean(v).startswith('{"ImportId"') for v in rows[2])
    columns = []
    for position, (key, text) in enumerate(zip(ids, texts, strict=False)):
        if legacy and re.fullmatch(r"V\d+", key):
            key = text
        if key in QUALTRICS_META or key.endswith(("_FIRST_CLICK", "_LAST_CLICK", "_PAGE_SUBMIT",
                                                   "_CLICK_COUNT", "_NPS_GROUP")):
            columns.append(Column(key, kind="meta", position=position))
            continue
        question, _, label = text.partition(" - ")
        m = re.fullmatch(r"(\d+_)?(Q?[\w.]+?)(?:_(\d+|TEXT|\d+_TEXT))?", key)
        number = m.group(2) if m else key
        kind = "text" if key.endswith("_TEXT") else ("matrix" if label else "single")
        columns.append(Column(key, number, question.strip(), label.strip(), kind, position))
    return Layout("qualtrics", 2 if legacy else 3, columns,
                  id_column="ResponseID" if legacy else "ResponseId",
                  dates=["StartDate", "EndDate", "RecordedDate"], missing={-99: "unanswered"})


def surveymonkey(rows: list[list], **_) -> Layout:
    """SurveyMonkey: question texts on row 1 (blank over continuation columns), ``Response``,
    ``Open-Ended Response``, option texts or matrix rows on row 2.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        Two header rows, ``Respondent ID`` as id.

    Examples
    --------
    >>> from cxlab.exports import surveymonkey
    >>> layout = surveymonkey([["Respondent ID", "How likely …?"], ["", "Response"]])
    >>> [(c.key, c.kind) for c in layout.columns]
    [('Respondent ID', 'meta'), ('Q1', 'single')]
    """
    first, second = [_clean(v) for v in rows[0]], [_clean(v) for v in rows[1]]
    columns, number, question = [], 0, ""
    for position, (top, sub) in enumerate(zip(first, second, strict=False)):
        if top in MONKEY_META:
            columns.append(Column(top, kind="meta", position=position))
            continue
        if top:
            number, question = number + 1, top
        label = "" if sub.lower() in ("response", "open-ended response") else sub
        kind = "text" if sub.lower() == "open-ended response" else ("matrix" if label else "single")
        columns.append(Column("", str(number), question, label, kind, position))
    return Layout("surveymonkey", 2, _number_keys(columns), id_column="Respondent ID",
                  dates=["Start Date", "End Date"])


def google(rows: list[list], **_) -> Layout:
    """Google Forms: ``Timestamp`` (localised), then question titles; grids ``Question [Row]``.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        One header row, the first column as date, no respondent id.

    Examples
    --------
    >>> from cxlab.exports import google
    >>> layout = google([["Timestamp", "Rate us [Speed]", "Rate us [Price]"]])
    >>> [(c.number, c.label) for c in layout.columns[1:]]
    [('1', 'Speed'), ('1', 'Price')]
    """
    columns, number, previous = [], 0, None
    for position, raw in enumerate(rows[0]):
        name = _clean(raw)
        if position == 0 or name.lower() in GOOGLE_META:
            columns.append(Column(name, kind="meta", position=position))
            continue
        m = re.fullmatch(r"(.*?)\s*\[(.*)\]", name, re.S)
        question, label = (m.group(1), m.group(2)) if m else (name, "")
        if not (label and question == previous):
            number += 1
        previous = question
        columns.append(Column("", str(number), question, label, "matrix" if label else "single", position))
    return Layout("google", 1, _number_keys(columns), dates=[_clean(rows[0][0])])


def limesurvey(rows: list[list], **_) -> Layout:
    """LimeSurvey: ``code``, ``code[SQ001]`` or "code. text [row]" headers.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        One header row, ``id`` as id, ``submitdate``, ``startdate``, ``datestamp`` as dates.

    Examples
    --------
    >>> from cxlab.exports import limesurvey
    >>> layout = limesurvey([["id", "nps", "grid[SQ001]"]])
    >>> [(c.key, c.kind) for c in layout.columns]
    [('id', 'meta'), ('nps', 'single'), ('grid[SQ001]', 'matrix')]
    """
    columns = []
    for position, raw in enumerate(rows[0]):
        name = _clean(raw)
        if name.lower() in LIME_META or re.fullmatch(r"(groupTime\d+|\w+Time)", name):
            columns.append(Column(name, kind="meta", position=position))
            continue
        m = re.fullmatch(r"([A-Za-z][\w]*)(?:\[(\w+)\])?(?:\.\s*(.*?))?(?:\s*\[(.*)\])?", name, re.S)
        code, sub, text, row = m.groups() if m else (name, None, "", None)
        key = f"{code}[{sub}]" if sub else code
        columns.append(Column(key, code, text or "", row or sub or "", "matrix" if sub else "single",
                              position))
    return Layout("limesurvey", 1, columns, id_column="id", dates=["submitdate", "startdate", "datestamp"])


def wenjuan(rows: list[list], *, file: Path, codebook=None, **_) -> Layout:
    """问卷网 ``All_Data_Original.csv`` (codes ``Q1``, ``Q2_1``) with its ``code.csv`` beside it.

    The codebook has rows ``Q1, question, type`` then ``"", code, option text``.

    Parameters
    ----------
    rows : list of list
        The file's rows.
    file : Path
        The export, whose folder holds ``code.csv``.
    codebook : str or Path, optional
        Another codebook file.
    **_
        Other parsers' options (ignored).

    Returns
    -------
    Layout
        One header row, the questions' texts and option texts from the codebook.

    References
    ----------
    .. [1] reportgen (2017), the 问卷网 reader whose reading of ``code.csv`` this follows,
       https://github.com/gasongjian/reportgen
    """
    columns = []
    texts = _wenjuan_codebook(Path(codebook) if codebook else file.with_name("code.csv"))
    for position, raw in enumerate(rows[0]):
        name = _clean(raw)
        m = re.fullmatch(r"Q(\d+)(?:_(\w+))?", name)
        if not m:
            columns.append(Column(name, kind="meta", position=position))
            continue
        question, options = texts.get(f"Q{m.group(1)}", ("", {}))
        label = options.get(m.group(2), m.group(2) or "") if m.group(2) else ""
        columns.append(Column(name, m.group(1), question, label, "matrix" if m.group(2) else "single",
                              position))
    return Layout("wenjuan", 1, columns, id_column="序号" if "序号" in rows[0] else None, mode="code",
                  options={k: v[1] for k, v in texts.items()})


def _wenjuan_codebook(path: Path) -> dict[str, tuple[str, dict]]:
    if not path.is_file():
        return {}
    rows, _ = io.cells(path)
    out, key = {}, None
    for row in rows:
        cells = [_clean(v) for v in row] + ["", "", ""]
        if cells[0]:
            key = cells[0]
            out[key] = (cells[1], {})
        elif key and cells[2]:
            out[key][1][cells[1].removesuffix(".0")] = cells[2]
    return out


PARSERS = {"wjx": wjx, "tencent": tencent, "qualtrics": qualtrics, "surveymonkey": surveymonkey,
           "google": google, "limesurvey": limesurvey, "wenjuan": wenjuan}


# ---------------------------------------------------------------- exclusions and missing kinds

QUALTRICS_STATUS = {1: "preview", 2: "test", 8: "spam", "survey preview": "preview",
                    "survey test": "test", "spam": "spam"}
REJECTED = ("不通过", "未通过", "无效", "拒绝")


def _exclusions(platform: str, table):
    """Why each respondent is excluded (a text), or None to keep: Qualtrics previews, tests,
    spam and unfinished responses; LimeSurvey responses without a submit date; 腾讯问卷
    responses rejected in review or flagged invalid by its cleaning."""
    import pandas as pd

    reasons = pd.Series(None, index=table.index, dtype=object)
    if platform == "qualtrics":
        if "Status" in table:
            status = table["Status"].map(lambda v: QUALTRICS_STATUS.get(
                str(v).strip().lower() if isinstance(v, str) else v))
            reasons = reasons.where(status.isna(), status.map(
                lambda k: i18n.t(f"export.excluded.{k}") if isinstance(k, str) else None))
        if "Finished" in table:
            finished = table["Finished"].astype(str).str.strip().str.lower()
            progress = table.get("Progress", pd.Series("?", index=table.index))
            unfinished = finished.isin(["0", "false", "0.0"]) & reasons.isna()
            reasons[unfinished] = [i18n.t("export.excluded.incomplete", progress=p)
                                   for p in progress[unfinished]]
    elif platform == "limesurvey" and "submitdate" in table:
        reasons[table["submitdate"].isna()] = i18n.t("export.excluded.unfinished")
    elif platform == "tencent":
        for column, key in (("审核状态", "rejected"), ("清洗数据结果", "invalid")):
            if column in table:
                values = table[column].astype(str)
                hit = table[column].notna() & values.str.contains("|".join(REJECTED)) & reasons.isna()
                reasons[hit] = [i18n.t(f"export.excluded.{key}", value=v) for v in values[hit]]
    return reasons


NPS_GROUPS = {"1": 1, "2": 2, "3": 3, "detractor": 1, "passive": 2, "neutral": 2, "promoter": 3}


def _check_nps_groups(table, rows) -> None:
    """Qualtrics' ``Qn_NPS_GROUP`` (1 Detractor, 2 Passive, 3 Promoter) must agree with the
    group the score ``Qn`` gives (0–6, 7–8, 9–10; Reichheld 2003)."""
    import numpy as np
    import pandas as pd

    for column in [c for c in table.columns if c.endswith("_NPS_GROUP")]:
        score = pd.to_numeric(table.get(column.removesuffix("_NPS_GROUP")), errors="coerce")
        if score is None:
            continue
        given = table[column].map(lambda v: NPS_GROUPS.get(str(v).strip().lower().removesuffix(".0")))
        expected = pd.Series(np.select([score <= 6, score <= 8, score <= 10], [1, 2, 3], 0),
                             index=table.index)
        bad = given.notna() & score.between(0, 10) & (given != expected)
        if bad.any():
            io.raise_as(LayoutError, "error.export_nps_group", column=column, count=int(bad.sum()),
                      rows=io.listing(rows[bad]))


# ---------------------------------------------------------------- reading

@deprecation.options(positional=("platform",))
def read_export(path, *, platform: str | None = None, sheet=0, encoding: str | None = None,
                mode: str | None = None, texts=None, codebook=None, summary_rows: str = "error",
                fill_merged: bool = False, keep_all: bool = False) -> Survey:
    """Read a survey platform's export into a :class:`Survey`.

    Parameters
    ----------
    path : str or Path
        The downloaded file (.xlsx, .xls, .csv, .txt, .sav).
    platform : str, optional
        One of ``wjx``, ``tencent``, ``qualtrics``, ``surveymonkey``, ``google``, ``limesurvey``,
        ``wenjuan``, ``spss``; recognised from the content when not given.
    sheet : int or str
        The workbook sheet, as in :func:`cxlab.io.read_table`.
    encoding : str, optional
        Force a text encoding, as in :func:`cxlab.io.read_table`.
    mode : {"按文本", "按序号", "按分数"}, optional
        问卷星 download mode, when the file name does not say it.
    texts : str or Path, optional
        问卷星: the 按文本 file paired with an 按序号 file (matched on 序号).
    codebook : str or Path, optional
        问卷网: the ``code.csv`` (default: the one beside the file).
    summary_rows : {"error", "drop"}
        As in :func:`cxlab.io.read_table`.
    fill_merged : bool
        As in :func:`cxlab.io.read_table`.
    keep_all : bool
        Keep previews, tests, spam, unfinished and rejected responses instead of excluding them.

    Returns
    -------
    Survey
        ``responses`` (kept respondents, answers only), ``metadata``, ``codebook``, ``excluded``
        (one row per dropped respondent: ``row``, ``reason``), ``missing`` (cells read as
        missing and their kind), ``platform``.

    Raises
    ------
    LayoutError
        When the layout is not recognised or is another platform's than ``platform``.
    cxlab.io.ReadError
        For the structural faults :func:`cxlab.io.read_table` reports.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.exports import read_export
    >>> import warnings
    >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
    ...     survey = read_export(example_export("nps_qualtrics"))
    >>> survey.platform, len(survey.excluded) > 0
    ('qualtrics', True)
    """
    from cxlab.validate import check_option

    file = Path(path)
    if platform is not None:
        check_option("platform", platform, PLATFORMS)
    if platform == "spss" or file.suffix.lower() == ".sav":
        return _spss(file)
    rows, info = io.cells(file, sheet=sheet, encoding=encoding)
    platform = _confirm(platform, rows, file) if platform else detect(rows, file)
    layout = PARSERS[platform](rows + [[]] * 3, file=file, codebook=codebook)  # headers may be cut off
    if platform == "wjx":
        layout.mode = _wjx_mode(file, mode)
    if len(rows) <= layout.header_rows:
        io.raise_as(io.EmptyFileError, "error.read_header_only", file=file.name,
                  columns=io.listing([c.key for c in layout.columns]))
    table, columns, marks = _table(rows, layout, info, summary_rows, fill_merged)
    survey = _survey(table, columns, marks, layout, info, keep_all)
    if texts is not None:
        twin = Path(texts) if Path(texts).is_file() else file.parent / texts
        survey.texts = _pair(survey, read_export(twin, platform="wjx", keep_all=keep_all))
    return survey


def _confirm(platform: str, rows: list[list], file: Path) -> str:
    """A platform named by the user, unless the file is plainly another platform's export."""
    try:
        found = detect(rows, file)
    except LayoutError:
        return platform
    if found != platform:
        _fail("error.export_platform", file=file.name, platform=NAMES[platform],
               why=_text("export.looks_like", platform=NAMES[found]))
    return platform


def _wjx_mode(file: Path, mode: str | None) -> str | None:
    modes = {"按文本": "text", "按序号": "code", "按分数": "score"}
    if mode is not None:
        from cxlab.validate import check_option

        check_option("mode", mode, list(modes))
        return modes[mode]
    return next((v for k, v in modes.items() if k in file.name), None)


def _table(rows, layout: Layout, info: dict, summary_rows: str, fill_merged: bool):
    first_row = layout.header_rows + 1
    width = max(len(rows[0]), max(c.position for c in layout.columns) + 1)
    body = io.rectangular(rows[layout.header_rows:], width, info, first_row)
    columns = [c for c in layout.columns
               if c.kind != "empty" or any(r[c.position] not in ("", None) for r in body)]
    keys = [c.key for c in columns]
    io.check_duplicates(keys, info["file"])
    answers = {c.key for c in columns if c.kind not in ("meta", "empty")}
    table, marks = io.frame(body, keys, info, first_row, summary_rows=summary_rows,
                            fill_merged=fill_merged, dates=[d for d in layout.dates if d in keys],
                            positions=[c.position for c in columns],
                            markers={"kinds": layout.missing, "columns": answers})
    return table, columns, marks


def _survey(table, columns: list[Column], marks, layout: Layout, info: dict, keep_all: bool) -> Survey:
    import pandas as pd

    file = info["file"]
    rows = pd.Series(table.index + table.attrs["first_row"], index=table.index)
    ids = _ids(table, layout.id_column, rows, file)
    answers = [c.key for c in columns if c.kind not in ("meta", "empty")]
    missing = pd.DataFrame({"respondent": ids[marks["row"].to_numpy(dtype=int)], "column": marks["column"],
                            "kind": marks["kind"]})
    if layout.platform == "qualtrics":
        _check_nps_groups(table, rows)
    reasons = _exclusions(layout.platform, table) if not keep_all else pd.Series(None, index=table.index)
    dropped = reasons.notna().to_numpy()
    excluded = pd.DataFrame({"row": rows[dropped].to_numpy(),
                             "reason": reasons[dropped].to_numpy()}, index=ids[dropped])
    table.index = ids
    kept = table.loc[~dropped]
    survey = Survey(responses=kept[answers], metadata=kept[[c.key for c in columns if c.kind == "meta"]],
                    codebook=_codebook(columns, layout.platform), excluded=excluded,
                    missing=missing, platform=layout.platform, rows=rows.set_axis(ids)[~dropped],
                    source={"file": file.name, "encoding": info["encoding"], "sheet": info["sheet"],
                            "mode": layout.mode},
                    columns={c.key: c for c in columns}, options=layout.options)
    _report(survey, file)
    return survey


def _ids(table, column: str | None, rows, file: Path):
    import pandas as pd

    if column is None or column not in table:
        return pd.Index(rows.to_numpy(), name="row")
    ids = table[column]
    repeated = ids.duplicated(keep=False) & ids.notna()
    if repeated.any():
        io.raise_as(LayoutError, "error.export_ids", file=file.name, column=column,
                  values=io.listing(map(io.shorten, ids[repeated].unique())),
                  rows=io.listing(rows[repeated]))
    return pd.Index(ids.to_numpy(), name=column)


def _report(survey: Survey, file: Path) -> None:
    if len(survey.excluded):
        counts = survey.excluded["reason"].value_counts()
        warnings.warn(DataWarning("warn.export_excluded", file=file.name, count=len(survey.excluded),
                                  reasons="; ".join(f"{r}: {n}" for r, n in counts.items())), stacklevel=4)
    if len(survey.missing):
        counts = survey.missing["kind"].value_counts()
        kinds = "; ".join(f"{_text('export.missing.' + k)}: {n}" for k, n in counts.items())
        warnings.warn(DataWarning("warn.export_missing", file=file.name, kinds=kinds), stacklevel=4)


def _codebook(columns: list[Column], platform: str):
    import pandas as pd

    return pd.DataFrame([{"column": c.key, "number": c.number, "question": c.question, "label": c.label,
                          "type": c.kind, "platform": platform} for c in columns]).set_index("column")


def _pair(codes: Survey, texts: Survey) -> Survey:
    """Check that an 按序号 survey and its 按文本 twin hold the same respondents and questions
    (a multi-select question is one packed column in 按文本 and one column per option in 按序号)."""
    only = codes.responses.index.symmetric_difference(texts.responses.index)
    numbers = {c.number for c in codes.columns.values()} ^ {c.number for c in texts.columns.values()}
    if len(only) or numbers:
        why = (f"序号 {io.listing(only)}" if len(only) else "") + (
            f" {io.listing(sorted(numbers))}" if numbers else "")
        io.raise_as(LayoutError, "error.export_pair", file=codes.source["file"],
                  texts=texts.source["file"], why=why.strip())
    return texts


def _spss(file: Path) -> Survey:
    """SPSS .sav (pyreadstat): value labels become the answer texts, variable labels the
    question texts."""
    import pandas as pd
    import pyreadstat

    if not file.is_file():
        io.raise_as(io.FileTypeError, "error.read_missing_file", file=str(file))
    try:
        data, meta = pyreadstat.read_sav(str(file), apply_value_formats=False)
    except pyreadstat.ReadstatError:
        raise io.DisguisedFileError(file=file.name, suffix=".sav",
                                    actual=i18n.both("read.unknown")) from None
    labels = meta.variable_value_labels
    labelled = {c: labels[c] for c in data.columns if c in labels
                and data[c].dropna().isin(list(labels[c])).all()}  # anchor labels only: a scale stays numbers
    responses = pd.DataFrame({c: data[c].map(labelled[c]).where(data[c].notna()) if c in labelled
                              else data[c] for c in data.columns})
    responses.index = pd.Index(range(2, len(data) + 2), name="row")
    data.index = responses.index
    columns = [Column(c, c, meta.column_names_to_labels.get(c) or "", "", "single", i)
               for i, c in enumerate(data.columns)]
    return Survey(responses=responses, metadata=responses.iloc[:, :0], codebook=_codebook(columns, "spss"),
                  excluded=pd.DataFrame(columns=["row", "reason"]),
                  missing=pd.DataFrame(columns=["respondent", "column", "kind"]), platform="spss",
                  rows=pd.Series(responses.index, index=responses.index),
                  source={"file": file.name, "encoding": meta.file_encoding, "sheet": None, "mode": "text"},
                  columns={c.key: c for c in columns}, codes=data)


# ---------------------------------------------------------------- the survey and its mappings

FUNCTIONAL = re.compile(r"(有|提供|具备|具有|支持|增加|包含|配备|带有)|\bif\b|\bwith\b|\bpresent\b|功能齐全", re.I)
DYSFUNCTIONAL = re.compile(r"(没有|不提供|不具备|不具有|不支持|无该|无此|不能|不包含|未提供|缺少|缺乏|取消)"
                           r"|\bnot\b|n't\b|\bwithout\b|\babsent\b|\bno\b", re.I)
IMPORTANCE = re.compile(r"重要|importan", re.I)
EXPECTED = re.compile(r"期望|期待|应该|理想|expect|should", re.I)
PERCEIVED = re.compile(r"感知|实际|感受|体验|表现|perceiv|actual|experience|perform", re.I)
QUOTED = re.compile(r"[「“\"《‘【]([^」”\"》’】]+)[」”\"》’】]")
CONDITION = re.compile(r"^(?:如果|假如|若|当|假设)?\s*(?:该|这款|本|我们的)?(?:产品|服务|平台|商家|商城|App|网站|门店)?"
                       r"(?:没有|不提供|不具备|不支持|提供|具备|具有|支持|增加|包含|配备|有)?\s*", re.I)
IF_CLAUSE = re.compile(r"^\s*if\s+", re.I)


def polarity(text: str) -> str | None:
    """Whether a Kano question is worded functionally or dysfunctionally.

    Parameters
    ----------
    text : str
        A question text or matrix row label.

    Returns
    -------
    {"func", "dys"} or None
        ``"dys"`` for a dysfunctional wording (如果没有…, "if … not"), ``"func"`` for a
        functional one, ``None`` for neither.

    Examples
    --------
    >>> from cxlab.exports import polarity
    >>> polarity("如果有该功能"), polarity("如果没有该功能"), polarity("您的年龄")
    ('func', 'dys', None)
    """
    if DYSFUNCTIONAL.search(text):
        return "dys"
    return "func" if FUNCTIONAL.search(text) else None


def feature_name(text: str) -> str:
    """A feature's name from a question text.

    A quoted name (「AR 预览」) wins; else the text without the condition ("如果提供", "If the
    shop offers") and without the question after it.

    Parameters
    ----------
    text : str
        The question text.

    Returns
    -------
    str
        The feature's name (the whole text when nothing is left).

    Examples
    --------
    >>> from cxlab.exports import feature_name
    >>> feature_name("如果提供「AR 预览」，您的感受是？")
    'AR 预览'
    >>> feature_name("如果提供送货上门，您的感受是？")
    '送货上门'
    """
    if m := QUOTED.search(text):
        return m.group(1).strip()
    name = IF_CLAUSE.sub("", text) if IF_CLAUSE.match(text) else CONDITION.sub("", text)
    name = re.split(r"[，,？?。；;：:]", name, maxsplit=1)[0]
    name = re.sub(r"^(?:如果|假如|若|假设)\s*", "", name)
    name = re.sub(r"(该功能|这项功能|这个功能|功能)$", "", name).strip()
    return name or text.strip()


@dataclass
class Survey:
    """A platform export read into respondents × answers, with its codebook and exclusions.

    Made by :func:`read_export`; not built by hand.

    Attributes
    ----------
    responses : DataFrame
        Kept respondents (index: the platform's id, or ``row``) × answer columns (keys such as
        ``Q5`` or ``Q5_2``), only empty cells and platform markers missing.
    metadata : DataFrame
        The platform's own columns (times, IP, status …) for the kept respondents.
    codebook : DataFrame
        One row per column: ``key``, ``number``, ``question``, ``label``, ``type``.
    excluded : DataFrame
        One row per dropped respondent: ``row`` (spreadsheet row) and ``reason``.
    missing : DataFrame
        Cells read as missing: ``row``, ``column``, ``kind`` (skipped, not shown, …).
    platform : str
        One of :data:`PLATFORMS`.
    rows : dict
        Respondent id → spreadsheet row, for messages.
    source : dict
        ``file``, ``encoding``, ``mode`` and the sheet read.

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.exports import read_export
    >>> import warnings
    >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
    ...     survey = read_export(example_export("kano_wjx"))
    >>> survey.platform, survey.source["mode"]
    ('wjx', 'text')
    """

    responses: object
    metadata: object
    codebook: object
    excluded: object
    missing: object
    platform: str
    rows: object
    source: dict
    columns: dict = field(default_factory=dict, repr=False)
    options: dict = field(default_factory=dict, repr=False)
    texts: Survey | None = field(default=None, repr=False)
    codes: object = field(default=None, repr=False)  # SPSS: the numbers behind the value labels

    def __repr__(self) -> str:
        questions = self.codebook.loc[self.codebook["type"] != "meta", "number"].nunique()
        return i18n.t("export.repr", platform=NAMES[self.platform], file=self.source["file"],
                      kept=len(self.responses), excluded=len(self.excluded), questions=questions,
                      columns=self.responses.shape[1], encoding=self.source["encoding"])

    # -- finding questions

    def question(self, question) -> list[str]:
        """The response columns of a question.

        Parameters
        ----------
        question : int or str
            Its number as the file shows it (``5``, ``"Q3"``), a column key (``"Q5_2"``) or a
            unique part of its text.

        Returns
        -------
        list of str
            The question's column keys in :attr:`responses` (several for a matrix or multi-select).

        Raises
        ------
        LayoutError
            When no question matches, or a text matches several questions (listed).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     survey = read_export(example_export("nps_qualtrics"))
        >>> survey.question("Q1")
        ['Q1']
        """
        wanted = str(question).strip()
        answer = [c for c in self.columns.values() if c.kind not in ("meta", "empty")]
        bare = wanted.lstrip("Qq")
        for match in (lambda c: c.key == wanted, lambda c: c.number.lstrip("Qq") == bare and bare != ""):
            found = [c.key for c in answer if match(c)]
            if found:
                return found
        needle = wanted.casefold()
        hits = [c for c in answer if needle in c.question.casefold()]
        numbers = list(dict.fromkeys(c.number for c in hits))
        if len(numbers) == 1:
            return [c.key for c in hits]
        labelled = [c.key for c in answer if needle in c.label.casefold()]
        if len(labelled) == 1 and not numbers:
            return labelled
        if numbers:
            _fail("error.export_ambiguous_question", question=wanted,
                   matches=io.listing(f"{n} “{io.shorten(self._text(n))[1:-1]}”" for n in numbers))
        _fail("error.export_question", file=self.source["file"], question=wanted,
               available=io.listing(list(dict.fromkeys(c.number for c in answer)), len(answer)))

    def _text(self, number: str) -> str:
        return next(c.question for c in self.columns.values() if c.number == number)

    def _display(self, key: str) -> str:
        c = self.columns[key]
        shown = f"{c.question}{MATRIX_SEP + c.label if c.label else ''}"
        return f"{key} ({shown[:60]})" if shown else key

    def answers(self, key: str):
        """A column's answers as texts where the platform gives them, else as stored.

        Texts come from the 按文本 twin, 问卷网's ``code.csv`` or SPSS value labels.

        Parameters
        ----------
        key : str
            A column key of :attr:`responses`.

        Returns
        -------
        Series
            One answer per kept respondent, missing where skipped or blank.

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     survey = read_export(example_export("kano_wjx"))
        >>> survey.answers(survey.question("1")[0]).notna().all()
        np.True_
        """
        values = self.responses[key]
        if self.texts is not None and key in self.texts.responses:
            return self.texts.responses[key].reindex(values.index)
        number = self.columns[key].number
        options = self.options.get(f"Q{number}")
        if options:
            return values.map(lambda v: options.get(str(int(v)) if isinstance(v, float) and v.is_integer()
                                                    else str(v), v) if v == v else v)
        return values

    # -- scores for NPS / CSAT / CES

    def scores(self, question):
        """One numeric score per kept respondent (missing where skipped or blank).

        Numbers are taken as they are; option texts give the one number they contain ("10",
        "10分", "0 – 完全不可能"). A 问卷星 按序号 file holds option positions, not scores, and is
        refused unless its 按文本 twin was given.

        Parameters
        ----------
        question : int or str
            The question, as in :meth:`question` (a single question, not a matrix).

        Returns
        -------
        Series
            Float scores named by the column key.

        Raises
        ------
        LayoutError
            For a matrix question, an 按序号 file without its twin, or texts without exactly one
            number (naming the rows and values).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     survey = read_export(example_export("nps_qualtrics"))
        >>> scores = survey.scores("Q1")
        >>> bool(scores.between(0, 10).all())
        True
        """
        keys = self.question(question)
        if len(keys) > 1:
            labels = [self.columns[k].label or k for k in keys]
            _fail("error.export_matrix_question", question=self.columns[keys[0]].number,
                   count=len(keys), labels=io.listing(labels), example=keys[0])
        key = keys[0]
        return self._numbers(key)

    def _numbers(self, key: str):
        """Scores from numbers or from option texts holding exactly one number."""
        import pandas as pd

        values = self._scorable(key)
        if pd.api.types.is_numeric_dtype(values):
            return values.astype(float).rename(key)
        text = values.astype("string").str.replace(r"^[A-Z][.．、]\s*", "", regex=True)
        count = text.str.count(r"\d+(?:\.\d+)?").fillna(0)
        bad = values.notna() & (count != 1)
        if bad.any():
            _fail("error.export_scores", column=key, question=self.columns[key].number,
                   count=int(bad.sum()), rows=self.where(values.index[bad.to_numpy()]),
                   values=io.listing(map(io.shorten, values[bad])))
        return pd.to_numeric(text.str.extract(r"(\d+(?:\.\d+)?)", expand=False)).astype(float).rename(key)

    def where(self, ids) -> str:
        """Respondents as the user finds them: the platform's id and the spreadsheet row.

        Parameters
        ----------
        ids : sequence
            Index labels of :attr:`responses`.

        Returns
        -------
        str
            At most five respondents ("序号 3 (第 4 行)" / "序号 3 (row 4)"), then "…".

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     survey = read_export(example_export("kano_wjx"))
        >>> print(survey.where(survey.responses.index[:2]))  # in the active language
        序号 1（第 2 行）, 序号 2（第 3 行）
        """
        name = self.responses.index.name
        shown = [i18n.t("export.where", id=name, value=i, row=self.rows.get(i, "?")) if name != "row"
                 else i18n.t("read.row", row=i) for i in list(ids)[:io.SHOWN]]
        return io.listing(shown, len(ids))

    def _scorable(self, key: str):
        import pandas as pd

        values = self.answers(key)
        if self.codes is not None and not pd.api.types.is_numeric_dtype(values) \
                and not values.dropna().astype(str).str.count(r"\d+").eq(1).all():
            return self.codes[key]  # SPSS labels without numbers: the codes are the scores
        positions = self.source["mode"] == "code" and self.texts is None and not self.options
        if positions and pd.api.types.is_numeric_dtype(values):
            _fail("error.export_positions", file=self.source["file"])
        if self.platform == "wjx" and self.source["mode"] is None and self.texts is None \
                and pd.api.types.is_numeric_dtype(values) and values.min() >= 1:
            _fail("error.export_mode", file=self.source["file"], question=self.columns[key].number)
        return values

    # -- multi-select

    def choices(self, question):
        """A multi-select question as one true/false column per option.

        Reads 问卷星's packed 按文本 cells (``A┋B┋其他〖text〗``), and one column per option as
        问卷星 按序号 (1/0), 腾讯问卷 and SurveyMonkey (the option text when chosen) or Qualtrics
        (1 when chosen) write them.

        Parameters
        ----------
        question : int or str
            The question, as in :meth:`question`.

        Returns
        -------
        DataFrame
            One ``boolean`` column per option, missing where the respondent did not answer;
            ``attrs["other"]``: the "other" texts by respondent.
        """
        import pandas as pd

        keys = self.question(question)
        if len(keys) == 1:
            values = self.answers(keys[0]).astype("string")
            other = values.str.extract(r"〖([^〗]*)〗", expand=False)
            table = values.str.replace(r"〖[^〗]*〗", "", regex=True).str.get_dummies(sep="┋").astype("boolean")
            table.loc[values.isna().to_numpy()] = pd.NA
        else:
            picked = {self.columns[k].label or k: self.responses[k] for k in keys}
            table = pd.DataFrame({label: v.notna() & ~v.astype("string").str.strip().isin(["0", "0.0", ""])
                                  for label, v in picked.items()}).astype("boolean")
            answered = pd.concat([v.notna() for v in picked.values()], axis=1).any(axis=1)
            if not self._multi_with_zeros(keys):
                table.loc[~answered.to_numpy()] = pd.NA
            other = pd.Series(pd.NA, index=table.index, dtype="string")
        table.attrs["other"] = other.dropna()
        return table

    def _multi_with_zeros(self, keys) -> bool:
        """按序号 files write 0 for an option not chosen, so nobody there is missing."""
        import pandas as pd

        return all(pd.api.types.is_numeric_dtype(self.responses[k]) for k in keys)

    # -- Kano

    def kano_mapping(self):
        """Which columns hold each feature's functional and dysfunctional answers.

        Looks for 问卷星's Kano matrix (rows 如果有该功能 / 如果没有该功能), two matrices (all
        functional rows, then all dysfunctional rows with the same row labels), or two
        single-choice questions per feature (如果有… / 如果没有…, "If … / If … not").

        Returns
        -------
        DataFrame
            Indexed by ``feature``, with columns ``functional`` and ``dysfunctional`` (column keys),
            ``importance`` (a column key or missing) and ``layout`` (how the pair was found); it can
            be edited and passed back as ``kano(mapping=…)``.

        Raises
        ------
        LayoutError
            When no Kano pairs are found (the questions are listed).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     mapping = read_export(example_export("kano_wjx")).kano_mapping()
        >>> list(mapping.columns)
        ['functional', 'dysfunctional', 'importance', 'layout']
        """
        import pandas as pd

        groups = self._groups()
        found = _native_pairs(groups) or _matrix_pairs(groups) or _single_pairs(groups, self.responses)
        if not found:
            _fail("error.export_no_kano", file=self.source["file"],
                   questions=io.listing([f"{n} {io.shorten(c[0].question)}" for n, c in groups.items()]))
        table = pd.DataFrame(found, columns=["feature", "functional", "dysfunctional", "importance",
                                             "layout"])
        repeated = table["feature"].duplicated(keep=False)
        table.loc[repeated, "feature"] += " (" + table.loc[repeated, "functional"] + ")"
        return table.set_index("feature")

    def kano(self, *, mapping=None):
        """Functional / dysfunctional answer codes (1–5) per feature, in question order.

        Answers are parsed with :func:`cxlab.kano.parse_answers` (问卷星's 很喜欢 / 理所当然 /
        无所谓 / 勉强接受 / 很不喜欢 and the usual variants).

        Parameters
        ----------
        mapping : DataFrame, optional
            Which columns to pair (:meth:`kano_mapping`, possibly edited); found when omitted.

        Returns
        -------
        DataFrame
            One row per kept respondent; columns ``{feature}_func`` and ``{feature}_dys`` (and
            ``{feature}_imp`` for an importance rating), ready for :func:`cxlab.kano.analyze`.

        Raises
        ------
        LayoutError
            Listing every column whose answers are not Kano answers.

        Examples
        --------
        >>> from cxlab import kano
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     answers = read_export(example_export("kano_wjx")).kano()
        >>> kano.analyze(answers).index.name
        'feature'
        """
        import pandas as pd

        from cxlab import kano

        mapping = self.kano_mapping() if mapping is None else _as_mapping(mapping)
        jobs = {}
        for feature, row in mapping.iterrows():
            for part, suffix in (("functional", "_func"), ("dysfunctional", "_dys")):
                jobs[f"{feature}{suffix}"] = (lambda key=row[part]: kano.parse_answers(self._kano_answers(key)))
            if isinstance(row.get("importance"), str) and row["importance"]:
                jobs[f"{feature}_imp"] = (lambda key=row["importance"]: self.scores(key))
        return pd.DataFrame(self._every(jobs), index=self.responses.index)

    def _every(self, jobs: dict) -> dict:
        """Run every column's conversion; raise one error that lists every column at fault."""
        out, faults = {}, []
        for name, job in jobs.items():
            try:
                out[name] = job()
            except InvalidValueError as err:
                err.params["rows"], err.key = self.where(err.rows), "error.export_invalid_values"
                faults.append(err)
            except LayoutError as err:
                if err.key != "error.export_scores":
                    raise
                faults.append(err)
        if len(faults) == 1:
            raise faults[0]
        if faults:
            _fail("error.export_columns", count=len(faults),
                   details=i18n.Text(zh="\n".join(f.message("zh") for f in faults),
                                     en="\n".join(f.message("en") for f in faults)))
        return out

    def _kano_answers(self, key: str):
        values = self.answers(key)
        if self.source["mode"] == "code" and self.texts is None and not self.options \
                and self.columns[key].label and polarity(self.columns[key].label):
            return values.rename(self._display(key))  # 问卷星's Kano template lists the options in code order
        if self.source["mode"] == "code" and self.texts is None and not self.options:
            _fail("error.export_positions", file=self.source["file"])
        text = values.astype("string").str.replace(r"^[A-Z][.．、]\s*", "", regex=True)
        return text.where(values.notna()).astype(object).rename(self._display(key))

    # -- SERVQUAL

    def servqual_mapping(self, *, expectations=None, perceptions=None, items=None):
        """Which columns hold each SERVQUAL item's expectation and perception.

        The two matrices are found by their titles (期望 / expect and 感知 / 实际 / perceive) or
        given by number; their rows are taken in order as the items (``T1`` … ``E5``, or ``items``).

        Parameters
        ----------
        expectations : int or str, optional
            The expectations matrix, as in :meth:`question`.
        perceptions : int or str, optional
            The perceptions matrix.
        items : list of str, optional
            The item codes, in row order (default: :func:`cxlab.servqual.instrument`'s 22 items).

        Returns
        -------
        DataFrame
            Indexed by ``item``, with ``expectation`` and ``perception`` (column keys) and
            ``label`` (the expectation row's text), for the reader to check.

        Raises
        ------
        LayoutError
            When the two matrices cannot be found (the matrix questions are listed).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     mapping = read_export(example_export("servqual_wjx")).servqual_mapping()
        >>> len(mapping), list(mapping.columns)
        (22, ['expectation', 'perception', 'label'])
        """
        import pandas as pd

        from cxlab import servqual

        items = list(items) if items is not None else list(servqual.instrument()["item"])
        groups = {n: cols for n, cols in self._groups().items() if len(cols) == len(items)}
        e = self.question(expectations) if expectations is not None else _titled(groups, EXPECTED)
        p = self.question(perceptions) if perceptions is not None else _titled(groups, PERCEIVED, exclude=e)
        if not e or not p or len(e) != len(items) or len(p) != len(items):
            _fail("error.export_no_servqual", file=self.source["file"], count=len(items),
                  questions=io.listing([f"{n} ({len(c)})" for n, c in self._groups().items()
                                        if len(c) > 1]))
        return pd.DataFrame({"expectation": e, "perception": p, "label": [self.columns[k].label for k in e]},
                            index=pd.Index(items, name="item"))

    def servqual(self, *, expectations=None, perceptions=None, items=None):
        """Expectation and perception ratings, for :func:`cxlab.servqual.summarize`.

        Parameters
        ----------
        expectations : int or str, optional
            The expectations matrix, as in :meth:`servqual_mapping`.
        perceptions : int or str, optional
            The perceptions matrix.
        items : list of str, optional
            The item codes, in row order.

        Returns
        -------
        tuple of (DataFrame, DataFrame)
            Expectations and perceptions, one row per kept respondent and one float column per
            item (the columns of :meth:`servqual_mapping`).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     e, p = read_export(example_export("servqual_wjx")).servqual()
        >>> e.shape == p.shape, e.shape[1]
        (True, 22)
        """
        import pandas as pd

        mapping = self.servqual_mapping(expectations=expectations, perceptions=perceptions, items=items)
        jobs = {(part, item): (lambda k=k: self._numbers(k))
                for part in ("expectation", "perception") for item, k in mapping[part].items()}
        done = self._every(jobs)
        return tuple(pd.DataFrame({item: done[(part, item)] for item in mapping.index})
                     for part in ("expectation", "perception"))

    # -- quality screens

    def duration(self):
        """Each kept respondent's completion time in seconds, from the platform's metadata.

        The platform's own time is read where it gives one (问卷星 ``所用时间``: "248秒",
        "4分8秒", "1小时2分3秒" or a number; 腾讯问卷 and 问卷网 ``答题时长``; Qualtrics
        ``Duration (in seconds)``; LimeSurvey ``interviewtime``), else the end time minus the
        start time (腾讯问卷 ``开始答题时间`` / ``结束答题时间``, legacy Qualtrics ``StartDate`` /
        ``EndDate``, SurveyMonkey ``Start Date`` / ``End Date``, LimeSurvey ``startdate`` /
        ``submitdate``, 问卷网 ``start`` / ``finish``). A respondent whose own time is blank
        gets the end minus the start time where the export has both. Google Forms and SPSS files
        hold no completion time.

        Returns
        -------
        Series
            Float seconds named ``seconds``, indexed like :attr:`responses`; missing where the
            cell is empty (and no start and end fill it) or the export has no time.
            ``attrs["source"]``: the column read, ``"<end column> − <start column>"``, both
            (``"答题时长; 结束答题时间 − 开始答题时间"``) when the times filled blank cells, or
            ``None`` when the export has none.

        Raises
        ------
        DurationError
            Naming the column, the respondents and the values that are not a time (text that is
            not a duration, a negative time, an end before its start).

        Examples
        --------
        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # skipped answers: a DataWarning
        ...     survey = read_export(example_export("capstone_wjx"))
        >>> seconds = survey.duration()
        >>> seconds.attrs["source"], seconds.iloc[0], seconds.median()
        ('所用时间', np.float64(309.0), np.float64(248.5))
        """
        import pandas as pd

        meta = self.metadata
        named = {str(c).casefold(): c for c in meta.columns}
        seconds_columns, spans = DURATIONS.get(self.platform, ((), ()))
        span = next(((named[s.casefold()], named[e.casefold()]) for s, e in spans
                     if s.casefold() in named and e.casefold() in named), None)
        for name in seconds_columns:
            if name.casefold() in named:
                own = self._seconds(meta[named[name.casefold()]], named[name.casefold()])
                if span is None or own.notna().all():
                    return own
                out = own.fillna(self._span(*span))  # blank own time: end − start
                out.attrs["source"] = f"{own.attrs['source']}; {span[1]} − {span[0]}"
                return out
        if span is not None:
            return self._span(*span)
        out = pd.Series(float("nan"), index=meta.index, name="seconds")
        out.attrs["source"] = None
        return out

    def _seconds(self, values, column: str):
        """Seconds from numbers or duration texts ("248秒", "2分3秒", "1小时2分3秒")."""
        import pandas as pd

        text = values.astype("string").str.normalize("NFKC").str.strip()
        filled = values.notna() & text.ne("").fillna(False)
        parts = text.str.extract(DURATION_TEXT).apply(pd.to_numeric).astype(float)
        worded = parts.notna().any(axis=1)
        from_text = (parts["h"].fillna(0) * 3600 + parts["m"].fillna(0) * 60
                     + parts["s"].fillna(0)).where(worded)
        numbers = pd.to_numeric(text.where(filled), errors="coerce").astype(float)
        seconds = numbers.fillna(from_text)
        bad = (filled & (seconds.isna() | seconds.lt(0))).to_numpy()
        if bad.any():
            raise DurationError(column=column, count=int(bad.sum()), rows=self.where(values.index[bad]),
                                values=io.listing(map(io.shorten, values[bad])))
        out = seconds.where(filled).rename("seconds")
        out.attrs["source"] = column
        return out

    def _span(self, start: str, end: str):
        """Seconds from a start and an end time (read as dates when the layout did not)."""
        import pandas as pd

        rows = self.rows.reindex(self.metadata.index).to_numpy()
        began, ended = (pd.Series(io.to_dates(self.metadata[c].set_axis(rows), c).to_numpy(),
                                  index=self.metadata.index) for c in (start, end))
        seconds = (ended - began).dt.total_seconds()
        bad = seconds.lt(0).to_numpy()
        if bad.any():
            raise DurationError(column=f"{start} → {end}", count=int(bad.sum()),
                                rows=self.where(seconds.index[bad]),
                                values=io.listing(f"{a} → {b}" for a, b in zip(began[bad], ended[bad],
                                                                                strict=True)))
        out = seconds.rename("seconds")
        out.attrs["source"] = f"{end} − {start}"
        return out

    def screen(self, *, speed: float | None = 1 / 3, straight_lining=None, duplicates: str | None = "answers",
               min_items: int = 5) -> Screening:
        """Flag low-quality responses (duplicates, speeders, straight-liners) and set them aside.

        Each rule is judged on every kept respondent on its own; a respondent flagged by several
        rules is one row of :attr:`Screening.flagged` naming them all. Nothing is dropped
        silently: the flagged respondents are listed with their evidence, added to the kept
        survey's ``excluded`` table with their reason, and counted in a :class:`ScreenWarning`.

        - **duplicate**: a response whose answers (every answer column, missing answers alike)
          are identical to an earlier one's, optionally from the same IP address; the earliest
          is kept. Only responses with at least ``min_items`` answers are judged: a short answer
          pattern repeats by chance.
        - **speeder**: completion time (:meth:`duration`) under ``speed`` × the median time of
          the kept respondents, a threshold relative to the median as in Greszki, Meyer and
          Schoen (2015) and Leiner (2019). Respondents without a time are not judged (a
          :class:`cxlab.DataWarning` names them).
        - **straight_lining**: the same answer to every answered item of a battery (a grid of
          rating items), judged only where at least ``min_items`` items are answered (Kim et
          al. 2019; the long-string index Curran 2016 reviews, at its extreme).

        Parameters
        ----------
        speed : float or None
            Flag completion times under this fraction of the median time (``0 < speed < 1``);
            ``None`` turns the rule off. The default 1/3 is the capstone's rule; Leiner (2019)
            flags respondents more than twice as fast as the median (``speed=0.5``). An export
            without completion times (Google Forms, SPSS) raises :class:`ScreenError` unless
            ``speed=None``: the rule was asked for and cannot be judged.
        straight_lining : int, str or list, optional
            The battery: a question (a number or text, as in :meth:`question`; a matrix gives
            all its rows), a column key, or a list of them pooled into one battery (``[10, 11]``
            for an expectations and a perceptions matrix). ``None`` (default) turns the rule off.
        duplicates : {"answers", "answers+ip"} or None
            ``"answers"``: identical answers; ``"answers+ip"``: identical answers from the same
            IP address (问卷星 ``来自IP`` without its "(归属地)", Qualtrics ``IPAddress``, 腾讯问卷
            ``IP`` …; :class:`ScreenError` when the export has no IP column); ``None`` turns the
            rule off.
        min_items : int
            The fewest answered items a battery (and a response, for duplicates) needs to be
            judged; at least 2.

        Returns
        -------
        Screening
            ``kept`` (the survey without the flagged respondents), ``flagged``, ``counts``,
            ``median`` and ``threshold``. ``flagged`` has one row per flagged respondent, indexed
            like :attr:`responses`, with columns

            - ``row``: the spreadsheet row;
            - ``duplicate``, ``speeder``, ``straight_lining``: whether each rule applied flags
              the respondent (a column per rule applied);
            - ``reason``: the rules with their evidence, in the active language;
            - ``duplicate_of``: the earlier respondent with the same answers (duplicates);
            - ``seconds``, ``threshold``: the completion time and the speed threshold (speed);
            - ``items``, ``value``: the battery items answered and the one answer given to all
              of them (straight-lining).

        Raises
        ------
        ScreenError
            For the speed rule on an export without times, ``"answers+ip"`` without an IP
            column, or a battery with fewer than ``min_items`` columns.
        DurationError
            For a completion time that cannot be read (see :meth:`duration`).
        cxlab.errors.OptionError
            For an option outside its values.

        References
        ----------
        .. [1] Greszki, R., Meyer, M. & Schoen, H. (2015). Exploring the effects of removing
           "too fast" responses and respondents from web surveys. *Public Opinion Quarterly*,
           79(2), 471–503.
        .. [2] Leiner, D. J. (2019). Too fast, too straight, too weird: Non-reactive indicators
           for meaningless data in internet surveys. *Survey Research Methods*, 13(3), 229–248.
           https://doi.org/10.18148/srm/2019.v13i3.7403
        .. [3] Kim, Y., Dykema, J., Stevenson, J., Black, P. & Moberg, D. P. (2019).
           Straightlining: overview of measurement, comparison of indicators, and effects in
           mail–web mixed-mode surveys. *Social Science Computer Review*, 37(2), 214–233.
           https://doi.org/10.1177/0894439317752406
        .. [4] Curran, P. G. (2016). Methods for the detection of carelessly invalid responses
           in survey data. *Journal of Experimental Social Psychology*, 66, 4–19.
           https://doi.org/10.1016/j.jesp.2015.07.006

        Examples
        --------
        The capstone's 问卷星 export, screened by the notebook's three rules:

        >>> from cxlab.datasets import example_export
        >>> from cxlab.exports import read_export
        >>> import warnings
        >>> with warnings.catch_warnings(action="ignore"):  # missing answers, exclusions: DataWarnings
        ...     survey = read_export(example_export("capstone_wjx"))
        ...     screened = survey.screen(straight_lining=[10, 11], duplicates="answers+ip")
        >>> screened.counts.to_dict()
        {'duplicate': 5, 'speeder': 9, 'straight_lining': 6}
        >>> len(screened.flagged), len(screened.kept.responses), round(screened.threshold, 2)
        (20, 318, 82.83)
        """
        import pandas as pd

        from cxlab.errors import OptionError
        from cxlab.validate import check_option

        if speed is not None and not (isinstance(speed, int | float) and 0 < speed < 1):
            raise OptionError(name="speed", value=speed, valid="0 < speed < 1, None")
        check_option("duplicates", duplicates, ["answers", "answers+ip", None])
        if isinstance(min_items, bool) or not isinstance(min_items, int) or min_items < 2:
            raise OptionError(name="min_items", value=min_items, valid="2, 3, 4 …")
        ids = self.responses.index
        flags, evidence, reasons = {}, {}, {}
        median = threshold = float("nan")
        if duplicates is not None:
            flag, earlier = self._duplicates(ip=duplicates == "answers+ip", min_items=min_items)
            flags["duplicate"], evidence["duplicate_of"] = flag, earlier.astype(object).where(flag)
            reasons["duplicate"] = [i18n.t("export.screen.duplicate", of=self.where([e])) for e in earlier[flag]]
        if speed is not None:
            seconds = self._timed()
            median = float(seconds.median())
            threshold = speed * median
            flag = seconds.lt(threshold)
            flags["speeder"], evidence["seconds"], evidence["threshold"] = flag, seconds, threshold
            reasons["speeder"] = [i18n.t("export.screen.speeder", seconds=f"{s:g}", threshold=f"{threshold:.4g}")
                                  for s in seconds[flag]]
        if straight_lining is not None:
            flag, answered, value = self._straight(straight_lining, min_items)
            flags["straight_lining"], evidence["items"], evidence["value"] = (flag, answered,
                                                                             value.astype(object).where(flag))
            reasons["straight_lining"] = [i18n.t("export.screen.straight_lining", items=n, value=_shown(v))
                                          for n, v in zip(answered[flag], value[flag], strict=True)]
        table = pd.DataFrame(flags, index=ids, dtype=bool)
        hit = table.any(axis=1).to_numpy()
        reason = _joined({rule: pd.Series(text, index=ids[flags[rule].to_numpy()], dtype=object)
                          for rule, text in reasons.items()}, ids)
        flagged = pd.concat([pd.DataFrame({"row": self.rows.reindex(ids).to_numpy()}, index=ids), table,
                             reason.rename("reason"), pd.DataFrame(evidence, index=ids)], axis=1)[hit]
        counts = table.sum().astype(int).rename("respondents").rename_axis("rule")
        rules = _joined({rule: pd.Series(i18n.t(f"export.rule.{rule}"), index=ids[flags[rule].to_numpy()],
                                         dtype=object) for rule in flags}, ids)
        kept = self._keep(~hit, flagged[["row", "reason"]].assign(rule=rules[hit]))
        if hit.any():
            warnings.warn(ScreenWarning("warn.export_screened", file=self.source["file"], count=int(hit.sum()),
                                        rules=_rule_counts(counts)), stacklevel=2)
        return Screening(kept=kept, flagged=flagged, counts=counts, median=median, threshold=threshold)

    def _timed(self):
        """Completion times for the speed rule: refused when the export has none, the respondents
        without one named in a warning."""
        seconds = self.duration()
        if seconds.isna().all():
            raise ScreenError(platform=NAMES[self.platform], file=self.source["file"],
                              columns=io.listing(map(str, self.metadata.columns)) or "—")
        untimed = seconds.isna().to_numpy()
        if untimed.any():
            warnings.warn(DataWarning("warn.export_untimed", file=self.source["file"], count=int(untimed.sum()),
                                      rows=self.where(seconds.index[untimed])), stacklevel=3)
        return seconds

    def _duplicates(self, *, ip: bool, min_items: int):
        """Which responses repeat an earlier one's answers (and IP), and the earlier one."""
        import pandas as pd

        frame = self.responses
        if ip:
            named = {str(c).casefold(): c for c in self.metadata.columns}
            column = next((named[c.casefold()] for c in IP_COLUMNS if c.casefold() in named), None)
            if column is None:
                io.raise_as(ScreenError, "error.export_no_ip", platform=NAMES[self.platform],
                            file=self.source["file"], columns=io.listing(map(str, self.metadata.columns)) or "—")
            address = self.metadata[column].astype("string").str.replace(r"\s*[(（].*$", "", regex=True)
            frame = pd.concat([frame, address.rename("\0ip")], axis=1)
        group = frame.groupby([frame[c] for c in frame.columns], dropna=False, sort=False).ngroup().to_numpy()
        earlier = pd.Series(self.responses.index, index=self.responses.index).groupby(group).transform("first")
        flag = frame.duplicated(keep="first") & self.responses.notna().sum(axis=1).ge(min_items)
        if ip:
            flag &= frame["\0ip"].notna()
        return flag, earlier

    def _straight(self, battery, min_items: int):
        """Whether every answered item of the battery has one answer; the items answered and
        that answer."""
        wanted = battery if isinstance(battery, list | tuple) else [battery]
        keys = list(dict.fromkeys(k for b in wanted
                                  for k in ([b] if b in self.responses.columns else self.question(b))))
        if len(keys) < min_items:
            io.raise_as(ScreenError, "error.export_short_battery", count=len(keys),
                        columns=io.listing(keys), min_items=min_items)
        items = self.responses[keys]
        answered = items.notna().sum(axis=1).rename("items")
        first = items.bfill(axis=1).iloc[:, 0].rename("value")
        flag = (items.eq(first, axis=0) | items.isna()).all(axis=1) & answered.ge(min_items)
        return flag, answered, first

    def _keep(self, keep, excluded) -> Survey:
        """The survey restricted to ``keep`` (a boolean array over respondents), with ``excluded``
        added to its exclusions."""
        import pandas as pd

        ids = self.responses.index[keep]
        both = [t for t in (self.excluded, excluded) if len(t)]
        return replace(self, responses=self.responses[keep], metadata=self.metadata[keep],
                       excluded=pd.concat(both) if len(both) > 1 else (both or [self.excluded])[0],
                       missing=self.missing[self.missing["respondent"].isin(ids).to_numpy()],
                       rows=self.rows.reindex(ids),
                       texts=None if self.texts is None else replace(
                           self.texts, responses=self.texts.responses[self.texts.responses.index.isin(ids)]),
                       codes=None if self.codes is None else self.codes[keep])

    def _groups(self) -> dict[str, list[Column]]:
        groups: dict[str, list[Column]] = {}
        for column in self.columns.values():
            if column.kind in ("single", "matrix"):
                groups.setdefault(column.number, []).append(column)
        return groups


# ---------------------------------------------------------------- quality screens

# platform → (columns holding seconds or 问卷星 duration text, (start, end) pairs): the platform's
# own time first, else end − start (survey-exports.md §1.2, §2, §3, §4, §6, §7)
DURATIONS = {
    "wjx": (("所用时间",), ()),
    "tencent": (("答题时长",), (("开始答题时间", "结束答题时间"),)),
    "qualtrics": (("Duration (in seconds)",), (("StartDate", "EndDate"),)),
    "surveymonkey": ((), (("Start Date", "End Date"),)),
    "limesurvey": (("interviewtime",), (("startdate", "submitdate"),)),
    "wenjuan": (("答题时长",), (("start", "finish"), ("开始时间", "结束时间"))),
}
DURATION_TEXT = (r"^(?:(?P<h>\d+(?:\.\d+)?)\s*(?:小时|时))?\s*(?:(?P<m>\d+(?:\.\d+)?)\s*(?:分钟|分))?"
                 r"\s*(?:(?P<s>\d+(?:\.\d+)?)\s*秒)?$")
IP_COLUMNS = ("来自IP", "IPAddress", "IP", "IP Address", "ipaddr")


def _joined(parts: dict, index):
    """One text per respondent: the rules' texts joined (missing where no rule applies)."""
    import pandas as pd

    sep = i18n.render(i18n.Text(zh="；", en="; "))
    out = pd.Series(None, index=index, dtype=object)
    for part in parts.values():  # one pass per rule, not per respondent
        part = part.reindex(index)
        joined = out.fillna("").where(out.isna(), out + sep) + part
        out = joined.where(part.notna(), out)
    return out


def _shown(value) -> str:
    """An answer as a message quotes it: 4 rather than 4.0."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _rule_counts(counts) -> str:
    """Respondents per rule for a message ("重复提交: 5; 答题过快: 9")."""
    return "; ".join(f"{i18n.t('export.rule.' + rule)}: {n}" for rule, n in counts.items())


@dataclass(frozen=True)
class Screening(Result):
    """What :meth:`Survey.screen` found: the survey without the flagged respondents, and why
    each was flagged.

    Attributes
    ----------
    kept : Survey
        The survey without the flagged respondents; its ``excluded`` lists the platform's own
        exclusions, then the flagged respondents (``row``, ``reason`` with the evidence, and
        ``rule``: the rules' names, for counting).
    flagged : DataFrame
        One row per flagged respondent, its columns as :meth:`Survey.screen` lists them.
    counts : Series
        Respondents flagged by each rule applied, indexed by ``rule`` (``duplicate``,
        ``speeder``, ``straight_lining``); a respondent flagged by two rules counts in both.
    median : float
        The median completion time in seconds (NaN without the speed rule).
    threshold : float
        ``speed`` × ``median``: a faster time is flagged (NaN without the speed rule).

    Examples
    --------
    >>> from cxlab.datasets import example_export
    >>> from cxlab.exports import read_export
    >>> import warnings
    >>> with warnings.catch_warnings(action="ignore"):  # missing answers, exclusions: DataWarnings
    ...     screened = read_export(example_export("capstone_wjx")).screen(straight_lining=[10, 11])
    >>> print(screened)  # in the active language
    质量筛查：排除 20 位受访者（重复提交: 5; 答题过快: 9; 直线作答: 6），保留 318 位
    """

    kept: Survey
    flagged: object
    counts: object
    median: float
    threshold: float

    @property
    def table(self):
        """The flagged respondents, as :attr:`flagged`.

        Returns
        -------
        DataFrame
            One row per flagged respondent.
        """
        return self.flagged

    def __repr__(self) -> str:
        return i18n.t("export.screen.repr", count=len(self.flagged), kept=len(self.kept.responses),
                      rules=_rule_counts(self.counts))


def _titled(groups: dict, pattern, exclude=()) -> list[str]:
    hits = [cols for cols in groups.values() if pattern.search(cols[0].question)
            and cols[0].key not in exclude]
    return [c.key for c in hits[0]] if len(hits) == 1 else []


def _native_pairs(groups: dict) -> list[tuple]:
    found = []
    for cols in groups.values():
        roles = {polarity(c.label): c.key for c in cols if c.label}
        if len(cols) in (2, 3) and {"func", "dys"} <= set(roles):
            imp = next((c.key for c in cols if IMPORTANCE.search(c.label)), None)
            found.append((feature_name(cols[0].question), roles["func"], roles["dys"], imp, "matrix"))
    return found


def _matrix_pairs(groups: dict) -> list[tuple]:
    matrices = [cols for cols in groups.values() if len(cols) > 1 and cols[0].question]
    functional = [m for m in matrices if polarity(m[0].question) == "func"]
    dysfunctional = [m for m in matrices if polarity(m[0].question) == "dys"]
    for f in functional:
        for d in dysfunctional:
            if [c.label for c in f] == [c.label for c in d]:
                return [(a.label, a.key, b.key, None, "two matrices") for a, b in zip(f, d, strict=True)]
    return []


POLAR_WORDS = re.compile(r"如果|假如|若|假设|没有|不提供|不具备|不具有|不支持|未提供|不包含|提供|具备|具有|支持|包含|有|不|"
                         r"\b(?:if|not|no|doesn't|don't|didn't|does|did|do|had|has|have|offers?|offered|"
                         r"provides?|provided|includes?|included|without|with)\b|[\W_]+", re.I)


def _single_pairs(groups: dict, responses) -> list[tuple]:
    """Two single questions per feature: runs of consecutive questions answered with Kano
    answer texts, taken two by two in order (functional first, as Kano questionnaires ask);
    a pair worded the other way round (如果没有… before 如果有…) is turned."""
    singles = [cols[0] for cols in groups.values() if len(cols) == 1]
    runs = [[]]
    for column in singles:
        if _kano_answers(responses[column.key]):
            runs[-1].append(column)
        elif runs[-1]:
            runs.append([])
    found = []
    for run in runs:
        if len(run) % 2:  # an odd run: only pairs whose wording says which is which
            pairs = [(a, b) for a, b in itertools.pairwise(run)
                     if {polarity(a.question), polarity(b.question)} == {"func", "dys"}]
        else:
            pairs = list(zip(run[::2], run[1::2], strict=True))
        for a, b in pairs:
            if polarity(a.question) == "dys" and polarity(b.question) != "dys":
                a, b = b, a
            found.append((feature_name(a.question), a.key, b.key, None, "question pairs"))
    return found


def _kano_answers(values) -> bool:
    """Whether the answers are Kano answer texts (很喜欢, 理所当然, "I like it that way" …):
    known wordings, at least one of them words rather than a code."""
    from cxlab import kano

    known = kano.answer_map()
    given = [str(v) for v in values.dropna().unique()]
    texts = [v for v in given if not v.strip().isdigit()]
    return bool(texts) and all(kano.normalise_answer(re.sub(r"^[A-Z][.．、]\s*", "", v)) in known for v in given)


def _as_mapping(mapping):
    import pandas as pd

    table = pd.DataFrame(mapping)
    if "feature" in table.columns:
        table = table.set_index("feature")
    from cxlab.validate import require_columns

    require_columns(table, ["functional", "dysfunctional"],
                    what=i18n.Text(zh="Kano 对照表", en="The Kano mapping"))
    return table
