"""A store that fails: read-only, locked, damaged, not SQLite. The forms never say "submitted"
for an answer that did not land, keep the student's answers, and the trainer sees the failure;
reading never needs the write lock; exports survive hostile text."""

import contextlib
import csv
import hashlib
import os
import random
import re
import shutil
import sqlite3
import tempfile
import warnings
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cxlab
from cxlab import kano, metrics, servqual, store
from cxlab.widgets import QuestionnaireForm

NOBODY = 65534


@pytest.fixture
def folder(tmp_path):
    """A folder an unprivileged user can enter: root ignores file modes, so the read-only
    cases drop to ``nobody`` (effective uid) and need a folder outside pytest's 0700 tree."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    path = Path(tempfile.mkdtemp(prefix="cxlab-store-"))
    path.chmod(0o777)
    yield path
    path.chmod(0o777)
    shutil.rmtree(path)


@contextlib.contextmanager
def unprivileged():
    """File modes apply to the code inside, also when the tests run as root."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def filled_store(path, rows=300):
    """A store with enough rows to span many pages, every connection closed (WAL checkpointed)."""
    s = store.Store(path)
    for k in range(rows):
        s.submit("warmup", f"W{k:03d}", {"note": f"第 {k} 条 " + "x" * 150})
    assert not Path(f"{path}-wal").exists()
    return s


def corrupt_page(path, page=20):  # a table leaf: plain SQLite still accepts an INSERT
    data = bytearray(path.read_bytes())
    data[4096 * (page - 1):4096 * page] = random.Random(page).randbytes(4096)
    path.write_bytes(bytes(data))


@contextlib.contextmanager
def fault(kind, path):
    """Make the store at ``path`` fail in one way for the code inside, then repair it."""
    if kind in ("readonly_file", "readonly_dir"):
        filled_store(path, rows=3)
        path.chmod(0o444)
        if kind == "readonly_dir":
            path.parent.chmod(0o555)
        try:
            with unprivileged():
                yield
        finally:
            path.parent.chmod(0o777)
            path.chmod(0o666)
    elif kind == "locked":
        filled_store(path, rows=3)
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                       "VALUES ('other', 'x', '{}', 'now')")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    else:
        if kind == "corrupt_page":
            filled_store(path)
            corrupt_page(path)
        elif kind == "truncated":
            filled_store(path)
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        else:  # not_sqlite
            path.write_text("respondent,answer\nS1,5\n" * 200, encoding="utf-8")
        yield
        path.rename(path.with_suffix(".damaged"))


FAULTS = {  # kind: (cxlab error, words of the student's advice in Chinese)
    "readonly_file": (store.StoreReadOnlyError, "只读"),
    "readonly_dir": (store.StoreReadOnlyError, "只读"),
    "locked": (store.StoreBusyError, "占用"),
    "corrupt_page": (store.StoreDamagedError, "损坏"),
    "truncated": (store.StoreDamagedError, "损坏"),
    "not_sqlite": (store.StoreDamagedError, "损坏"),
}

FORMS = {  # the questionnaires of notebooks 03, 06 and 05
    "kano": lambda: kano.questionnaire(cxlab.load_dataset("kano_features").head(2), importance=True),
    "nps": metrics.poll,
    "servqual": lambda: servqual.questionnaire(["T1", "R1", "E1"]),
}


def fill(form, respondent):
    for box in form.inputs.values():
        box.value = box.options[-1][1]
    form.respondent.value = respondent
    return {qid: box.value for qid, box in form.inputs.items()}


@pytest.mark.parametrize("kind", FAULTS)
@pytest.mark.parametrize("name", FORMS)
def test_a_failing_store_never_says_submitted_and_keeps_the_answers(folder, name, kind):
    path = folder / "class.sqlite"
    error, advice = FAULTS[kind]
    s = store.Store(path, timeout=0.2)
    form = QuestionnaireForm(FORMS[name](), on_submit=s.submitter(name))
    with fault(kind, path):
        answers = fill(form, "S007")
        form.submit_button.click()
        assert "已提交" not in form.feedback.value and "✔" not in form.feedback.value
        assert advice in form.feedback.value and "培训师" in form.feedback.value
        assert str(path) in form.feedback.value  # the detail names the file, for the trainer
        assert form.submit() is None  # a direct call does not raise either
    assert {qid: box.value for qid, box in form.inputs.items()} == answers
    assert form.respondent.value == "S007" and form.responses.empty
    assert form.failures["error"].tolist() == [error.__name__] * 2
    assert form.failures["respondent_id"].tolist() == ["S007"] * 2
    logged = store.Store(path).failures()
    if kind == "readonly_dir":  # the folder refuses the log too: the form's record is what remains
        assert logged.empty
    else:
        assert logged["error"].tolist() == [error.__name__] * 2
        assert logged["answers"].iloc[0] == answers and logged["form"].iloc[0] == name
    # the store repaired (or replaced), the same click stores the answers that were kept
    form.submit_button.click()
    assert form.feedback.value.startswith("✔")
    table = store.Store(path).load(name)
    assert table["respondent_id"].tolist() == ["S007"]
    assert table.drop(columns=["respondent_id", "submitted_at"]).iloc[0].to_dict() == answers


