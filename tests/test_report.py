"""Report templates, `cxlab report` end to end, and the counts path at scale (issue 16)."""

import re
import runpy
import subprocess
import sys

import nbformat
import pytest

import cxlab
from cxlab import kano, metrics, report, scale

from .conftest import ROOT

TEMPLATES = ROOT / "notebooks" / "templates"
KINDS = ("kano", "servqual", "nps")
LANG_PARAMETER = re.compile(r'^language = "(zh|en)"$', re.M)


def _code(nb):
    return [c.source for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("kind", KINDS)
def test_templates_share_their_code_and_take_parameters(kind):
    zh = nbformat.read(TEMPLATES / "zh" / f"{kind}_report.ipynb", as_version=4)
    en = nbformat.read(TEMPLATES / "en" / f"{kind}_report.ipynb", as_version=4)
    assert [LANG_PARAMETER.sub("L", c) for c in _code(zh)] == [LANG_PARAMETER.sub("L", c) for c in _code(en)]
    tagged = [c for c in zh.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    params = report.parameters(kind, language="zh")
    assert {"path", "platform", "language", "level"} <= set(params)
    assert params["path"] is None and params["language"] == "zh"
    assert report.parameters(kind, language="en")["language"] == "en"
    build = runpy.run_path(str(ROOT / "tools" / "build_notebooks.py"))["build"]
    for lang, nb in (("zh", zh), ("en", en)):
        built = build(ROOT / "notebooks" / "src" / "templates" / f"{kind}_report.py", lang)
        assert [(c.cell_type, c.source) for c in built.cells] == [(c.cell_type, c.source) for c in nb.cells]


def test_template_options_match_the_libraries():
    options = {**report.parameters("kano"), **report.parameters("servqual"), **report.parameters("nps")}
    assert options["table"] in kano.evaluation_table.__doc__ and options["rule"] in kano.RULES
    assert options["denominator"] in kano.DENOMINATORS and options["method"] in metrics.NPS_METHODS


def test_provenance_names_exclusions_with_reasons():
    reading = report.read(kind="nps")
    survey, notes = reading.survey, reading.notes
    table = report.provenance(survey)
    assert table.loc["保留的受访者"].iloc[0] == "240"
    excluded = table.loc["排除的受访者"].iloc[0]
    assert excluded.startswith("6 (") and "预览答卷: 2" in excluded and "测试答卷: 1" in excluded
    assert notes and "排除了 6 位受访者" in notes[0]
    assert reading.table.equals(table) and "保留的受访者" in reading._repr_html_()
    cxlab.set_language("en")
    assert report.provenance(survey).loc["platform"].iloc[0] == "Qualtrics"


def test_read_old_call_and_tuple_unpacking_warn_and_still_work():
    with pytest.warns(FutureWarning, match="kind="):
        reading = report.read(None, "nps")
    with pytest.warns(FutureWarning, match="reading|result.survey"):
        survey, notes = reading
    assert survey is reading.survey and notes == reading.notes
    with pytest.warns(FutureWarning):
        assert reading[0] is reading.survey
    assert isinstance(reading.notes, list)  # a list, as the tuple's second item was


def test_the_kernel_stderr_is_set_aside_unless_the_run_fails_for_another_reason(capfd):
    import os

    with pytest.raises(cxlab.OptionError), report._kernel_stderr_set_aside():
        os.write(2, b"kernel noise A\n")
        cxlab.validate.check_option("kind", "x", ["kano"])
    assert "kernel noise A" not in capfd.readouterr().err  # the report's own error is enough
    with pytest.raises(RuntimeError), report._kernel_stderr_set_aside():
        os.write(2, b"kernel noise B\n")
        raise RuntimeError("the kernel died")
    assert "kernel noise B" in capfd.readouterr().err  # shown: it explains the failure


def test_methods_paragraph_cites_the_sources_of_the_options_used():
    kano_survey = report.read(kind="kano").survey
    text = report.methods("kano", kano_survey, table="pouliot", rule="aom", interval="bootstrap", level=0.9)
    assert "Pouliot" in text and "Matzler & Hinterhuber 1998" in text and "Efron" in text
    assert "90%" in text and "Timko" in text and "400" in text
    assert "5%" in report.methods("kano", kano_survey, near_tie=0.05)
    assert "0%" not in report.methods("kano", kano_survey)
    assert "Fong 检验不显著" in report.methods("kano", kano_survey, near_tie="fong")
    cxlab.set_language("en")
    nps_survey = report.read(kind="nps").survey
    text = report.methods("nps", nps_survey, csat=True, periods=True, correction="holm")
    assert "Reichheld 2003" in text and "Rocks 2016" in text and "Wilson (1927)" in text
    assert "Lewis & Sauro 2021" in text and "Holm 1979" in text and "CES" not in text
    sq_survey = report.read(kind="servqual").survey
    text = report.methods("servqual", sq_survey, test="wilcoxon")
    assert "Parasuraman, Zeithaml & Berry 1988, 1991" in text and "Wilcoxon 1945" in text


def test_missing_question_names_the_parameter():
    survey = report.read(kind="kano").survey
    with pytest.raises(report.ReportQuestionError, match="nps_question"):
        report.find_question(survey, "nps")
    assert report.find_question(survey, "csat", required=False) is None


# ---------------------------------------------------------------- counts at scale

@pytest.fixture
def duckdb():
    return pytest.importorskip("duckdb")  # the scale extra; `make test` installs it (test extra)


def test_nps_counts_in_sql_equal_the_in_memory_path_per_period_and_channel(duckdb):
    survey = cxlab.load_dataset("intro_survey")
    answers = survey.rename(columns={"survey_date": "date", "recommend": "score"})
    counts = scale.nps_counts(scale.connect(answers), by="channel", period="month")
    from_counts = scale.nps_table(counts)
    direct = metrics.by_period(survey, metric="nps", date="survey_date", by="channel", correction=None)
    direct = direct[direct["n"] > 0].reset_index().set_index(["channel", "start"])  # same order as by_period
    assert list(from_counts.index) == list(direct.index)
    for column in ("n", "value", "ci_low", "ci_high"):
        assert from_counts[column].tolist() == direct[column].tolist(), column
    assert int(from_counts["n"].sum()) == survey["recommend"].notna().sum()


def test_kano_counts_classified_in_sql_equal_the_in_memory_analysis(duckdb, tmp_path):
    survey = cxlab.load_dataset("kano_survey")
    features = kano.feature_columns(survey)
    long = survey.melt(value_vars=[f"{f}_func" for f in features], var_name="feature",
                       value_name="functional")
    long["feature"] = long["feature"].str.removesuffix("_func")
    long["dysfunctional"] = survey[[f"{f}_dys" for f in features]].melt()["value"].to_numpy()
    long["functional"] = kano.parse_answers(long["functional"]).astype("Int64")
    long["dysfunctional"] = kano.parse_answers(long["dysfunctional"]).astype("Int64")
    file = tmp_path / "answers.parquet"
    scale.connect(long, name="t").execute(f"COPY t TO '{file}' (FORMAT parquet)")
    for table in ("berger", "pouliot"):
        counts = scale.kano_counts(scale.connect(file), table=table).reindex(features)
        direct = kano.analyze(survey, table=table)
        assert counts["missing"].tolist() == direct["missing"].tolist()
        assert kano.analyze_counts(counts).equals(kano.analyze_counts(direct[list(kano.CATEGORIES)]))
        assert (kano.analyze_counts(counts)["category"] == direct["category"]).all()


def test_counts_refuse_scores_and_codes_out_of_range(duckdb):
    import pandas as pd

    bad = pd.DataFrame({"score": [10, 11, 3.5, None]})
    with pytest.raises(cxlab.InvalidValueError, match="2"):
        scale.nps_counts(scale.connect(bad))
    pairs = pd.DataFrame({"feature": ["x", "x"], "functional": [1, 6], "dysfunctional": [5, 5]})
    with pytest.raises(cxlab.InvalidValueError, match="1"):
        scale.kano_counts(scale.connect(pairs))


# ---------------------------------------------------------------- cxlab report, end to end

def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "cxlab", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


@pytest.mark.slow
def test_report_kano_in_english_holds_each_feature_category_and_better_worse(tmp_path):
    out = tmp_path / "kano.html"
    run = _cli("report", "kano", str(cxlab.example_export("kano_wjx")), "-o", str(out), "--lang", "en",
               "--param", "interval=wilson", "--param", "by=1", "--param", "correction=fdr_bh",
               cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    result = kano.analyze(report.read(kind="kano").survey.kano())
    for feature, row in result.iterrows():
        cells = re.search(re.escape(feature) + r"</th>\s*<td>(\d+)</td>\s*<td>(\d+)</td>\s*<td>(\w)</td>\s*"
                          r"<td>([-\d.]+)</td>\s*<td>([-\d.]+)</td>", html)
        assert cells, feature
        assert cells.group(3) == row["category"]
        assert float(cells.group(4)) == round(row["better"], 3)
        assert float(cells.group(5)) == round(row["worse"], 3)
    assert "Berger et al. 1993" in html and "Methods" in html and "data:image/png;base64" in html
    assert "cramers_v" in html and "Benjamini &amp; Hochberg 1995" in html and "chi-square" in html
    assert "kano.analyze(" not in html  # code hidden
    assert "SELECT" not in html  # the counts appendix stays in the notebook


@pytest.mark.slow
def test_report_nps_in_chinese_holds_the_nps_and_the_exclusions(tmp_path):
    out = tmp_path / "报告.html"
    run = _cli("report", "nps", str(cxlab.example_export("nps_qualtrics")), "-o", str(out), "--lang", "zh",
               cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    value = metrics.nps(report.read(kind="nps").survey.scores("Q1"))
    assert f"<td>{value.value:.1f}</td>" in html and f"<td>{value.ci_low:.1f}</td>" in html
    assert "NPS 报告" in html and "预览答卷" in html and "Reichheld 2003" in html and "方法" in html


def test_reading_with_quality_screens_counts_exclusions_by_rule_and_cites_them():
    reading = report.read(kind="kano", screen=True)
    counts = reading.screening.counts
    assert counts.to_dict() == {"duplicate": 0, "speeder": 32} and len(reading.survey.responses) == 400 - 32
    assert any("质量筛查排除了 32 位" in note for note in reading.notes)
    excluded = report.provenance(reading.survey).loc["排除的受访者"].iloc[0]
    assert "答题过快: 32" in excluded  # one count per rule, not one line per speeder's seconds
    text = report.methods("kano", reading.survey, screening=reading.screening)
    assert "剔除 32 位受访者" in text and "Greszki" in text and "103.2 秒" in text
    assert "Greszki" not in report.methods("kano", reading.survey)
    cxlab.set_language("en")
    text = report.methods("nps", report.read(kind="nps").survey, screening=reading.screening)
    assert "32 speeder(s) (under 0.33 of the median time of 309.5 s" in text
    with pytest.raises(cxlab.OptionError, match="speed"):
        report.read(kind="kano", screen={"speed": 2})


@pytest.mark.slow
def test_report_with_screening_on_the_command_line(tmp_path):
    out = tmp_path / "report.html"
    run = _cli("report", "kano", str(cxlab.example_export("kano_wjx")), "-o", str(out), "--lang", "en",
               "--param", "screen={speed: 0.25}", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    assert "quality screens (cxlab Survey.screen) set aside 14 respondent(s)" in html and "386" in html


@pytest.mark.slow
def test_report_stops_on_an_unusable_file_with_exit_2_and_writes_nothing(tmp_path):
    import openpyxl

    book = openpyxl.load_workbook(cxlab.example_export("kano_wjx"))
    sheet = book.active
    column = next(c.column for c in sheet[1] if "如果有该功能" in str(c.value))
    sheet.cell(row=6, column=column, value="还行吧")
    bad = tmp_path / "kano_按文本.xlsx"
    book.save(bad)
    out = tmp_path / "report.html"
    run = _cli("report", "kano", str(bad), "-o", str(out), "--lang", "en", cwd=tmp_path)
    assert run.returncode == 2
    assert "还行吧" in run.stderr and "row 6" in run.stderr and "Traceback" not in run.stderr
    assert "IPKernelApp" not in run.stderr  # the kernel's own start-up and shut-down noise
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_report_help_is_in_the_active_language():
    zh = _cli("report", "--help", cwd=ROOT)
    en = _cli("--lang", "en", "report", "--help", cwd=ROOT)
    assert zh.returncode == en.returncode == 0
    assert "退出码" in zh.stdout and "选项" in zh.stdout and "--param" in zh.stdout
    assert "exit codes" in en.stdout and "options" in en.stdout


def test_report_refuses_an_unknown_parameter(tmp_path):
    run = _cli("report", "kano", str(cxlab.example_export("kano_wjx")), "-o", str(tmp_path / "r.html"),
               "--param", "tabel=pouliot", cwd=tmp_path)
    assert run.returncode == 2 and "tabel" in run.stderr and "table" in run.stderr
    assert not (tmp_path / "r.html").exists()


@pytest.mark.slow
def test_report_servqual_holds_each_dimension_gap(tmp_path):
    out = tmp_path / "sq.html"
    run = _cli("report", "servqual", str(cxlab.example_export("servqual_wjx")), "-o", str(out),
               "--lang", "en", "--param", "correction=bonferroni", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    from cxlab import servqual

    cxlab.set_language("en")
    E, P = report.read(kind="servqual").survey.servqual()
    summary = servqual.summarize(E, P, correction="bonferroni")
    for _, row in summary.iterrows():
        assert re.search(re.escape(row["dimension_name"]) + r"</th>\s*<td>[-\d.]+</td>\s*<td>[-\d.]+</td>\s*"
                         + re.escape(f"<td>{row['gap']:.3f}</td>"), html), row["dimension_name"]
    assert "Bonferroni" in html and "Parasuraman" in html and "Cronbach" in html


@pytest.mark.slow
@pytest.mark.parametrize(("maker", "kind", "lang"),
                         [("surveymonkey", "kano", "en"), ("tencent", "nps", "zh")])
def test_report_on_generated_exports_of_other_platforms(tmp_path, maker, kind, lang):
    from .exports import make_exports

    case = next(c for c in getattr(make_exports, maker)(tmp_path, make_exports.Sources.load())
                if c.then == ("kano" if kind == "kano" else "scores"))
    out = tmp_path / "report.html"
    run = _cli("report", kind, str(tmp_path / case.file), "-o", str(out), "--lang", lang, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    if kind == "kano":
        expected = kano.analyze_counts(case.expect["kano"][list(kano.CATEGORIES)])
        shown = re.findall(r"</th>\s*<td>\d+</td>\s*<td>\d+</td>\s*<td>(\w)</td>\s*<td>([-\d.]+)</td>", html)
        assert [c for c, _ in shown][:len(expected)] == expected["category"].tolist()
        assert [float(b) for _, b in shown][:len(expected)] == expected["better"].round(3).tolist()
    else:
        assert f"<td>{case.expect['nps']['value']:.1f}</td>" in html and "腾讯问卷" in html


@pytest.mark.slow
def test_the_kano_reports_old_segment_parameter_still_works_with_a_warning(tmp_path):
    with pytest.warns(FutureWarning, match="by=…"):
        out = report.render("kano", cxlab.example_export("kano_wjx"), tmp_path / "k.html",
                            params={"segment": 1})
    assert "Cramér" in out.read_text(encoding="utf-8")
