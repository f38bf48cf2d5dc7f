"""The class response store: atomic, concurrent, duplicate-aware, versioned, formula-safe."""

import sqlite3
from concurrent.futures import ProcessPoolExecutor

import pandas as pd
import pytest

import cxlab
from cxlab import kano, store


def test_nothing_is_written_until_the_first_submission(tmp_path):
    s = store.Store(tmp_path / "class.sqlite")
    assert s.load("kano").empty and s.forms() == {}
    assert not s.path.exists()
    assert s.submit("kano", "S1", {"a_func": 1, "a_dys": 5}) == "inserted"
    assert s.path.exists() and s.forms() == {"kano": 1}


def test_default_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("CXLAB_STORE", str(tmp_path / "hub.sqlite"))
    assert store.Store().path == tmp_path / "hub.sqlite"


def test_load_gives_the_analysis_shape(tmp_path):
    s = store.Store(tmp_path / "c.sqlite")
    s.submit("kano", "S1", {"a_func": 1, "a_dys": 5})
    s.submit("kano", "S2", {"a_func": 2, "a_dys": 5})
    s.submit("nps", "S1", {"recommend": 9})
    table = s.load("kano")
    assert list(table.columns) == ["respondent_id", "submitted_at", "a_func", "a_dys"]
    result = kano.analyze(table)
    assert result.loc["a", ["O", "M"]].tolist() == [1, 1] and result.loc["a", "category"] == "M"
    assert s.forms() == {"kano": 2, "nps": 1}


@pytest.mark.parametrize(("rule", "outcome", "kept"), [("replace", "replaced", 3), ("keep", "kept", 1)])
def test_duplicate_rules(tmp_path, rule, outcome, kept):
    s = store.Store(tmp_path / "d.sqlite")
    s.submit("kano", "S1", {"a_func": 1})
    assert s.submit("kano", "S1", {"a_func": 3}, on_duplicate=rule) == outcome
    table = s.load("kano")
    assert len(table) == 1 and table.loc[0, "a_func"] == kept


def test_duplicate_error_names_respondent_and_form(tmp_path):
    s = store.Store(tmp_path / "e.sqlite")
    s.submit("kano", "S1", {"a_func": 1})
    with pytest.raises(store.DuplicateSubmissionError) as err:
        s.submit("kano", "S1", {"a_func": 2}, on_duplicate="error")
    assert "S1" in str(err.value) and "kano" in str(err.value)
    assert s.load("kano").loc[0, "a_func"] == 1  # rolled back, nothing half-written


def test_schema_version_guards_old_files(tmp_path):
    path = tmp_path / "old.sqlite"
    store.Store(path).submit("kano", "S1", {"x": 1})
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(store.StoreVersionError) as err:
        store.Store(path).load("kano")
    cxlab.set_language("en")
    assert "schema version 0" in str(err.value) and "uses 1" in str(err.value)


def test_wal_mode_and_submission_survives_a_new_connection(tmp_path):
    s = store.Store(tmp_path / "w.sqlite")
    s.submit("kano", "S1", {"a": "喜欢"})
    with sqlite3.connect(s.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.Store(s.path).load("kano").loc[0, "a"] == "喜欢"  # a "restarted kernel"


def _submit_many(args):
    path, worker, count = args
    s = store.Store(path, timeout=120)  # about landing once each, not speed: a loaded CI machine waits
    for k in range(count):
        s.submit("kano", f"W{worker}-{k:03d}", {"a_func": 1 + k % 5, "a_dys": 5, "note": "并发"})
    return count


def test_eight_processes_times_two_hundred_submissions_all_land_once(tmp_path):
    path = tmp_path / "busy.sqlite"
    store.Store(path).submit("warmup", "x", {})
    with ProcessPoolExecutor(max_workers=8) as pool:
        done = sum(pool.map(_submit_many, [(path, w, 200) for w in range(8)]))
    table = store.Store(path).load("kano")
    assert done == 1600 and len(table) == 1600 and table["respondent_id"].is_unique
    assert set(table["respondent_id"]) == {f"W{w}-{k:03d}" for w in range(8) for k in range(200)}


def test_exports_neutralise_formulas_and_keep_chinese(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    s.submit("comments", "S1", {"text": "=HYPERLINK(\"http://x\")", "score": -3})
    s.submit("comments", "S2", {"text": "+86 电话", "score": 4})
    s.submit("comments", "S3", {"text": "@SUM(A1)", "score": 5})
    s.submit("comments", "S4", {"text": "-1+2", "score": 5})
    s.submit("comments", "S5", {"text": "送货很快，安装师傅很专业", "score": 5})
    csv = s.export("comments", tmp_path / "c.csv")
    raw = csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "送货很快".encode() in raw
    back = pd.read_csv(csv, encoding="utf-8-sig")
    assert back["text"].tolist()[:4] == ["'=HYPERLINK(\"http://x\")", "'+86 电话", "'@SUM(A1)", "'-1+2"]
    assert back["score"].tolist()[0] == -3  # numbers are not text and stay numbers
    xlsx = pd.read_excel(s.export("comments", tmp_path / "c.xlsx"), engine="openpyxl")
    assert xlsx["text"].tolist()[0].startswith("'=")
    assert xlsx["text"].tolist()[4] == "送货很快，安装师傅很专业"


def test_kano_form_submits_to_the_store(tmp_path):
    from cxlab.widgets import QuestionnaireForm

    s = store.Store(tmp_path / "class.sqlite")
    features = cxlab.load_dataset("kano_features").head(1)
    form = QuestionnaireForm(kano.questionnaire(features), on_submit=s.submitter("kano"))
    form.inputs["ar_preview_func"].value = 1
    form.inputs["ar_preview_dys"].value = 4
    form.submit_button.click()
    form.inputs["ar_preview_func"].value = 2
    form.inputs["ar_preview_dys"].value = 5
    form.submit_button.click()
    table = s.load("kano")
    assert len(table) == 2 and table["respondent_id"].str.startswith("S-").all()
    assert kano.analyze(table)[["A", "M"]].iloc[0].tolist() == [1, 1]
