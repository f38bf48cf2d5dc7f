"""Capstone notebook 12: its raw export, the numbers its text and summary quote, its rubric, and
a student edition that runs from top to bottom with every solution cell blank.

The key numbers are recomputed here from the xlsx with openpyxl and plain Python (not cxlab):
exclusions, the first Kano priority, the largest SERVQUAL gap, NPS and the satisfied share.
"""

import runpy
import statistics
from collections import Counter

import nbformat
import openpyxl
import pytest

import cxlab
from cxlab import capstone

from .conftest import ROOT

GENERATOR = runpy.run_path(str(ROOT / "datasets" / "generators" / "capstone.py"))
editions = runpy.run_path(str(ROOT / "tools" / "editions.py"))
NOTEBOOK = "12_capstone_project.ipynb"
BERGER = "QAAAORIIIMRIIIMRIIIMRRRRQ"  # Berger et al. 1993, functional rows × dysfunctional columns
LABELS = ["很喜欢", "理所当然", "无所谓", "勉强接受", "很不喜欢"]


def _sheet():
    rows = list(openpyxl.load_workbook(cxlab.example_export("capstone_wjx")).active.values)
    return rows[0], rows[1:]


@pytest.fixture(scope="module")
def raw():
    """The export's kept rows and the exclusion counts, by the notebook's three rules."""
    header, rows = _sheet()
    seconds = [int(r[2].removesuffix("秒")) for r in rows]
    sq = next(k for k, h in enumerate(header) if h.startswith("10、"))  # SERVQUAL expectations start here
    seen, reasons = set(), []
    median = statistics.median(seconds)
    for r, s in zip(rows, seconds, strict=True):
        key = (r[5], *r[6:])
        reason = "dup" if key in seen else "fast" if s < median / 3 else \
            "flat" if len(set(r[sq:sq + 20])) == 1 else None
        seen.add(key)
        reasons.append(reason)
    kept = [r for r, why in zip(rows, reasons, strict=True) if why is None]
    return header, kept, Counter(w for w in reasons if w), sq


def _outputs(lang: str) -> str:
    nb = nbformat.read(ROOT / "notebooks" / lang / NOTEBOOK, as_version=4)
    return "\n".join(str(v) for c in nb.cells if c.cell_type == "code" for o in c.outputs
                     for v in [o.get("text", ""), *o.get("data", {}).values()])


def test_the_export_is_what_the_seeded_generator_writes():
    header, rows = _sheet()
    want_header, want_rows = GENERATOR["build"](GENERATOR["np"].random.default_rng(GENERATOR["SEED"]))
    assert list(header) == want_header
    assert [list(r) for r in rows] == want_rows


def test_the_faults_are_there_at_their_counts(raw):
    header, kept, excluded, _ = raw
    assert excluded == {"dup": 5, "fast": 9, "flat": 6} == {
        "dup": GENERATOR["DUPLICATES"], "fast": GENERATOR["SPEEDERS"], "flat": GENERATOR["STRAIGHT_LINERS"]}
    assert len(kept) == GENERATOR["GENUINE"] == 318
    _, rows = _sheet()
    no_furniture = sum(r[header.index("2、您这次是否购买了需要上门安装的大件家具？")] == "否" for r in rows)
    skipped = sum(v == "(跳过)" for r in rows for v in r)
    blank = sum(r[-1] == "(空)" for r in rows)
    # the counts the data card (datasets/exports/capstone_wjx.md) gives
    assert (len(rows), no_furniture, skipped, blank) == (338, 101, 4 * 101, 257)  # 2 matrices × 2 columns
    assert 240 <= statistics.median(int(r[2].removesuffix("秒")) for r in rows) <= 260


def test_key_numbers_in_both_editions_match_an_independent_computation(raw):
    header, kept, excluded, sq = raw
    # NPS and satisfied share over the kept rows (Reichheld 2003: 9–10 minus 0–6)
    nps_col, csat_col = sq + 20, sq + 21
    scores = [r[nps_col] for r in kept]
    nps = 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)
    satisfied = sum(r[csat_col] >= 4 for r in kept) / len(kept)
    # SERVQUAL: mean P − E per dimension (items two by two: T, R, S, A, E)
    gaps = {d: statistics.mean(r[sq + 10 + k] - r[sq + k] for r in kept for k in (2 * i, 2 * i + 1))
            for i, d in enumerate("TRSAE")}
    largest = min(gaps, key=gaps.get)
    # Kano: the most frequent category per feature; the first must-be by |worse| (Berger 1993)
    worse = {}
    for k in range(7):
        f = header.index(next(h for h in header if h.startswith(f"{k + 3}、")))
        cats = Counter(BERGER[LABELS.index(r[f]) * 5 + LABELS.index(r[f + 1])] for r in kept
                       if r[f] != "(跳过)")
        if cats.most_common(1)[0][0] == "M":
            name = header[f].split("「")[1].split("」")[0]
            worse[name] = (cats["O"] + cats["M"]) / sum(cats[c] for c in "AOMI")
    first = max(worse, key=worse.get)
    assert (round(nps, 1), round(satisfied, 2), largest) == (6.6, 0.67, "R")
    assert first == "商品图片与实物颜色、尺寸一致"
    zh, en = _outputs("zh"), _outputs("en")
    assert f"读入 338 份，排除 {sum(excluded.values())} 份，保留 {len(kept)} 份" in zh
    assert f"Read 338, excluded {sum(excluded.values())}, kept {len(kept)}" in en
    assert f"NPS {nps:.1f}（95% 区间" in zh and f"NPS {nps:.1f} (95% interval" in en
    assert f"满意率 {satisfied:.1%}" in zh and f"Satisfied {satisfied:.1%}" in en
    assert f"差距最大：可靠性 {gaps['R']:.2f}" in zh and f"Largest gap: Reliability {gaps['R']:.2f}" in en
    assert f"1. Kano 优先：{first}（M）" in zh
    assert "1. Kano priorities: product photos matched the real colour and size (M)" in en


def test_the_rubric_is_four_criteria_at_three_levels_in_both_languages():
    for lang in ("zh", "en"):
        table = capstone.rubric(language=lang)
        assert list(table.index) == ["data", "analysis", "plan", "summary"]
        assert table.shape == (4, 5) and table.attrs["max_points"] == 100
        assert table.iloc[:, 2:].map(len).min().min() > 20  # every cell says something
    assert capstone.rubric(language="zh").columns[-1] == "优秀（25 分）"
    assert capstone.rubric(language="en").columns[2] == "Needs work (10 pts)"


def _solution_names(nb) -> set[str]:
    return {c.source for c in nb.cells if "solution" in c.metadata.get("tags", [])}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_student_edition_runs_top_to_bottom(lang):
    from nbclient import NotebookClient

    folder = ROOT / "notebooks" / lang
    trainer = nbformat.read(folder / NOTEBOOK, as_version=4)
    assert len(_solution_names(trainer)) == 8
    student = editions["student"](trainer, lang)
    blanks = [c for c in student.cells if "exercise" in c.metadata.get("tags", [])]
    assert len(blanks) == 8 and not _solution_names(student)
    NotebookClient(student, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute()
    errors = [o for c in student.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error" or o.get("name") == "stderr"]
    assert not errors, errors
    summary = student.cells[-2].outputs[0]["data"]["text/markdown"]
    assert summary == trainer.cells[-2].outputs[0]["data"]["text/markdown"]
