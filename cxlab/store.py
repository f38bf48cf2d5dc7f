"""The class response store: questionnaire submissions in one SQLite file.

A trainer names one file (on a shared JupyterHub volume, say) and every student's form
submits to it; :meth:`Store.load` returns the class's answers in the same wide shape as
the bundled datasets, ready for the notebook's analysis.

- Each submission is one atomic transaction (``BEGIN IMMEDIATE``), in WAL mode with a busy
  timeout and retries, so many kernels can submit at once and a kernel restart loses
  nothing already submitted.
- A submission is identified by (form, respondent). ``on_duplicate`` decides what a second
  one does: ``"replace"`` (default: the latest answers count, as when a student corrects a
  form), ``"keep"`` (the first stays) or ``"error"``.
- The file records its schema version; a file of another version is refused, not altered.
- Exports open cleanly in Excel (CSV as UTF-8 with BOM) and neutralise spreadsheet formula
  injection: text starting with = + - @ (or a tab / carriage return) gets a leading ``'``
  (OWASP, "CSV Injection").
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from cxlab import i18n
from cxlab.errors import CxlabError

SCHEMA_VERSION = 1
DUPLICATE_RULES = ("replace", "keep", "error")
_RISKY = ("=", "+", "-", "@", "\t", "\r")

i18n.register({
    "error.store_version": {
        "zh": "响应库 {path} 的结构版本是 {found}，本版 cxlab 使用版本 {expected}。"
              "请换一个新文件，或用对应版本的 cxlab 打开。",
        "en": "Response store {path} has schema version {found}; this cxlab uses {expected}. "
              "Use a new file, or the cxlab version that wrote it.",
    },
    "error.store_duplicate": {
        "zh": "“{respondent}” 已经提交过表单 “{form}”。",
        "en": "'{respondent}' has already submitted form '{form}'.",
    },
    "error.store_busy": {
        "zh": "响应库 {path} 持续被占用，{attempts} 次重试后仍无法写入。",
        "en": "Response store {path} stayed busy; could not write after {attempts} attempts.",
    },
})


class StoreVersionError(CxlabError, RuntimeError):
    key = "error.store_version"


class DuplicateSubmissionError(CxlabError, ValueError):
    key = "error.store_duplicate"


class StoreBusyError(CxlabError, RuntimeError):
    key = "error.store_busy"


def default_path() -> Path:
    """``$CXLAB_STORE`` if set, else ``cxlab_class.sqlite`` in the working folder."""
    return Path(os.environ.get("CXLAB_STORE", "cxlab_class.sqlite"))


class Store:
    """Submissions of named forms (``"kano"``, ``"servqual"``, ``"nps"`` …) in one file.

    Nothing is created until the first write, so opening a store in a notebook that is only
    read leaves no file behind.
    """

    def __init__(self, path=None, timeout: float = 30.0, attempts: int = 20):
        self.path = Path(path) if path is not None else default_path()
        self.timeout, self.attempts = timeout, attempts

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        db.execute("PRAGMA journal_mode = WAL")
        db.executescript("""
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS responses (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                form TEXT NOT NULL,
                respondent TEXT NOT NULL,
                answers TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                UNIQUE (form, respondent));
        """)
        db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        found = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        if found != str(SCHEMA_VERSION):
            db.close()
            raise StoreVersionError(path=self.path, found=found, expected=SCHEMA_VERSION)
        return db

    def _retrying(self, work):
        for attempt in range(1, self.attempts + 1):
            try:
                db = self._connect()
                try:
                    return work(db)
                finally:
                    db.close()
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) and "busy" not in str(err):
                    raise
                time.sleep(min(0.05 * attempt, 0.5))
        raise StoreBusyError(path=self.path, attempts=self.attempts)

    def submit(self, form: str, respondent: str, answers: dict,
               on_duplicate: str = "replace") -> str:
        """Store one submission atomically; returns "inserted", "replaced" or "kept"."""
        if on_duplicate not in DUPLICATE_RULES:
            raise ValueError(f"on_duplicate must be one of {DUPLICATE_RULES}")
        payload = json.dumps(answers, ensure_ascii=False, default=_plain)
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")

        def work(db: sqlite3.Connection) -> str:
            db.execute("BEGIN IMMEDIATE")
            try:
                exists = db.execute("SELECT 1 FROM responses WHERE form = ? AND respondent = ?",
                                    (form, respondent)).fetchone()
                if exists and on_duplicate == "error":
                    raise DuplicateSubmissionError(form=form, respondent=respondent)
                if exists and on_duplicate == "keep":
                    outcome = "kept"
                elif exists:
                    db.execute("UPDATE responses SET answers = ?, submitted_at = ? "
                               "WHERE form = ? AND respondent = ?",
                               (payload, stamp, form, respondent))
                    outcome = "replaced"
                else:
                    db.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                               "VALUES (?, ?, ?, ?)", (form, respondent, payload, stamp))
                    outcome = "inserted"
                db.execute("COMMIT")
                return outcome
            except BaseException:
                db.execute("ROLLBACK")
                raise

        return self._retrying(work)

    def submitter(self, form: str, on_duplicate: str = "replace"):
        """A callback for a form widget's ``on_submit``: stores each row under ``form``."""
        def submit(row: dict) -> str:
            answers = {k: v for k, v in row.items() if k != "respondent_id"}
            return self.submit(form, str(row["respondent_id"]), answers, on_duplicate)
        return submit

    def load(self, form: str):
        """All submissions of ``form``: ``respondent_id``, ``submitted_at`` and one column
        per answer, in submission order (an empty table if there are none yet)."""
        import pandas as pd

        if not self.path.exists():
            return pd.DataFrame(columns=["respondent_id", "submitted_at"])
        rows = self._retrying(lambda db: db.execute(
            "SELECT respondent, submitted_at, answers FROM responses WHERE form = ? ORDER BY id",
            (form,)).fetchall())
        records = [{"respondent_id": r, "submitted_at": t, **json.loads(a)} for r, t, a in rows]
        return pd.DataFrame(records, columns=None if records else ["respondent_id", "submitted_at"])

    def forms(self) -> dict[str, int]:
        """Form names and how many submissions each has."""
        if not self.path.exists():
            return {}
        return dict(self._retrying(lambda db: db.execute(
            "SELECT form, COUNT(*) FROM responses GROUP BY form ORDER BY form").fetchall()))

    def export(self, form: str, path) -> Path:
        """Write a form's submissions to .csv (UTF-8 with BOM) or .xlsx, formula-safe."""
        path = Path(path)
        table = neutralise_formulas(self.load(form))
        if path.suffix.lower() == ".csv":
            table.to_csv(path, index=False, encoding="utf-8-sig")
        elif path.suffix.lower() == ".xlsx":
            table.to_excel(path, index=False, sheet_name=form[:31])
        else:
            raise ValueError("export to .csv or .xlsx")
        return path


def neutralise_formulas(table):
    """Prefix ``'`` to text cells a spreadsheet would run as a formula (= + - @ tab CR)."""
    def safe(value):
        return "'" + value if isinstance(value, str) and value.startswith(_RISKY) else value

    return table.apply(lambda col: col.map(safe) if col.dtype == object or
                       str(col.dtype) in ("str", "string") else col)


def _plain(value):
    """JSON for numpy and pandas scalars (answers from widgets and DataFrames)."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot store {type(value).__name__}")
