"""Printable worksheets for group work and a printable question bank, in zh and en.

    python tools/worksheets.py [OUT]      # default build/handouts/templates/{zh,en}/

Each worksheet is written as an A4 HTML page, as an XLSX sheet to fill in on a laptop, and as
PDF when Debian's chromium is installed (``make handouts`` builds them with the notebooks).
The layouts follow the workbook's lessons: journey map and service blueprint (notebook 08,
Shostack 1984, Bitner et al. 2008), empathy map and persona (08, clause 7.1.1), risk and
opportunity register (09, 7.2.3), Kano and SERVQUAL questionnaires (03, 05), goal worksheet
(07: the 6.1.4 kinds and the 6.1.5 plan items), the capstone rubric (12). The concept sheet (概念固化表) and user-test
sheet (用户测试表) are named as deliverables in the training outline (seed 002, module 5);
their columns are cxlab's design, as each sheet says. The question bank prints every quiz
question with its options, and the answer key on pages of its own.
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STAGES = {"zh": ["了解", "比较", "下单", "送货安装", "使用", "售后"],
          "en": ["Aware", "Compare", "Order", "Delivery & install", "Use", "After-sales"]}
BLANK = 8  # empty rows on a table sheet

# key, clause, kind (a grid of lanes × stages, or a table), and per language: (title, purpose,
# columns or lanes)
SHEETS = [
    ("journey_map", "3.5, 7.1.1", "grid", {
        "zh": ("顾客旅程图",
            "按阶段写下顾客在做什么、接触哪些触点、想什么、情绪高低、痛点和机会。",
            ["顾客行为", "触点", "想法", "情绪（−2…+2）", "痛点", "机会"]),
        "en": ("Customer journey map",
            "For each stage, what the customer does, the touchpoints, thoughts, emotion, pains and "
            "opportunities.",
            ["Customer actions", "Touchpoints", "Thoughts", "Emotion (−2…+2)", "Pains", "Opportunities"])}),
    ("service_blueprint", "3.6, 7.1.2", "grid", {
        "zh": ("服务蓝图",
            "顾客行为之下依次是前台（可见线以上）、后台（可见线以下）和支持流程；标出失误点和等待点。",
            ["有形展示", "顾客行为", "前台员工行为", "— 可见线 —", "后台员工行为", "支持流程", "失误点 / 等待点"]),
        "en": ("Service blueprint",
            "Under the customer's actions: front stage (above the line of visibility), back stage and "
            "support processes; mark fail points and waits.",
            ["Physical evidence", "Customer actions", "Front-stage actions", "— line of visibility —",
             "Back-stage actions", "Support processes", "Fail points / waits"])}),
    ("empathy_map", "7.1.1", "table", {
        "zh": ("同理心地图",
            "围绕一位具体顾客，记录他说了什么、想什么、做什么、感受如何，以及痛点和期望得到的收获。",
            ["说", "想", "做", "感受", "痛点", "期望的收获"]),
        "en": ("Empathy map",
            "Around one real customer: what they say, think, do and feel, their pains and the gains they "
            "hope for.",
            ["Says", "Thinks", "Does", "Feels", "Pains", "Gains"])}),
    ("persona", "7.1.1", "table", {
        "zh": ("用户画像",
            "把同类顾客的共同特征写成一个人：背景、目标、典型场景、痛点、对体验的期望，以及依据的数据来源。",
            ["项目", "内容", "依据（访谈 / 数据）"]),
        "en": ("Persona",
            "One person standing for a group of customers: background, goals, typical scenes, pains, "
            "expectations, and the data it rests on.",
            ["Item", "Content", "Evidence (interviews / data)"])}),
    ("risk_register", "6.5, 7.2.3", "table", {
        "zh": ("风险和机遇登记表",
            "每个过程的风险、机遇和应对措施；可能性、严重度、可控性按 1–5 打分，并写明负责人和复核日期。",
            ["过程", "子过程", "风险", "机遇", "可能性", "严重度", "可控性", "应对措施", "负责人", "复核日期"]),
        "en": ("Risk and opportunity register",
            "Risks, opportunities and measures per process; likelihood, severity and controllability scored "
            "1–5, with an owner and a review date.",
            ["Process", "Sub-process", "Risk", "Opportunity", "Likelihood", "Severity", "Controllability",
             "Measure", "Owner", "Review date"])}),
    ("concept_sheet", "7.1.1, 7.1.2", "table", {
        "zh": ("概念固化表",
            "把讨论出的服务创新概念固定下来，便于评审和测试（栏目为 cxlab 的设计）。",
            ["概念名称", "解决的顾客问题", "目标顾客 / 画像", "涉及的触点", "怎样运作（步骤）", "对顾客的价值", "对组织的价值", "所需资源", "主要风险",
             "成功的衡量方式"]),
        "en": ("Concept sheet",
            "Pins down a service idea from the workshop so it can be reviewed and tested (columns are "
            "cxlab's design).",
            ["Concept", "Customer problem solved", "Target customer / persona", "Touchpoints",
             "How it works (steps)", "Value to customers", "Value to the organisation", "Resources needed",
             "Main risks", "How success is measured"])}),
    ("user_test", "7.1.2", "table", {
        "zh": ("用户测试表",
            "请真实用户完成任务，记录观察到的行为、是否完成、用时和费力度（栏目为 cxlab 的设计）。",
            ["测试任务", "参与者", "预期行为", "观察到的行为", "完成（是/否）", "用时", "费力度（1–7）", "用户原话", "发现的问题", "严重程度", "改进建议"]),
        "en": ("User test sheet",
            "Real users do a task; record what they did, whether they finished, the time and the effort "
            "(columns are cxlab's design).",
            ["Task", "Participant", "Expected behaviour", "Observed behaviour", "Done (Y/N)", "Time",
             "Effort (1–7)", "Quotes", "Problem found", "Severity", "Improvement"])}),
    ("goal_worksheet", "6.1.4, 6.1.5", "table", {
        "zh": ("顾客体验目标工作表",
            "每个目标写明类别（6.1.4）、可测的指标和目标值，以及实现它的策划（6.1.5：做什么、资源、负责人、时限、怎样评价）。",
            ["目标类别（6.1.4）", "目标", "指标", "基线", "目标值", "做什么", "所需资源", "负责人", "完成时限", "怎样评价结果"]),
        "en": ("CX goal worksheet",
            "Each goal with its kind (6.1.4), a measurable indicator and target, and its plan (6.1.5: what, "
            "resources, owner, deadline, how results are evaluated).",
            ["Kind (6.1.4)", "Goal", "Indicator", "Baseline", "Target", "What will be done", "Resources",
             "Owner", "Deadline", "How results are evaluated"])}),
]
CSS = """<style>
@page { size: A4 landscape; margin: 10mm; }
body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin: 0 0 2mm; } .meta { color: #555; margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #444; padding: 2mm; vertical-align: top; }
th { background: #eef2f7; } td { height: 14mm; } .q td { height: auto; }
.key { page-break-before: always; } .lead { width: 22%; background: #f6f6f6; font-weight: bold; }
</style>"""
TEXT = {
    "zh": {"clause": "GB/T 42509 条款", "name": "小组 / 姓名：", "date": "日期：", "bank": "题库",
           "key": "答案", "question": "题目", "options": "选项", "answer": "答案", "features": "功能",
           "kinds": "目标类别（6.1.4）：", "scale": "1 = 非常不同意 … 7 = 非常同意", "field": ["姓名", "角色", "背景",
           "目标", "典型场景", "痛点", "期望", "常用渠道"]},
    "en": {"clause": "GB/T 42509 clause", "name": "Team / name:", "date": "Date:", "bank": "Question bank",
           "key": "Answer key", "question": "Question", "options": "Options", "answer": "Answer",
           "features": "Feature", "kinds": "Kinds of goal (6.1.4): ", "scale": "1 = strongly disagree … "
           "7 = strongly agree", "field": ["Name", "Role", "Background", "Goals", "Typical scenes", "Pains",
           "Expectations", "Channels"]},
}


def _rows(key: str, lang: str, columns: list[str], lanes: list[str] | None) -> tuple[list[str], list[list[str]]]:
    """The header and the pre-filled rows of one sheet (blank cells where people write)."""
    if lanes is not None:  # a grid: one row per lane, one column per journey stage
        return ["", *STAGES[lang]], [[lane, *[""] * len(STAGES[lang])] for lane in lanes]
    if key == "persona":
        return columns, [[field, "", ""] for field in TEXT[lang]["field"]]
    return columns, [[""] * len(columns) for _ in range(BLANK)]


def _questionnaires(lang: str) -> list[tuple[str, str, str, list[str], list[list[str]]]]:
    """The Kano and SERVQUAL questionnaires as printable sheets (from the package itself)."""
    import cxlab
    from cxlab import kano, servqual

    cxlab.set_language(lang)
    features = cxlab.load_dataset("kano_features")
    kano_q = kano.questionnaire(features)
    options = [kano_q[f"option_{k}"].iloc[0] for k in range(1, 6)]
    kano_rows = [[q, *["☐"] * 5] for q in kano_q["question"]]
    sq = servqual.questionnaire()
    sq_rows = [[q, *["☐"] * 7] for q in sq["question"]]
    title = {"zh": ("Kano 问卷", "SERVQUAL 问卷"), "en": ("Kano questionnaire", "SERVQUAL questionnaire")}[lang]
    return [("kano_questionnaire", title[0], "6.1.2, 7.1.1", [TEXT[lang]["question"], *options], kano_rows),
            ("servqual_questionnaire", title[1], "7.3.3", [TEXT[lang]["question"], *map(str, range(1, 8))],
             sq_rows)]


RUBRIC_CSS = "<style>th:first-child { width: 15%; } th:last-child { width: 8%; }</style>"  # one A4 page
RUBRIC = {"zh": ("综合实践评分表", "标准（条款）", "得分", "总分", "讲师按每项标准选一个等级记分；对照笔记本 12 的交付物。"),
          "en": ("Capstone rubric", "Criterion (clauses)", "Score", "Total",
                 "The trainer picks one level per criterion and writes its points; judged on notebook 12's deliverable.")}


def _rubric(lang: str) -> tuple[str, str, str, str, list[str], list[list[str]], bool]:
    """The capstone rubric (notebook 12) as a scoring sheet: one row per criterion, its three
    levels, and a blank score (from cxlab/data/capstone.yaml)."""
    from cxlab import capstone

    title, criterion, score, total, purpose = RUBRIC[lang]
    table = capstone.rubric(language=lang)
    rows = [[f"{name}（{where}）" if lang == "zh" else f"{name} ({where})", *levels, ""]
            for name, where, *levels in table.itertuples(index=False)]
    rows.append([total, *[""] * (table.shape[1] - 2), f"/ {table.attrs['max_points']}"])
    return ("capstone_rubric", title, "6.1, 6.5, 7.3, 8.1, 8.3", purpose,
            [criterion, *table.columns[2:], score], rows, False)


def _page(title: str, clause: str, purpose: str, header: list[str], rows: list[list[str]], lang: str,
          lead: bool, style: str = "") -> str:
    t = TEXT[lang]
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(
        f'<td{" class=lead" if lead and j == 0 else ""}>{html.escape(c)}</td>' for j, c in enumerate(r))
        + "</tr>" for r in rows)
    return (f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title>{CSS}{style}</head><body><h1>{html.escape(title)}</h1>"
            f'<p class="meta">{t["clause"]} {clause} · {html.escape(purpose)}</p>'
            f'<p class="meta">{t["name"]} ________________ {t["date"]} ____________</p>'
            f'<table class="{"q" if not lead else ""}"><tr>{head}</tr>{body}</table></body></html>')


def _xlsx(title: str, clause: str, header: list[str], rows: list[list[str]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "sheet"
    sheet.append([title])
    sheet.append([f"GB/T 42509 {clause}"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    line = Side(style="thin", color="444444")
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            cell.border = Border(top=line, bottom=line, left=line, right=line)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[3]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="EEF2F7")
    sheet["A1"].font = Font(bold=True, size=14)
    for k in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(k)].width = 18
    sheet.page_setup.orientation, sheet.page_setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    book.save(path)


def _question_bank(lang: str) -> str:
    import cxlab
    from cxlab import quiz

    cxlab.set_language(lang)
    t = TEXT[lang]
    asked, keys = [], []
    for name in quiz.available():
        title, questions = quiz.load(name)
        heading = html.escape(str(title[lang]))
        asked.append(f"<h2>{heading}</h2><ol>")
        keys.append(f"<h2>{heading}</h2><ol>")
        for q in questions:
            order = _paper_order(q)
            rows = "".join(f"<li>{html.escape(r)}</li>" for r in q.rows())
            options = "".join(f"<li>{html.escape(q.labels()[i])}</li>" for i in order)
            asked.append(f"<li><p>{html.escape(str(q.prompt[lang]))}</p>"
                         f"{'<ol>' + rows + '</ol>' if rows else ''}<ol type='A'>{options}</ol></li>")
            keys.append(f"<li>{html.escape(_answer(q, order))}</li>")
        asked.append("</ol>")
        keys.append("</ol>")
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{t["bank"]}</title>'
            f'{CSS.replace("A4 landscape", "A4")}</head><body><h1>{t["bank"]}</h1>{"".join(asked)}'
            f'<div class="key"><h1>{t["key"]}</h1>{"".join(keys)}</div></body></html>')


def _paper_order(q) -> list[int]:
    """The order options are printed in: matching and ordering items shuffled (seeded by the
    question id), since their file order is the answer; other types as in the file."""
    order = list(range(len(q.labels())))
    if q.type in ("matching", "ordering"):
        random.Random(q.id).shuffle(order)
    return order


def _answer(q, order: list[int]) -> str:
    """The right answer as the letters printed beside the options."""
    letter = {index: "ABCDEFGHIJKLMNOP"[k] for k, index in enumerate(order)}
    d, labels = q.data, q.labels()
    if q.type in ("single", "multiple"):
        return ", ".join(letter[i] for i, o in enumerate(d["options"]) if o.get("correct"))
    if q.type == "truefalse":
        return letter[0 if d["answer"] else 1] + f" ({labels[0] if d['answer'] else labels[1]})"
    if q.type == "matching":
        return "; ".join(f"{k + 1} → {letter[k]}" for k in range(len(labels)))
    if q.type == "ordering":
        return " → ".join(letter[k] for k in range(len(labels)))
    return "; ".join(f"{k + 1} → {letter[st['category']]}" for k, st in enumerate(d["statements"]))


def _pdf(page: Path) -> Path | None:
    chromium = shutil.which("chromium")
    if not chromium:
        return None
    pdf = page.with_suffix(".pdf")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
                    page.as_uri()], check=True, capture_output=True, timeout=180)
    return pdf


def build(out: Path) -> list[Path]:
    """Every worksheet (HTML, XLSX, PDF) and the question bank (HTML, PDF), in zh and en."""
    written = []
    for lang in ("zh", "en"):
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        sheets = []
        for key, clause, kind, texts in SHEETS:
            title, purpose, columns = texts[lang]
            header, rows = _rows(key, lang, columns, columns if kind == "grid" else None)
            sheets.append((key, title, clause, purpose,
                           header, rows, kind == "grid" or key == "persona"))
        for key, title, clause, header, rows in _questionnaires(lang):
            sheets.append((key, title, clause, "", header, rows, False))
        sheets.append(_rubric(lang))
        for n, (key, title, clause, purpose, header, rows, lead) in enumerate(sheets, 1):
            page = folder / f"{n:02d}_{key}.html"
            style = RUBRIC_CSS if key == "capstone_rubric" else ""
            page.write_text(_page(title, clause, purpose, header, rows, lang, lead, style), encoding="utf-8")
            _xlsx(title, clause, header, rows, page.with_suffix(".xlsx"))
            written += [page, page.with_suffix(".xlsx")] + [p for p in [_pdf(page)] if p]
        bank = folder / "question_bank.html"
        bank.write_text(_question_bank(lang), encoding="utf-8")
        written += [bank] + [p for p in [_pdf(bank)] if p]
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "handouts" / "templates"
    for path in build(target):
        print("wrote", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
