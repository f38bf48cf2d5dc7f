"""The class response store: questionnaire submissions in one SQLite file.

A trainer names one file (on a shared JupyterHub volume, say) and every student's form
submits to it; :meth:`Store.load` returns the class's answers in the same wide shape as
the bundled datasets, ready for the notebook's analysis.

- Each submission is one atomic transaction (``BEGIN IMMEDIATE``) in WAL mode, so many
  kernels can submit at once and a kernel restart loses nothing already submitted.
  :meth:`Store.submit` returns only after the row is committed; anything else is a
  :class:`StoreError`.
- Reading (:meth:`Store.load`, :meth:`Store.export`, :meth:`Store.forms`) opens the file
  read-only and writes nothing, so a read-only share can be analysed and a reader never waits
  for the write lock. The schema is created by the first write, in the same transaction.
- Waiting for a store another program holds locked is bounded by ``timeout`` seconds, then
  :class:`StoreBusyError`. A read-only file or folder is :class:`StoreReadOnlyError`; a
  damaged or non-SQLite file is :class:`StoreDamagedError`, found by ``PRAGMA quick_check``
  before every write, so a submission never succeeds on a store that cannot be read back.
- A submission that did not land is appended to a failure log next to the store
  (``class.failures.jsonl`` for ``class.sqlite``), answers included, and
  :meth:`Store.failures` lists it for the trainer.
- A submission is identified by (form, respondent). ``on_duplicate`` decides what a second
  one does: ``"replace"`` (default: the latest answers count, as when a student corrects a
  form), ``"keep"`` (the first stays) or ``"error"``.
- The file records its schema version; a file of another version is refused, not altered.
- Exports open cleanly in Excel (CSV as UTF-8 with BOM, CRLF rows, every field with a line
  break quoted) and neutralise spreadsheet formula injection in values and header cells:
  text starting with = + - @ (or a tab / carriage return), or with = + - @ after a line
  break or tab inside the text, gets a ``'`` in front (OWASP, "CSV Injection"). Control
  characters XLSX cannot hold are shown as their Unicode control pictures (NUL → ␀) with an
  :class:`ExportWarning`; a lone surrogate is refused (:class:`LoneSurrogateError`).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

from cxlab import i18n
from cxlab.deprecation import options
from cxlab.errors import CxlabError, DataError, DataWarning, OptionError

SCHEMA_VERSION = 1
DUPLICATE_RULES = ("replace", "keep", "error")
EXPORT_FORMATS = (".csv", ".xlsx")
FAILURE_COLUMNS = ["failed_at", "form", "respondent_id", "error", "message", "answers"]

# SQLite primary result codes (https://sqlite.org/rescode.html)
_PERM, _BUSY, _LOCKED, _READONLY, _CORRUPT, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 11, 14, 26
# = + - @ (or tab / CR) at the start; = + - @ after a line break or tab inside the text
_FORMULA = re.compile(r"^(?=[=+\-@\t\r])|(?<=[\r\n\t])(?=[=+\-@])")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN = 5  # respondent/field pairs named in a message


class StoreError(CxlabError):
    """A response store that cannot be read or written as asked (base of the store's errors).

    :meth:`advice` is the sentence for the person who submitted (a student at a form or on
    a phone page): what happened, that the answers are kept, and what to tell the trainer.
    """

    key = "error.store_unavailable"
    advice_key = "store.advice.unavailable"

    def advice(self, language: str | None = None) -> str:
        """The sentence for the person who submitted.

        Parameters
        ----------
        language : {"zh", "en"}, optional
            Default: the active language.

        Returns
        -------
        str
            What happened, that the answers are kept, and what to tell the trainer.

        Examples
        --------
        >>> from cxlab.store import DuplicateSubmissionError
        >>> err = DuplicateSubmissionError(form="nps", respondent="S1")
        >>> isinstance(err.advice("en"), str)
        True
        """
        return i18n.t(self.advice_key, language, **self.params)


class StoreVersionError(StoreError, RuntimeError):
    """A store file written by another schema version (refused, not altered)."""
    key = "error.store_version"
    advice_key = "store.advice.version"


class StoreForeignError(StoreError, RuntimeError):
    """The file is an SQLite database of some other program."""

    key = "error.store_foreign"
    advice_key = "store.advice.damaged"


class DuplicateSubmissionError(StoreError, ValueError):
    """A second submission of a respondent to a form, with ``on_duplicate="error"``."""
    key = "error.store_duplicate"
    advice_key = "store.advice.duplicate"


class StoreBusyError(StoreError, RuntimeError):
    """Another connection held the store locked for longer than the store's ``timeout``."""

    key = "error.store_busy"
    advice_key = "store.advice.busy"


class StoreReadOnlyError(StoreError, RuntimeError):
    """The file or its folder cannot be written (reading still works)."""

    key = "error.store_readonly"
    advice_key = "store.advice.readonly"


class StoreDamagedError(StoreError, RuntimeError):
    """The file is truncated, has a corrupted page, or is not an SQLite database."""

    key = "error.store_damaged"
    advice_key = "store.advice.damaged"


class StoreUnavailableError(StoreError, RuntimeError):
    """The file cannot be opened at all (missing folder, disconnected share, full disk)."""


class LoneSurrogateError(StoreError, DataError):
    """Text holding a lone surrogate, which no UTF-8 file (store, CSV, XLSX) can hold."""

    key = "error.store_surrogate"
    advice_key = "store.advice.answer"


class AnswerTypeError(StoreError, TypeError):
    """An answer of a type JSON cannot hold (a set, a datetime…)."""

    key = "error.store_answer_type"
    advice_key = "store.advice.answer"


class ExportWarning(DataWarning):
    """An export changed a text to make it storable (control characters made visible)."""


def default_path() -> Path:
    """Where a store lives when no path is given.

    Returns
    -------
    Path
        ``$CXLAB_STORE`` if set, else ``cxlab_class.sqlite`` in the working folder.
    """
    return Path(os.environ.get("CXLAB_STORE", "cxlab_class.sqlite"))


class Store:
    """Submissions of named forms (``"kano"``, ``"servqual"``, ``"nps"`` …) in one file.

    Nothing is created until the first write, so opening a store in a notebook that is only
    read leaves no file behind.

    Parameters
    ----------
    path : str or Path, optional
        The SQLite file; default :func:`default_path`.
    timeout : float
        Longest wait, in seconds, for a store another connection holds locked; then
        :class:`StoreBusyError` (keyword-only; by position deprecated).
    attempts : int
        Most reconnections within ``timeout`` when SQLite reports the file busy.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> from cxlab.store import Store
    >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
    >>> store.submit("nps", "S1", {"recommend": 9})
    'inserted'
    >>> store.load("nps")[["respondent_id", "recommend"]]
      respondent_id  recommend
    0            S1          9
    """

    @options(positional=("timeout", "attempts"))
    def __init__(self, path=None, *, timeout: float = 5.0, attempts: int = 20):
        self.path = Path(path) if path is not None else default_path()
        self.timeout, self.attempts = timeout, attempts

    @property
    def failure_log(self) -> Path:
        """The failure log beside the store: ``class.failures.jsonl`` for ``class.sqlite``.

        Returns
        -------
        Path
        """
        return self.path.with_name(self.path.stem + ".failures.jsonl")

    # -- connections -------------------------------------------------------------------------

    def _error(self, err: sqlite3.Error, action: str) -> StoreError:
        """The cxlab error for an SQLite error (busy is handled by :meth:`_bounded`)."""
        code = getattr(err, "sqlite_errorcode", 0) & 0xFF
        reason = str(err)
        if code in (_CORRUPT, _NOTADB):
            return StoreDamagedError(path=self.path, reason=reason)
        if code in (_READONLY, _PERM) or (code == _CANTOPEN and action == "store.write"
                                          and self.path.parent.is_dir()):
            return StoreReadOnlyError(path=self.path, reason=reason)
        return StoreUnavailableError(path=self.path, reason=reason)

    def _bounded(self, work, action: str):
        """Run ``work(seconds_left)``; retry while SQLite reports busy, up to ``timeout``."""
        deadline = time.monotonic() + self.timeout
        for attempt in range(1, self.attempts + 1):
            left = max(deadline - time.monotonic(), 0.0)
            try:
                return work(left)
            except sqlite3.Error as err:
                if getattr(err, "sqlite_errorcode", 0) & 0xFF not in (_BUSY, _LOCKED):
                    raise self._error(err, action) from err
                if time.monotonic() >= deadline:
                    break
            time.sleep(min(0.05 * attempt, 0.5, max(deadline - time.monotonic(), 0.0)))
        raise StoreBusyError(path=self.path, seconds=self.timeout, action=i18n.both(action))

    def _schema(self, db: sqlite3.Connection) -> bool:
        """Check the file is a store of this version; False while it has no tables yet."""
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return False
        if not {"meta", "responses"} <= tables:
            raise StoreForeignError(path=self.path, tables=", ".join(sorted(tables)))
        found = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found is None or found[0] != str(SCHEMA_VERSION):
            raise StoreVersionError(path=self.path, found=found[0] if found else "?",
                                    expected=SCHEMA_VERSION)
        return True

    def _read(self, query):
        """``query(db)`` on a read-only connection (no write, no write lock); ``None`` when the
        file has no tables yet. A share whose folder refuses SQLite's ``-shm`` file is opened
        ``immutable`` — safe only because nothing can write there; not when a ``-wal`` file
        with data sits beside it."""
        def attempt(left: float, immutable: bool):
            uri = self.path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
            db = sqlite3.connect(uri, uri=True, timeout=left, isolation_level=None)
            try:
                return query(db) if self._schema(db) else None
            finally:
                db.close()

        try:
            return self._bounded(lambda left: attempt(left, False), "store.read")
        except (StoreReadOnlyError, StoreUnavailableError) as err:
            if getattr(err.__cause__, "sqlite_errorcode", 0) & 0xFF not in (_READONLY, _CANTOPEN):
                raise
            wal = Path(f"{self.path}-wal")
            if wal.exists() and wal.stat().st_size:
                raise StoreUnavailableError(path=self.path, reason=i18n.both("store.wal_readonly")) from err
            return self._bounded(lambda left: attempt(left, True), "store.read")

    def _write(self, work):
        """``work(db)`` inside one ``BEGIN IMMEDIATE`` transaction, on a store that passed
        ``PRAGMA quick_check`` and has the schema (created here on the first write)."""
        def attempt(left: float):
            db = sqlite3.connect(self.path, timeout=left, isolation_level=None)
            try:
                if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    db.execute("PRAGMA journal_mode = WAL")
                problems = [row for (row,) in db.execute("PRAGMA quick_check(3)")]  # outside the lock
                if problems != ["ok"]:
                    raise StoreDamagedError(path=self.path, reason="; ".join(problems))
                db.execute("BEGIN IMMEDIATE")  # closing without COMMIT rolls back
                if not self._schema(db):
                    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    db.execute("""CREATE TABLE responses (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        form TEXT NOT NULL,
                        respondent TEXT NOT NULL,
                        answers TEXT NOT NULL,
                        submitted_at TEXT NOT NULL,
                        UNIQUE (form, respondent))""")
                    db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                outcome = work(db)
                db.execute("COMMIT")
                return outcome
            finally:
                db.close()

        return self._bounded(attempt, "store.write")

    # -- writing -----------------------------------------------------------------------------

    @options(positional=("on_duplicate",))
    def submit(self, form: str, respondent: str, answers: dict, *,
               on_duplicate: str = "replace") -> str:
        """Store one submission atomically.

        Returns only after the row is committed. A submission that could not be stored raises
        a :class:`StoreError` and is appended, answers included, to :attr:`failure_log`.

        Parameters
        ----------
        form : str
            The form's name (``"kano"``).
        respondent : str
            The respondent's id; a submission is identified by (form, respondent).
        answers : dict
            Field → answer (numbers, text, lists: what JSON holds).
        on_duplicate : {"replace", "keep", "error"}
            What a second submission of the same respondent does: the latest answers count, the
            first stay, or :class:`DuplicateSubmissionError`.

        Returns
        -------
        {"inserted", "replaced", "kept"}
            What happened to the row.

        Raises
        ------
        StoreError
            One of its subclasses (busy, read-only, damaged, another version, duplicate, a lone
            surrogate, an answer JSON cannot hold).
        cxlab.errors.OptionError
            For another ``on_duplicate``.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> store.submit("kano", "S1", {"a_func": 1, "a_dys": 5})
        'inserted'
        >>> store.submit("kano", "S1", {"a_func": 2, "a_dys": 5}, on_duplicate="keep")
        'kept'
        """
        if on_duplicate not in DUPLICATE_RULES:
            raise OptionError(name="on_duplicate", value=on_duplicate, valid=", ".join(DUPLICATE_RULES))
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds")

        def work(db: sqlite3.Connection) -> str:
            exists = db.execute("SELECT 1 FROM responses WHERE form = ? AND respondent = ?",
                                (form, respondent)).fetchone()
            if exists and on_duplicate == "error":
                raise DuplicateSubmissionError(form=form, respondent=respondent)
            if exists and on_duplicate == "keep":
                return "kept"
            if exists:
                db.execute("UPDATE responses SET answers = ?, submitted_at = ? "
                           "WHERE form = ? AND respondent = ?", (payload, stamp, form, respondent))
                return "replaced"
            db.execute("INSERT INTO responses (form, respondent, answers, submitted_at) "
                       "VALUES (?, ?, ?, ?)", (form, respondent, payload, stamp))
            return "inserted"

        try:
            row = {"respondent_id": respondent, **answers}
            _refuse([_cell(respondent, field) for field, value in row.items()
                     if _SURROGATE.search(f"{field}{value if isinstance(value, str) else ''}")])
            payload = _payload(respondent, answers)
            return self._write(work)
        except StoreError as err:
            self._log_failure(form, respondent, answers, err)
            raise

    def _log_failure(self, form: str, respondent: str, answers: dict, err: StoreError) -> None:
        """Append one line to the failure log; a folder that refuses it is already in ``err``."""
        line = json.dumps({"failed_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
                           "form": form, "respondent_id": respondent, "error": type(err).__name__,
                           "message": str(err), "answers": answers},
                          default=lambda v: _plain(v) if hasattr(v, "item") else repr(v)) + "\n"
        try:
            fd = os.open(self.failure_log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        except OSError:
            return
        try:
            os.write(fd, line.encode("ascii"))  # one write: appends of other kernels do not interleave
        finally:
            os.close(fd)

    @options(positional=("on_duplicate",))
    def submitter(self, form: str, *, on_duplicate: str = "replace"):
        """A callback for a form widget's ``on_submit``: stores each row under ``form``.

        Parameters
        ----------
        form : str
            The form's name.
        on_duplicate : {"replace", "keep", "error"}
            As in :meth:`submit`.

        Returns
        -------
        callable
            ``submit(row) -> str`` taking a dict with ``respondent_id`` and the answers.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> send = store.submitter("nps")
        >>> send({"respondent_id": "S1", "recommend": 10})
        'inserted'
        """
        def submit(row: dict) -> str:
            answers = {k: v for k, v in row.items() if k != "respondent_id"}
            return self.submit(form, str(row["respondent_id"]), answers, on_duplicate=on_duplicate)
        return submit

    # -- reading -----------------------------------------------------------------------------

    def load(self, form: str):
        """All submissions of a form, in submission order.

        Reading opens the file read-only and never waits for the write lock.

        Parameters
        ----------
        form : str
            The form's name.

        Returns
        -------
        DataFrame
            One row per respondent: ``respondent_id``, ``submitted_at`` (UTC, ISO text) and one
            column per answer field; an empty table if there are none yet.

        Raises
        ------
        StoreError
            For a damaged, foreign or other-version file (never a silent empty table).

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> store.load("kano").empty  # nothing submitted, no file created
        True
        """
        import pandas as pd

        empty = pd.DataFrame(columns=["respondent_id", "submitted_at"])
        if not self.path.exists():
            return empty
        rows = self._read(lambda db: db.execute(
            "SELECT respondent, submitted_at, answers FROM responses WHERE form = ? ORDER BY id",
            (form,)).fetchall())
        if not rows:
            return empty
        return pd.DataFrame([{"respondent_id": r, "submitted_at": t, **self._answers(r, a)}
                             for r, t, a in rows])

    def _answers(self, respondent: str, text: str) -> dict:
        """One row's stored answers, or :class:`StoreDamagedError` naming the respondent."""
        try:
            answers = json.loads(text)
        except ValueError:
            answers = None
        if not isinstance(answers, dict):
            raise StoreDamagedError(path=self.path,
                                    reason=i18n.both("store.bad_answers", respondent=respondent))
        return answers

    def forms(self) -> dict[str, int]:
        """Form names and how many submissions each has.

        Returns
        -------
        dict of str to int

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> _ = store.submit("nps", "S1", {"recommend": 9})
        >>> store.forms()
        {'nps': 1}
        """
        if not self.path.exists():
            return {}
        return dict(self._read(lambda db: db.execute(
            "SELECT form, COUNT(*) FROM responses GROUP BY form ORDER BY form").fetchall()) or [])

    def failures(self):
        """Submissions that did not land, from :attr:`failure_log`, oldest first.

        Returns
        -------
        DataFrame
            ``failed_at`` (UTC), ``form``, ``respondent_id``, ``error`` (the cxlab error class),
            ``message`` (in the language active when it failed) and ``answers`` (a dict: what
            the student had entered, so it can be submitted again). A line that cannot be
            parsed is kept with ``error`` ``"unreadable"`` and the line as ``message``.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> len(store.failures())
        0
        """
        import pandas as pd

        if not self.failure_log.exists():
            return pd.DataFrame(columns=FAILURE_COLUMNS)
        records = []
        for line in self.failure_log.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                records.append(json.loads(line))
            except ValueError:
                records.append({"error": "unreadable", "message": line})
        return pd.DataFrame(records, columns=FAILURE_COLUMNS)

    def export(self, form: str, path) -> Path:
        """Write a form's submissions to .csv (UTF-8 with BOM, CRLF rows) or .xlsx, spreadsheet-safe.

        See :func:`spreadsheet_safe` for what is changed; control characters made visible
        are reported with an :class:`ExportWarning` naming respondent and field.

        Parameters
        ----------
        form : str
            The form's name.
        path : str or Path
            The file to write; its suffix (``.csv`` or ``.xlsx``) decides the format.

        Returns
        -------
        Path
            The file written.

        Raises
        ------
        cxlab.errors.OptionError
            For another suffix.

        Examples
        --------
        >>> import tempfile
        >>> from pathlib import Path
        >>> from cxlab.store import Store
        >>> store = Store(Path(tempfile.mkdtemp()) / "class.sqlite")
        >>> _ = store.submit("nps", "S1", {"comment": "=1+2"})
        >>> path = store.export("nps", store.path.with_name("nps.csv"))
        >>> path.read_text(encoding="utf-8-sig").splitlines()[1].endswith("'=1+2")
        True
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in EXPORT_FORMATS:
            raise OptionError(name=i18n.both("store.bad_format"),
                              value=path.suffix, valid=", ".join(EXPORT_FORMATS))
        table = spreadsheet_safe(self.load(form), form=form)
        if suffix == ".csv":
            table.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")
        else:
            sheet = re.sub(r"[\[\]:*?/\\]", "_", form)[:31] or "form"
            table.to_excel(path, index=False, engine="openpyxl", sheet_name=sheet)
        return path


def _cell(respondent, field) -> str:
    return i18n.t("store.cell", respondent=respondent, field=field)


def _text_cells(column):
    """The cells of ``column`` that hold text, as a string Series (same index)."""
    import pandas as pd

    if not (column.dtype == object or pd.api.types.is_string_dtype(column)):
        return column.iloc[:0].astype(str)
    return column[column.map(type).eq(str)].astype(str)


def _where(table, pattern: re.Pattern, respondents) -> list[str]:
    """Respondent and field of every header and text cell of ``table`` matching ``pattern``
    (``respondents``: a Series of respondent names indexed like ``table``)."""
    cells = [i18n.t("store.header", field=name) for name in table.columns if pattern.search(str(name))]
    for name in table.columns:
        hits = _text_cells(table[name]).str.contains(pattern)
        cells += [_cell(who, name) for who in respondents[hits.index[hits]]]
    return cells


def _named(cells: list[str]) -> str:
    """The first few cells named, and how many more."""
    sep = "；" if i18n.get_language() == "zh" else "; "
    more = [i18n.t("store.more", n=len(cells) - _SHOWN)] if len(cells) > _SHOWN else []
    return sep.join(cells[:_SHOWN] + more)


def _refuse(cells: list[str]) -> None:
    """Raise :class:`LoneSurrogateError` for the cells named, if any."""
    if cells:
        raise LoneSurrogateError(count=len(cells), cells=_named(cells))


def _visible(match: re.Match) -> str:
    """A control character as its Unicode control picture (U+2400 block): NUL → ␀."""
    return chr(0x2400 + ord(match.group()))


def spreadsheet_safe(table, *, form: str = ""):
    """A copy of ``table`` that a spreadsheet opens as data, not code.

    - Text (values and header cells) starting with = + - @, a tab or a carriage return, or
      with = + - @ right after a line break or tab inside it, gets a ``'`` in front of that
      character, so no line of a cell can start a formula.
    - Control characters XLSX cannot hold (openpyxl's ``ILLEGAL_CHARACTERS_RE``: U+0000–U+0008,
      U+000B, U+000C, U+000E–U+001F) are replaced by their Unicode control pictures
      (NUL → ␀), with an :class:`ExportWarning` naming the respondents and fields changed.
    - A lone surrogate cannot be written to any UTF-8 file: :class:`LoneSurrogateError`
      naming respondents and fields.

    Numbers stay numbers. Respondents are named by ``respondent_id`` when there is one,
    else by row number (from 1).

    Parameters
    ----------
    table : DataFrame
        Submissions (as :meth:`Store.load` returns them) or any table.
    form : str
        The form's name, for the warning.

    Returns
    -------
    DataFrame
        The same shape, texts made safe.

    Raises
    ------
    LoneSurrogateError
        For text holding a lone surrogate.

    References
    ----------
    .. [1] OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection

    Examples
    --------
    >>> import pandas as pd
    >>> from cxlab.store import spreadsheet_safe
    >>> spreadsheet_safe(pd.DataFrame({"note": ["=SUM(A1)", "fine"], "n": [1, 2]}))
            note  n
    0  '=SUM(A1)  1
    1       fine  2
    """
    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    respondents = (table["respondent_id"].astype(str) if "respondent_id" in table
                   else pd.Series(range(1, len(table) + 1), index=table.index).astype(str))
    _refuse(_where(table, _SURROGATE, respondents))
    cleaned = _where(table, ILLEGAL_CHARACTERS_RE, respondents)
    if cleaned:
        warnings.warn(ExportWarning("store.cleaned", form=form, count=len(cleaned), cells=_named(cleaned)),
                      stacklevel=3)

    def safe(text):
        return text.str.replace(ILLEGAL_CHARACTERS_RE, _visible, regex=True).str.replace(
            _FORMULA, "'", regex=True)

    table = table.copy()
    for name in table.columns:
        text = _text_cells(table[name])
        if len(text):
            table.loc[text.index, name] = safe(text)
    table.columns = safe(pd.Series([str(c) for c in table.columns], dtype=str)).tolist()
    return table


def _payload(respondent: str, answers: dict) -> str:
    """The answers as JSON text, or :class:`AnswerTypeError` naming each field JSON cannot hold."""
    try:
        return json.dumps(answers, ensure_ascii=False, default=_plain)
    except (TypeError, ValueError):
        bad = {}
        for field, value in answers.items():
            try:
                json.dumps(value, default=_plain)
            except (TypeError, ValueError):
                bad[field] = type(value).__name__
        raise AnswerTypeError(respondent=respondent,
                              fields=", ".join(f"{k} ({v})" for k, v in bad.items())) from None


def _plain(value):
    """JSON for numpy and pandas scalars (answers from widgets and DataFrames)."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(type(value).__name__)