def test_form_feedback_follows_english_and_any_failing_callback_is_caught():
    cxlab.set_language("en")
    form = QuestionnaireForm(metrics.poll(), on_submit=lambda row: 1 / 0)
    answers = fill(form, "")
    form.submit_button.click()
    assert form.feedback.value.startswith("✘ Not saved") and "ZeroDivisionError" not in form.feedback.value
    assert "division by zero" in form.feedback.value and "Submitted" not in form.feedback.value
    assert [box.value for box in form.inputs.values()] == list(answers.values())
    assert form.failures["error"].tolist() == ["ZeroDivisionError"]


def test_kept_duplicate_is_not_called_submitted(tmp_path):
    s = store.Store(tmp_path / "k.sqlite")
    form = QuestionnaireForm(metrics.poll(), on_submit=s.submitter("nps", on_duplicate="keep"))
    fill(form, "S1")
    form.submit_button.click()
    assert form.feedback.value.startswith("✔")
    fill(form, "S1")
    form.submit_button.click()
    assert "第一次" in form.feedback.value and "✔" not in form.feedback.value
    assert form.respondent.value == "S1" and len(form.responses) == 1
    fill(form, "S1")
    form.on_submit = s.submitter("nps", on_duplicate="error")
    form.submit_button.click()
    assert "已经提交过" in form.feedback.value and form.failures["error"].tolist() == [
        "DuplicateSubmissionError"]


# -- the store itself ----------------------------------------------------------------------------

def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("kind", ["readonly_file", "readonly_dir"])
def test_a_read_only_share_can_be_analysed_and_exported(folder, kind):
    path = folder / "class.sqlite"
    before = None
    with fault(kind, path):
        before = digest(folder)
        s = store.Store(path)
        assert s.load("warmup")["respondent_id"].tolist() == ["W000", "W001", "W002"]
        assert s.forms() == {"warmup": 3}
        with pytest.raises(store.StoreReadOnlyError) as err:
            s.submit("kano", "S1", {"a": 1})
        assert str(path) in str(err.value) and "不可写" in str(err.value)
        if kind == "readonly_dir":
            assert digest(folder) == before  # nothing written: no -wal, -shm or log file
    out = folder.parent / f"{folder.name}-export.csv"
    try:
        store.Store(path).export("warmup", out)
        assert pd.read_csv(out, encoding="utf-8-sig")["respondent_id"].tolist() == ["W000", "W001", "W002"]
    finally:
        out.unlink(missing_ok=True)


def test_reading_writes_nothing_and_an_empty_file_stays_empty(tmp_path):
    path = tmp_path / "c.sqlite"
    filled_store(path, rows=2)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert len(store.Store(path).load("warmup")) == 2
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert store.Store(empty).load("kano").empty and store.Store(empty).forms() == {}
    assert empty.stat().st_size == 0  # no schema written by a read
    assert store.Store(empty).submit("kano", "S1", {"a": 1}) == "inserted"  # the first write makes it


def test_reading_does_not_wait_for_a_writer_and_writing_waits_only_timeout(tmp_path):
    path = tmp_path / "c.sqlite"
    with fault("locked", path):
        s = store.Store(path, timeout=0.2)
        assert s.load("warmup")["respondent_id"].tolist() == ["W000", "W001", "W002"]  # no lock needed
        with pytest.raises(store.StoreBusyError) as err:
            s.submit("kano", "S1", {"a": 1})
        assert str(path) in str(err.value) and "0.2 秒" in str(err.value)
        cxlab.set_language("en")
        assert "could not write to it after waiting 0.2 s" in str(err.value)
    assert store.Store(path).submit("kano", "S1", {"a": 1}) == "inserted"
    assert store.Store().timeout <= 10  # seconds, not minutes


@pytest.mark.parametrize("kind", ["corrupt_page", "truncated", "not_sqlite"])
def test_a_damaged_file_is_a_clear_error_for_reads_and_writes(tmp_path, kind):
    path = tmp_path / "class.sqlite"
    with fault(kind, path):
        s = store.Store(path)
        for action in (lambda: s.load("warmup"), lambda: s.submit("warmup", "new", {"a": 1}),
                       lambda: s.export("warmup", tmp_path / "out.csv")):
            with pytest.raises(store.StoreDamagedError) as err:
                action()
            assert isinstance(err.value, cxlab.CxlabError) and str(path) in str(err.value)
            assert ".recover" in str(err.value) and "损坏" in str(err.value)
        assert not (tmp_path / "out.csv").exists()


