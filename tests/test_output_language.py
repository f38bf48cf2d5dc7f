"""One language per edition, in the stored outputs too (issue 17).

The zh edition must not show the English texts of the package's value label tables or the
stored codes those tables translate; the en edition must not show Chinese characters. Both
scans read every stored output (``text/plain``, ``text/html`` and stream text) of every
notebook. What may pass is listed below, each entry with its reason.
"""

import re
from html.parser import HTMLParser

import nbformat
import pytest

import cxlab
from cxlab import capstone, content, goals, i18n, kano, metrics, servqual, standard  # noqa: F401

from .conftest import ROOT

# The label tables that translate stored values (prefix → stored codes → shown labels).
VALUE_TABLES = ("channel", "segment", "function", "nps", "goal.status", "goal.direction",
                "goal.period")
# Stored categorical columns that have such a table: dataset → column → table.
CODED = {"cx_monthly": {"channel": "channel", "segment": "segment"},
         "intro_survey": {"channel": "channel", "segment": "segment"},
         "servqual_internal": {"function": "function"}}

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")

# Chinese that may appear in the English edition, with the reason.
ALLOWED_CJK = {
    # notebook 00/04/05/06: the bundled 问卷星 export is a Chinese platform file by design
    # (its feature names, answer labels and column headers), and so is the platform's name.
    "问卷星", "按文本", "序号", "提交答卷时间", "来源",
    # notebook 01: the glossary shows each term of the standard with its Chinese name, and the
    # search example looks a Chinese word up.
    *standard.terms()["zh"], "体验",
    # notebook 04: the Kano survey's answers are the Chinese questionnaire wordings, quoted as
    # collected (with the deliberate typo 喜换 that the parser must refuse).
    *(w for wording in content.load("kano")["wordings"].values() for w in wording["zh"]),
    *(w for words in content.load("kano")["variants"].values() for w in words), "喜换",
}


def _outputs(path):
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            text = "".join(output.get("text", "")) + "".join(
                "".join(data.get(kind, "")) for kind in ("text/plain", "text/html"))
            if text:
                yield index, cell.source, text


def _english_words() -> dict[str, str]:
    words = {}
    for prefix in VALUE_TABLES:
        for key, en in i18n.labels(prefix, "en").items():
            if en != i18n.t(f"{prefix}.{key}", "zh"):
                words[en] = f"label {prefix}.{key}"
    for name, columns in CODED.items():
        data = cxlab.load_dataset(name)
        for column, table in columns.items():
            shown = i18n.labels(table, "zh")
            for code in data[column].dropna().unique():
                assert code in shown, f"{name}.{column} code {code!r} has no label in {table}"
                if shown[code] != code:
                    words[code] = f"code {name}.{column}"
    return words


WORDS = _english_words()
ENGLISH = re.compile(r"(?<![A-Za-z0-9_])(" + "|".join(
    sorted(map(re.escape, WORDS), key=len, reverse=True)) + r")(?![A-Za-z0-9_])")
# Cells that show stored data as stored (codes and all), in either edition, with the reason.
RAW_DATA_CELLS = (
    "survey.head()",  # notebook 00: what a loaded dataset looks like, before any labelling
    "print(card[",  # notebook 00: the data card is one bilingual file; its codebook lists codes
    "trip.touchpoints()",  # notebook 08: the journey table as stored (its own stage/owner codes)
)


def test_the_scan_has_words_and_can_fail():
    assert {"Store", "online", "HR", "procurement", "not met"} <= set(WORDS)
    assert ENGLISH.search("渠道 online 的满意率") and not ENGLISH.search("在线 onlineshop IT1")
    assert CJK.search("NPS 物流部") and not CJK.search("NPS – 5.7 ± 2")


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks" / "zh").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_zh_outputs_show_no_untranslated_labels_or_codes(path):
    found = [(index, match, WORDS[match]) for index, source, text in _outputs(path)
             if not any(raw in source for raw in RAW_DATA_CELLS)
             for match in sorted(set(ENGLISH.findall(text)))]
    assert not found, found


