"""Write bundled datasets as survey platforms export them, for the "your own data" lessons.

Synthetic, made from the bundled datasets (so an analysis of the export must give exactly the
numbers of the dataset) in the layouts of cxlab's reference ``survey-exports.md``:

- ``exports/kano_wjx_按文本.xlsx``: kano_survey as a 问卷星 按文本 download: metadata columns
  (序号 … 来自IP), two single-choice segment questions, then one Kano matrix per feature in the
  2024-25 header style (``N、您对「…」的看法—如果有该功能`` then the bare row label
  ``如果没有该功能``), answers in the template's wording, ``(跳过)`` where the dataset is blank.
- ``exports/servqual_wjx_按文本.xlsx``: servqual_bank's 22 expectation and 22 perception ratings
  as two 问卷星 matrix questions.
- ``exports/nps_qualtrics.csv``: intro_survey as a Qualtrics CSV (three header rows, numeric
  values, ``Q1_NPS_GROUP``), plus 2 survey previews, 1 test and 3 unfinished responses that
  ``read_export`` must exclude.

Run: python datasets/generators/exports.py  (same seed, same files)
"""

from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

import cxlab
from cxlab import kano, servqual

SEED = 42509
OUT = Path(__file__).resolve().parents[1] / "exports"
WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"]
KANO_LABELS = ["很喜欢", "理所当然", "无所谓", "勉强接受", "很不喜欢"]


def _wjx_meta(n: int, rng) -> list[list]:
    start = pd.Timestamp("2026-09-01 08:00:00")
    times = start + pd.to_timedelta(np.sort(rng.integers(0, 14 * 86400, n)), unit="s")
    return [[i + 1, t.strftime("%Y/%m/%d %H:%M:%S"), f"{rng.integers(60, 600)}秒", "手机提交", "微信",
             f"10.{rng.integers(0, 255)}.{rng.integers(0, 255)}.{rng.integers(1, 255)}(广东-深圳)"]
            for i, t in enumerate(times)]


def save_xlsx(header: list, rows: list[list], path: Path) -> None:
    """One sheet named Sheet1, as 问卷星 downloads it (also used by capstone.py)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)


def kano_wjx(rng) -> None:
    survey = cxlab.load_dataset("kano_survey")
    features = cxlab.load_dataset("kano_features").set_index("feature")
    header = [*WJX_META, "1、您是我们的新顾客还是老顾客？", "2、您的年龄段"]
    rows = [[*m, {"new": "新顾客", "returning": "老顾客"}[c], a]
            for m, c, a in zip(_wjx_meta(len(survey), rng), survey["customer_type"], survey["age_band"],
                               strict=True)]
    for number, feature in enumerate(kano.feature_columns(survey), 3):
        header += [f"{number}、您对「{features.loc[feature, 'zh']}」的看法—如果有该功能", "如果没有该功能"]
        for part in ("_func", "_dys"):
            codes = kano.parse_answers(survey[feature + part])
            for row, code in zip(rows, codes, strict=True):
                row.append("(跳过)" if pd.isna(code) else KANO_LABELS[int(code) - 1])
    save_xlsx(header, rows, OUT / "kano_wjx_按文本.xlsx")


def servqual_wjx(rng) -> None:
    bank = cxlab.load_dataset("servqual_bank")
    items = servqual.instrument("zh")
    header = list(WJX_META)
    rows = [list(m) for m in _wjx_meta(len(bank), rng)]
    for number, (prefix, stem) in enumerate((("E", "一家优秀的银行应当做到以下各项的程度（期望）"),
                                              ("P", "本行在以下各项上的实际表现（感知）")), 1):
        for i, (item, wording) in enumerate(zip(items["item"], items["wording"], strict=True)):
            header.append(f"{number}、{stem}—{wording}" if i == 0 else wording)
            for row, value in zip(rows, bank[f"{prefix}_{item}"], strict=True):
                row.append(int(value))
    save_xlsx(header, rows, OUT / "servqual_wjx_按文本.xlsx")


QUALTRICS_META = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
                  "Finished", "RecordedDate", "ResponseId", "DistributionChannel", "UserLanguage"]
QUALTRICS_TEXT = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)",
                  "Finished", "Recorded Date", "Response ID", "Distribution Channel", "User Language"]
QUALTRICS_IDS = ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished",
                 "recordedDate", "_recordId", "distributionChannel", "userLanguage"]


def nps_qualtrics(rng) -> None:
    survey = cxlab.load_dataset("intro_survey")
    questions = [("Q1", "How likely are you to recommend us to a friend or colleague?", "QID1"),
                 ("Q1_NPS_GROUP", "How likely are you to recommend us to a friend or colleague? - Group",
                  "QID1_NPS_GROUP"),
                 ("Q2", "Overall, how satisfied are you with our service?", "QID2"),
                 ("Q3", "How easy was it to get your issue handled?", "QID3")]
    header = [QUALTRICS_META + [q[0] for q in questions], QUALTRICS_TEXT + [q[1] for q in questions],
              [f'{{"ImportId":"{i}"}}' for i in QUALTRICS_IDS + [q[2] for q in questions]]]
    extra = [(1, 100, 1), (1, 100, 1), (2, 100, 1), (0, 40, 0), (0, 65, 0), (0, 10, 0)]  # status, progress, finished
    records = [(0, 100, 1, r) for r in survey[["recommend", "csat", "ces"]].itertuples(index=False)]
    records += [(s, p, f, tuple(rng.integers(0, [11, 6, 8]).clip([0, 1, 1]))) for s, p, f in extra]
    order = rng.permutation(len(records))
    rows = []
    for i, k in enumerate(order):
        status, progress, finished, (recommend, csat, ces) = records[k]
        start = pd.Timestamp("2026-01-05 09:00:00") + pd.Timedelta(minutes=37 * i)
        group = 1 if recommend <= 6 else 2 if recommend <= 8 else 3
        rows.append([f"{start:%Y-%m-%d %H:%M:%S}", f"{start + pd.Timedelta(seconds=95):%Y-%m-%d %H:%M:%S}",
                     status, f"203.0.113.{i % 250 + 1}", progress, 95, finished,
                     f"{start + pd.Timedelta(seconds=95):%Y-%m-%d %H:%M:%S}", f"R_{i + 1:05d}xYz",
                     "anonymous", "EN", recommend, group, csat, ces])
    pd.DataFrame(header + rows).to_csv(OUT / "nps_qualtrics.csv", index=False, header=False, encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    generator = np.random.default_rng(SEED)
    kano_wjx(generator)
    servqual_wjx(generator)
    nps_qualtrics(generator)