def test_submit_never_succeeds_on_a_store_load_cannot_read(tmp_path):
    """The issue's case: one corrupted page, and an INSERT that SQLite alone would accept."""
    path = tmp_path / "class.sqlite"
    filled_store(path)
    corrupt_page(path)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                "VALUES ('x', 'y', '{}', 'now')")  # plain SQLite writes to the damaged file
    raw.commit()
    raw.close()
    with pytest.raises(store.StoreDamagedError):
        store.Store(path).load("warmup")
    with pytest.raises(store.StoreDamagedError):
        store.Store(path).submit("kano", "S1", {"a": 1})


def test_a_row_whose_answers_cannot_be_parsed_is_named(tmp_path):
    s = store.Store(tmp_path / "c.sqlite")
    s.submit("kano", "S1", {"a": 1})
    with sqlite3.connect(s.path) as db:
        db.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                   "VALUES ('kano', 'S2', '{\"a\": 1', 'now')")
    with pytest.raises(store.StoreDamagedError, match="受访者 S2 的答案无法解析"):
        s.load("kano")


def test_other_sqlite_files_and_missing_folders_are_named(tmp_path):
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE orders (id INTEGER)")
    for action in (lambda: store.Store(other).load("kano"),
                   lambda: store.Store(other).submit("kano", "S", {})):
        with pytest.raises(store.StoreForeignError, match="orders"):
            action()
    with sqlite3.connect(other) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["orders"]  # untouched
    with pytest.raises(store.StoreUnavailableError) as err:
        store.Store(tmp_path / "no" / "such" / "c.sqlite").submit("kano", "S", {})
    assert "no" in str(err.value) and isinstance(err.value, store.StoreError)


# -- exports -------------------------------------------------------------------------------------