@pytest.mark.parametrize("path", sorted((ROOT / "notebooks" / "en").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_en_outputs_show_no_chinese(path):
    found = [(index, run) for index, source, text in _outputs(path)
             if not _from_the_export(path.name, source)
             and not any(raw in source for raw in RAW_DATA_CELLS)
             for run in sorted(set(CJK.findall(text)) - ALLOWED_CJK)]
    assert not found, found


def _from_the_export(name, source):
    """Notebooks 00/04/05/06 and 12 read a bundled 问卷星 export (``example_export``, then
    ``export``): its cells show the platform's Chinese headers and feature names."""
    return name[:2] in {"00", "04", "05", "06", "12"} and "export" in source


# ---------------------------------------------------------------- table headers in the zh edition
# A table shown in the zh edition heads its columns, its index and its rows in Chinese
# (cxlab.i18n.headers, installed by set_language). What may stay as it is, with the reason:
HEADER_CODES = {
    # Kano categories and SERVQUAL factors: the letters the method's literature uses.
    *kano.CATEGORIES, "F1", "F2", "F3", "F4", "F5",
    # Keyword values a reader types into the code: Kano wording sets (notebook 03), Kano
    # classification rules (notebook 04), NPS interval methods (notebook 06).
    "berger", "short", "blauth", "max", "aom", "max, near_tie=fong", *metrics.NPS_METHODS,
    # Names of measures and statistics that Chinese texts use as they are.
    "NPS", "CSAT", "CES", "CSAT (%)", "CES 5–7 (%)", "VIF", "R²", "Cramér V", "Hedges g",
    # The bank's branches in notebook 05 are called A, B and C in the data.
    "B", "C",
    # The App channel is 'App' in Chinese too; 问卷星/Qualtrics keep ResponseId as their header.
    "App", "ResponseId",
    # Python's truth values as the index of a yes/no grouping (notebook 06: after April 2026).
    "True", "False",
    # The capstone rubric's criteria keys (capstone.check takes them); the criterion is in Chinese.
    *capstone.rubric().index,
}
# Identifiers by shape: feature codes and their question columns (ar_preview_func), item
# codes (T1, IR2, Q3_1), platform respondent ids (R_00012xYz), numbers and formulas (1–5, 0.95),
# periods (2026-07, 2026Q3), notebook file names.
FEATURES = "|".join(cxlab.load_dataset("kano_features")["feature"])
HEADER_IDENTIFIER = re.compile(
    rf"(?:{FEATURES})(?:_(?:func|dys|imp))?|[A-Z]{{1,3}}\d+(?:_\d+)?|R_\w+|[\d\s.,:%()–\-+=±/]+"
    r"|\d\d_[a-z_]+|\d{4}Q[1-4]")
# A table indexed by 编号 (``id``: goals, indicators, self-assessment items) heads its rows with
# the keys a reader types into the code (``board.loc["nps"]``); its other cells are in Chinese.
ID_INDEX = "编号"


class _Headers(HTMLParser):
    """The texts of a table's header cells: column headers, index names and row labels."""

    def __init__(self):
        super().__init__()
        self.cells, self.row_labels, self._text, self._body = [], [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "th":
            self._text = ""
        self._body = self._body or tag == "tbody"

    def handle_endtag(self, tag):
        if tag == "th" and self._text is not None:
            (self.row_labels if self._body else self.cells).append(self._text.strip())
            self._text = None

    def handle_data(self, data):
        if self._text is not None:
            self._text += data


def _untranslated_headers(html):
    parser = _Headers()
    parser.feed(html)
    cells = parser.cells + ([] if ID_INDEX in parser.cells else parser.row_labels)
    return sorted({cell for cell in cells if cell and not CJK.search(cell)
                   and cell not in HEADER_CODES and not HEADER_IDENTIFIER.fullmatch(cell)})


def test_the_header_scan_can_fail():
    assert _untranslated_headers("<table><thead><tr><th>ci_low</th><th>置信下限</th><th>T1</th>"
                                 "<th>ar_preview_func</th></tr></thead><tbody><tr><th>tangibles"
                                 "</th><th>2026-07</th></tr></tbody></table>") == ["ci_low", "tangibles"]
    by_id = "<table><thead><tr><th></th><th>状态</th></tr><tr><th>{}</th><th></th></tr></thead>" \
            "<tbody><tr><th>nps</th><td>x</td></tr><tr><th>2026Q3</th><td>y</td></tr></tbody></table>"
    assert _untranslated_headers(by_id.format("编号")) == []  # row keys of an id index
    assert _untranslated_headers(by_id.format("指标")) == ["nps"]


ZH_TABLES = sorted([*(ROOT / "notebooks" / "zh").glob("*.ipynb"),
                    *(ROOT / "notebooks" / "templates" / "zh").glob("*.ipynb")])


@pytest.mark.parametrize("path", ZH_TABLES, ids=lambda p: p.name)
def test_zh_tables_head_columns_index_and_rows_in_chinese(path):
    nb = nbformat.read(path, as_version=4)
    found = [(index, _untranslated_headers("".join(output["data"]["text/html"])))
             for index, cell in enumerate(nb.cells) for output in cell.get("outputs", [])
             if "<table" in "".join(output.get("data", {}).get("text/html", ""))]
    assert not [item for item in found if item[1]], [item for item in found if item[1]]