def test_line_breaks_are_quoted_and_cannot_start_a_formula(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    s.submit("c", "S1", {"text": "ok\r=1+2", "n": 1})
    s.submit("c", "S2", {"text": "line\n@SUM(A1)\r\n+cmd\t-2", "n": 2})
    s.submit("c", "S3", {"text": "\tTAB", "n": 3})
    path = s.export("c", tmp_path / "c.csv")
    raw = path.read_bytes().decode("utf-8-sig")
    assert '"ok\r\'=1+2"' in raw  # quoted: a reader does not start a new record at the CR
    with path.open(encoding="utf-8-sig", newline="") as f:
        records = list(csv.reader(f))
    assert len(records) == 4 and [r[0] for r in records[1:]] == ["S1", "S2", "S3"]
    assert [r[2] for r in records[1:]] == ["ok\r'=1+2", "line\n'@SUM(A1)\r\n'+cmd\t'-2", "'\tTAB"]
    sheet = openpyxl.load_workbook(s.export("c", tmp_path / "c.xlsx")).active  # XML reads CR as LF
    assert [c.value for c in sheet["C"]][1:] == ["ok\n'=1+2", "line\n'@SUM(A1)\n'+cmd\t'-2", "'\tTAB"]
    assert all(c.data_type == "s" for c in sheet["C"])
    assert [c.value for c in sheet["D"]][1:] == [1, 2, 3]  # numbers stay numbers


def test_answer_keys_in_header_cells_are_neutralised(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    s.submit("c", "S1", {"=HYPERLINK(\"http://x\",\"y\")": 1, "@cmd": "fine", "note\n-1": 2})
    with s.export("c", tmp_path / "c.csv").open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == ["respondent_id", "submitted_at", "'=HYPERLINK(\"http://x\",\"y\")", "'@cmd",
                      "note\n'-1"]
    sheet = openpyxl.load_workbook(s.export("c", tmp_path / "c.xlsx")).active
    assert [c.value for c in sheet[1]] == header and all(c.data_type == "s" for c in sheet[1])


def test_control_characters_are_made_visible_and_reported(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    s.submit("c", "S1", {"text": "a\x00b\x1bc", "ok": "fine"})
    s.submit("c", "S2", {"text": "clean", "ok": "bell\x07"})
    s.submit("c", "S3", {"text": "tab\tand\nbreak are kept", "ok": "x", "key\x01": 1})
    with pytest.warns(store.ExportWarning) as caught:
        sheet = openpyxl.load_workbook(s.export("c", tmp_path / "c.xlsx")).active
    message = str(caught[0].message)
    assert "受访者 S1 的 “text”" in message and "受访者 S2 的 “ok”" in message and "S3" not in message
    assert "3 处" in message and "表头 “key\x01”" in message and sheet["E1"].value == "key␁"
    assert [c.value for c in sheet["C"]][1:] == ["a␀b␛c", "clean", "tab\tand\nbreak are kept"]
    assert [c.value for c in sheet["D"]][1:] == ["fine", "bell␇", "x"]
    cxlab.set_language("en")
    with pytest.warns(store.ExportWarning, match="respondent S1, field 'text'"):
        back = pd.read_csv(s.export("c", tmp_path / "c.csv"), encoding="utf-8-sig")
    assert back["text"].tolist()[0] == "a␀b␛c"


def test_lone_surrogates_are_refused_naming_respondent_and_field(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    s.submit("c", "S1", {"text": "fine"})
    with sqlite3.connect(s.path) as db:  # another writer that escapes JSON as ASCII
        db.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                   "VALUES ('c', 'S2', '{\"text\": \"bad \\ud800 text\"}', 'now')")
    assert s.load("c")["text"].tolist() == ["fine", "bad \ud800 text"]
    for suffix in (".csv", ".xlsx"):
        with pytest.raises(store.LoneSurrogateError) as err:
            s.export("c", tmp_path / f"c{suffix}")
        assert "受访者 S2 的 “text”" in str(err.value) and not (tmp_path / f"c{suffix}").exists()
    with pytest.raises(store.LoneSurrogateError, match="S3") as err:
        s.submit("c", "S3", {"text": "\udc80"})
    assert isinstance(err.value, ValueError)
    assert s.failures()["respondent_id"].tolist() == ["S3"]
    assert s.forms() == {"c": 2}


def test_export_refuses_an_unknown_format_and_makes_a_valid_sheet_name(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    with pytest.raises(cxlab.OptionError, match=r"\.txt"):
        s.export("c", tmp_path / "c.txt")
    s.submit("day 1/[kano]", "S1", {"a": 1})
    book = openpyxl.load_workbook(s.export("day 1/[kano]", tmp_path / "k.xlsx"))
    assert book.sheetnames == ["day 1__kano_"]


def test_answers_json_cannot_hold_are_named_and_logged(tmp_path):
    s = store.Store(tmp_path / "x.sqlite")
    with pytest.raises(store.AnswerTypeError, match=r"when \(datetime\)") as err:
        s.submit("c", "S1", {"a": 1, "when": datetime(2026, 1, 1), "tags": ["x", 2]})
    assert "S1" in str(err.value) and "tags" not in str(err.value)
    assert s.failures()["answers"].iloc[0]["when"].startswith("datetime.datetime(2026")
    assert s.forms() == {}


def test_a_read_only_copy_with_unmerged_answers_says_what_to_do(folder):
    path = folder / "live.sqlite"
    s = store.Store(path)
    s.submit("kano", "S1", {"a": 1})
    keeper = sqlite3.connect(path)  # an open connection: the next answer stays in the -wal file
    keeper.execute("SELECT COUNT(*) FROM responses").fetchone()
    s.submit("kano", "S2", {"a": 2})
    share = folder / "share"
    share.mkdir()
    for name in ("live.sqlite", "live.sqlite-wal"):  # copied without the -shm file
        shutil.copy(folder / name, share / name)
    keeper.close()
    share.chmod(0o555)
    try:
        with unprivileged(), pytest.raises(store.StoreUnavailableError) as err:
            store.Store(share / "live.sqlite").load("kano")
    finally:
        share.chmod(0o777)
    assert "-wal" in str(err.value) and "复制到可写的文件夹" in str(err.value)
    assert store.Store(share / "live.sqlite").load("kano")["respondent_id"].tolist() == ["S1", "S2"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=12), min_size=1, max_size=4))
def test_no_line_of_an_exported_cell_starts_a_formula_and_csv_keeps_every_record(texts):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    with tempfile.TemporaryDirectory() as folder:
        s = store.Store(Path(folder) / "h.sqlite")
        for k, text in enumerate(texts):
            s.submit("h", f"S{k}", {"t": text})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", store.ExportWarning)
            path = s.export("h", Path(folder) / "h.csv")
        with path.open(encoding="utf-8-sig", newline="") as f:
            records = list(csv.reader(f))
    assert [r[0] for r in records[1:]] == [f"S{k}" for k in range(len(texts))]  # no record split
    for text, (*_, cell) in zip(texts, records[1:], strict=True):
        assert not any(line[:1] in ("=", "+", "-", "@") and line for line in re.split("[\r\n\t]", cell))
        assert not ILLEGAL_CHARACTERS_RE.search(cell)
        shown = ILLEGAL_CHARACTERS_RE.sub(lambda m: chr(0x2400 + ord(m.group())), text)
        assert cell.replace("'", "") == shown.replace("'", "")  # only quotes were added
