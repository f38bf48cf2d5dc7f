"""Live class collection: phones and laptops answer a questionnaire over the room's network.

The trainer starts a session from a notebook cell (or ``cxlab collect`` on the command line);
the cell shows a QR code, the short address and a live counter. Students open the address,
answer a plain HTML form, and see a confirmation only once the answers are committed to the
class response store, so the trainer's next cell analyses them with ``Store().load(form)``,
in the same shape as the notebook forms give.

Why a small server in a thread, not tornado on the kernel's event loop
-----------------------------------------------------------------------
The server is the standard library's :class:`http.server.ThreadingHTTPServer`, serving
from a daemon thread; each request runs in its own short-lived thread.

- The kernel's event loop runs only between cells: while the trainer's analysis cell
  computes (a bootstrap, a plot), a server on that loop would make every phone wait, and a
  store write (SQLite, blocking, with busy retries) would freeze the kernel. A thread keeps
  serving whatever the kernel does, and blocking store calls are harmless there.
- The same code runs in a notebook, under ``cxlab collect`` in a terminal (no event loop at
  all) and in tests, and it adds no dependency (tornado is in the Jupyter stack but not in
  cxlab's own requirements).
- The standard library server does none of the hardening itself, so this module does: a
  per-session token, size and rate limits, an idle timeout per connection, HTTP/1.0 (one
  request per connection, so :meth:`Session.stop` waits for nothing but requests in flight),
  field validation, escaping, and no access log (a log line from a thread would land in
  whichever notebook cell ran last).

Security (DESIGN.md, "Servers and stored answers")
--------------------------------------------------
- A random token (:func:`secrets.token_urlsafe`, 72 bits) is the URL's path; any other path,
  or a wrong token, gets 403 and stores nothing.
- Request bodies over :attr:`Limits.body` bytes get 413 unread; each client (address and
  device) and each address get a token bucket, and are answered 429 past it.
- Only the questionnaire's own fields are accepted, each checked against its options or
  scale; a refused answer is named back to the student (escaped), never stored.
- One submission per device per questionnaire by default: a device cookie names the
  respondent, so a resubmission replaces the earlier answers (the counter shows it). The
  cookie is a convenience, not an identity check: a student who clears cookies counts twice.
- The phone page shows the questionnaire and nothing else: no counts, no other answers, no
  store path; it loads nothing from other sites (Content-Security-Policy ``default-src
  'none'``) and sends no referrer. The session closes on :meth:`Session.stop` or after its
  timeout, whichever comes first.
"""

from __future__ import annotations

import hmac
import html
import http.server
import re
import secrets
import socket
import threading
import time
import unicodedata
import urllib.parse
from dataclasses import dataclass

from cxlab import i18n
from cxlab.deprecation import options
from cxlab.errors import CxlabError, DataError

COOKIE = "cxlab_device"
_DEVICE = re.compile(r"[0-9a-f]{16}")
_RUNNING: dict[tuple[str, int], Session] = {}  # open sessions of this process, by (host, port)
_RADIO_LIMIT = 11  # scales with up to 11 points (NPS 0-10) are radio buttons, longer ones a number box


class QuestionnaireError(DataError):
    """A questionnaire table that cannot be turned into a phone form (repeated ``question_id``,
    or a question with neither options nor a scale); the message names the rows and values.
    """

    key = "error.classroom_questions"


class PortError(CxlabError, OSError):
    """The host/port cannot be listened on (in use, or not an address of this computer)."""

    key = "error.classroom_port"


class QuizTypeError(CxlabError, ValueError):
    """A quiz question of a type a plain phone form cannot ask (only single-choice and true/false)."""

    key = "error.classroom_quiz_type"


@dataclass(frozen=True)
class Limits:
    """What one collection session accepts.

    Attributes
    ----------
    body : int
        Bytes per request body.
    burst : int
        Requests per client (address and device) at once, then ``per_second``.
    per_second : float
        Sustained requests per second per client.
    address_burst : int
        Requests at once from one network address (a JupyterHub proxy or a NAT puts a whole
        class behind one), then ``address_per_second``.
    address_per_second : float
        Sustained requests per second per network address.
    idle : float
        Seconds a connection may stay silent before it is closed.

    Examples
    --------
    >>> from cxlab.classroom import Limits
    >>> Limits(body=4096).burst
    20
    """

    body: int = 16_384
    burst: int = 20
    per_second: float = 0.5
    address_burst: int = 600
    address_per_second: float = 10.0
    idle: float = 10.0


@dataclass(frozen=True)
class _Field:
    qid: str
    number: int
    text: str
    choices: tuple[tuple[int, str], ...]  # (stored value, label)
    scale: bool

    def valid(self) -> str:
        values = [v for v, _ in self.choices]
        return f"{values[0]}–{values[-1]}"


def _fields(questions) -> tuple[_Field, ...]:
    """The questionnaire table (as :class:`cxlab.widgets.QuestionnaireForm` takes it) as fields."""
    from cxlab.validate import require_columns
    from cxlab.widgets import _options, _scale

    require_columns(questions, ["question_id", "question"])
    ids = questions["question_id"].astype(str)
    repeated = ids[ids.duplicated(keep=False)]
    if len(repeated):
        raise QuestionnaireError(rows=", ".join(map(str, repeated.index)), column="question_id",
                                 values=", ".join(sorted(set(repeated))),
                                 problem=i18n.Text(zh="题号重复。", en="repeated question_id."))
    fields = []
    for number, (row, q) in enumerate(zip(questions.index, questions.to_dict("records"), strict=True), 1):
        scale = _scale(q)
        choices = [(v, str(v)) for v in scale] if scale is not None else \
            list(enumerate(_options(q), 1))
        if not choices:
            raise QuestionnaireError(rows=row, column="question_id", values=q["question_id"],
                                     problem=i18n.Text(zh="既没有选项（option_1 …）也没有量表（low/high）。",
                                                       en="no options (option_1 …) and no scale (low/high)."))
        fields.append(_Field(str(q["question_id"]), number, str(q["question"]), tuple(choices),
                             scale is not None))
    return tuple(fields)


def quiz_question(quiz: str, question_id: str, *, language: str | None = None):
    """One single-choice or true/false question of a bundled quiz as a one-row questionnaire.

    Answers are coded 1, 2, … in the quiz file's option order (true/false: 1 = true, 2 =
    false), under the column ``question_id``; pass the table to :func:`collect`.

    Parameters
    ----------
    quiz : str
        A bundled quiz (:func:`cxlab.quiz.available`).
    question_id : str
        The question's id in the quiz file.
    language : {"zh", "en"}, optional
        The wording's language (default: the active one).

    Returns
    -------
    DataFrame
        One row: ``question_id``, ``question``, ``option_1``, ``option_2`` …

    Raises
    ------
    cxlab.errors.OptionError
        For an id that is not in the quiz (the ids are listed).
    QuizTypeError
        For a question that is not single-choice or true/false.

    Examples
    --------
    >>> from cxlab import classroom
    >>> table = classroom.quiz_question("01_terms", "no-complaints", language="en")
    >>> list(table.columns)
    ['question_id', 'question', 'option_1', 'option_2']
    """
    import pandas as pd

    from cxlab import quiz as quizzes

    _, items = quizzes.load(quiz)
    question = next((q for q in items if q.id == question_id), None)
    if question is None:
        from cxlab.validate import check_option

        check_option("question_id", question_id, [q.id for q in items])
    if question.type == "single":
        labels = [i18n.render(o["text"], language) for o in question.data["options"]]
    elif question.type == "truefalse":
        labels = [i18n.t("quiz.true", language), i18n.t("quiz.false", language)]
    else:
        raise QuizTypeError(quiz=quiz, question=question_id, type=question.type)
    return pd.DataFrame([{"question_id": question.id,
                          "question": i18n.render(question.prompt, language),
                          **{f"option_{k}": label for k, label in enumerate(labels, 1)}}])


# ------------------------------------------------------------------------------- the page

_STYLE = """
*{box-sizing:border-box}
body{margin:0;background:#f4f5f7;color:#1d2129;font:17px/1.5 -apple-system,"PingFang SC",
"Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.35rem;margin:.5rem 0}
.lead{color:#4e5969;font-size:.95rem}
fieldset{background:#fff;border:0;border-radius:.75rem;margin:0 0 1rem;padding:1rem;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
fieldset.bad{outline:2px solid #d93026}
legend{float:left;width:100%;padding:0;margin-bottom:.6rem;font-weight:600}
.opts{clear:both}
.opt{display:flex;align-items:center;gap:.6rem;padding:.65rem .5rem;border-radius:.5rem;
min-height:2.75rem;cursor:pointer}
.opt:hover{background:#f2f3f5}
.opt input{width:1.3rem;height:1.3rem;margin:0;flex:none}
.scale{display:flex;flex-wrap:wrap;gap:.4rem}
.scale .opt{flex-direction:column;gap:.2rem;min-width:2.75rem;padding:.4rem;border:1px solid #e5e6eb;
justify-content:center}
input[type=number]{font-size:1.1rem;padding:.5rem;width:8rem}
button{width:100%;font-size:1.15rem;padding:.9rem;border:0;border-radius:.75rem;background:#165dff;
color:#fff;font-weight:600}
.msg{padding:.8rem 1rem;border-radius:.75rem;margin:0 0 1rem}
.ok{background:#e8ffea;color:#00640a}
.err{background:#ffece8;color:#a1151e}
.msg ul{margin:.4rem 0 0;padding-left:1.2rem}
a{color:#165dff}
"""


def _page(title: str, body: str, language: str) -> bytes:
    lang = "zh-CN" if language == "zh" else "en"
    return ("<!doctype html>\n"
            f'<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>"
            f"<body><main>{body}</main></body></html>\n").encode()


def _field_html(field: _Field, chosen: str | None, bad: bool) -> str:
    name = html.escape(field.qid, quote=True)
    legend = f"<legend>{field.number}. {html.escape(field.text)}</legend>"
    if field.scale and len(field.choices) > _RADIO_LIMIT:
        low, high = field.choices[0][0], field.choices[-1][0]
        value = f' value="{html.escape(chosen, quote=True)}"' if chosen else ""
        inner = (f'<input type="number" name="{name}" min="{low}" max="{high}" step="1" '
                 f'inputmode="numeric" required{value}>')
    else:
        inner = "".join(
            f'<label class="opt"><input type="radio" name="{name}" value="{value}" required'
            f'{" checked" if chosen == str(value) else ""}><span>{html.escape(label)}</span></label>'
            for value, label in field.choices)
    kind = "opts scale" if field.scale else "opts"
    return (f'<fieldset{" class=bad" if bad else ""} id="q{field.number}">{legend}'
            f'<div class="{kind}">{inner}</div></fieldset>')


# --------------------------------------------------------------------------- rate limiting

class _Buckets:
    """Token buckets keyed by client: ``allow(key)`` spends one token if there is one."""

    def __init__(self, burst: int, per_second: float):
        self.burst, self.per_second = burst, per_second
        self.state: dict[object, tuple[float, float]] = {}

    def allow(self, key, now: float) -> bool:
        tokens, last = self.state.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.per_second)
        if len(self.state) > 10_000:  # forget full buckets: they behave as new ones
            self.state = {k: v for k, v in self.state.items()
                          if v[0] + (now - v[1]) * self.per_second < self.burst}
        if tokens < 1:
            self.state[key] = (tokens, now)
            return False
        self.state[key] = (tokens - 1, now)
        return True


# ------------------------------------------------------------------------------- the server

class _Handler(http.server.BaseHTTPRequestHandler):
    session: Session  # set on the per-session subclass
    server_version = "cxlab"
    sys_version = ""

    def log_message(self, format, *args):  # no access log: see the module docstring
        pass

    # -- responses
    def _send(self, status: int, body: bytes, device: str | None = None, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if device is not None:
            self.send_header("Set-Cookie", f"{COOKIE}={device}; Max-Age=604800; HttpOnly; SameSite=Lax")
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _notice(self, status: int, key: str, extra=()):
        lang = self.session.language
        text = html.escape(i18n.t(key, lang))
        self._send(status, _page(i18n.t("classroom.title", lang), f'<p class="msg err">{text}</p>', lang),
                   extra=extra)

    def _device(self) -> str | None:
        for part in self.headers.get("Cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE and _DEVICE.fullmatch(value):
                return value
        return None

    def _admitted(self) -> bool:
        """Rate limits first (so guessing tokens is slow too), then the token."""
        path = urllib.parse.urlsplit(self.path).path
        if not self.session._allow(self.client_address[0], self._device()):
            self._notice(429, "classroom.too_fast", extra=[("Retry-After", "5")])
            return False
        if not hmac.compare_digest(path.encode(), f"/{self.session.token}".encode()):
            self._notice(403, "classroom.forbidden")
            return False
        return True

    # -- methods
    def do_GET(self):
        if self._admitted():
            device = self._device()
            self._send(200, self.session._form_page({}, []),
                       device=None if device else secrets.token_hex(8))

    def do_POST(self):
        if not self._admitted():
            return
        session, lang = self.session, self.session.language
        if "Transfer-Encoding" in self.headers:
            self._notice(411, "classroom.bad_request")
            return
        length = self.headers.get("Content-Length", "")
        if not re.fullmatch(r"[0-9]{1,12}", length):  # absent, negative or not a number
            self._notice(411, "classroom.bad_request")
            return
        length = int(length)
        if length > session.limits.body:
            session._count("refused")
            self._notice(413, "classroom.too_large", extra=[("Connection", "close")])
            return
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            if content_type != "application/x-www-form-urlencoded":
                raise ValueError(content_type)
            pairs = urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8"), keep_blank_values=True,
                                           max_num_fields=len(session.fields) + 20)
        except (ValueError, UnicodeDecodeError):
            session._count("refused")
            self._notice(400, "classroom.bad_request")
            return
        answers, problems, bad = _validate(session.fields, pairs, lang)
        if problems:
            session._count("refused")
            self._send(400, session._form_page(answers, problems, bad))
            return
        device = self._device()
        issued = None
        if device is None or not session.once_per_device:
            device = issued = secrets.token_hex(8)
        if session._save(device, answers):
            body = (f'<p class="msg ok">{html.escape(i18n.t("classroom.done", lang))}</p>'
                    f'<p>{html.escape(i18n.t("classroom.change", lang))}</p>'
                    f'<p><a href="{html.escape(session.token, quote=True)}">'
                    f'{html.escape(i18n.t("classroom.back", lang))}</a></p>')
            self._send(200, _page(session.title, body, lang),
                       device=issued if session.once_per_device else None)
        else:
            self._send(503, session._form_page(answers, [i18n.t("classroom.store_failed", lang)]))

    do_HEAD = do_GET


def _validate(fields: tuple[_Field, ...], pairs, lang: str):
    """Answers (question id → int) from the posted (name, value) pairs, the problems found
    (texts in ``lang``) and the ids of the questions at fault. Only the questionnaire's own
    fields are accepted; each answer must be one of its options or scale points."""
    by_id = {f.qid: f for f in fields}
    sent: dict[str, list[str]] = {}
    for name, value in pairs:
        sent.setdefault(name, []).append(unicodedata.normalize("NFKC", value).strip())
    problems, bad, answers = [], set(), {}
    unknown = [n for n in sent if n not in by_id]
    if unknown:
        shown = ", ".join(f"“{n[:40]}”" for n in unknown[:5]) + (" …" if len(unknown) > 5 else "")
        problems.append(i18n.t("classroom.unknown_field", lang, fields=shown))
    missing = []
    for field in fields:
        values = [v for v in sent.get(field.qid, []) if v != ""]
        if len(values) > 1:
            problems.append(i18n.t("classroom.repeated_field", lang, number=field.number))
            bad.add(field.qid)
        elif not values:
            missing.append(str(field.number))
        elif (code := _as_int(values[0])) is None or code not in {v for v, _ in field.choices}:
            problems.append(i18n.t("classroom.out_of_range", lang, number=field.number,
                                   value=values[0][:40], valid=field.valid()))
            bad.add(field.qid)
        else:
            answers[field.qid] = code
    if missing:
        problems.append(i18n.t("classroom.missing", lang, items=", ".join(missing)))
        bad.update(f.qid for f in fields if str(f.number) in missing)
    return answers, problems, bad


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = False  # stop() waits for requests in flight (bounded by Limits.idle)
    block_on_close = True
    request_queue_size = 128  # a class scanning the QR code at once (socketserver's default is 5)
    session: Session

    def handle_error(self, request, client_address):
        """A phone that went away (or stalled past ``Limits.idle``) is normal; anything else is
        recorded on the session. Nothing is printed: it would land in a notebook cell."""
        import sys

        err = sys.exc_info()[1]
        if not isinstance(err, OSError):
            self.session._failed(f"{type(err).__name__}: {err}")


def _lan_address() -> str:
    """This computer's address on its main network (no packet is sent: UDP connect only
    picks the outgoing interface); 127.0.0.1 when there is no network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class Session:
    """A running collection: ``url`` (with the token), ``token``, live counts, ``stop()``.

    Counts: ``count`` respondents (devices) who submitted in this session, ``resubmitted``
    submissions that replaced a device's earlier answers, ``refused`` submissions refused
    (invalid or too large), ``failures`` the store's error messages for submissions that
    could not be saved (those students saw an error, not a confirmation).

    In a notebook the session shows itself as a QR code, the address, a counter that updates
    as answers arrive and a button that stops it. Use it as a context manager to stop it at the
    end of a block. Made by :func:`collect`, whose parameters it takes; no example here because
    it starts a server (``tests/test_classroom*.py`` drive one on a free port).

    Parameters
    ----------
    questions : DataFrame
        The questionnaire (see :func:`collect`).
    form : str
        The form name in the store.
    store : Store, path or None
        The class response store.
    host : str
        Where to listen.
    port : int
        The port (0: a free one).
    language : {"zh", "en"}, optional
        The page's language.
    title : str, optional
        The page heading.
    timeout : float
        Seconds after which the session closes by itself.
    once_per_device : bool
        One submission per device.
    public_url : str, optional
        The address students open when it is not this computer's.
    limits : Limits, optional
        Body size, rate and idle limits.
    """

    def __init__(self, questions, *, form: str, store=None, host: str = "127.0.0.1", port: int = 0,
                 language: str | None = None, title: str | None = None, timeout: float = 7200.0,
                 once_per_device: bool = True, public_url: str | None = None,
                 limits: Limits | None = None):
        from cxlab.store import Store

        self.fields = _fields(questions)
        self.form = str(form)
        self.store = store if isinstance(store, Store) else Store(store)
        self.language = i18n.code(language)
        self.title = title or i18n.t("classroom.title", self.language)
        self.once_per_device, self.timeout = once_per_device, float(timeout)
        self.limits = limits or Limits()
        self.token = secrets.token_urlsafe(9)
        self.count = self.resubmitted = self.refused = 0
        self.failures: list[str] = []
        self._respondents: set[str] = set()
        self._lock, self._store_lock, self._stop_lock = threading.Lock(), threading.Lock(), threading.Lock()
        self._clients = _Buckets(self.limits.burst, self.limits.per_second)
        self._addresses = _Buckets(self.limits.address_burst, self.limits.address_per_second)
        self._listeners: list = []
        self._widget = None
        self.closed = threading.Event()
        handler = type("Handler", (_Handler,), {"session": self, "timeout": self.limits.idle})
        if port and (previous := _RUNNING.get((host, port))) is not None:
            previous.stop()  # the trainer re-ran the cell: the new session takes the port over
        try:
            self._server = _Server((host, port), handler)
        except OSError as err:
            raise PortError(host=host, port=port, reason=err.strerror or err) from err
        self._server.session = self
        self.host, self.port = host, self._server.server_address[1]
        shown = _lan_address() if host in ("", "0.0.0.0") else host
        base = public_url.rstrip("/") if public_url else f"http://{shown}:{self.port}"
        self.url = f"{base}/{self.token}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.2},
                                        name=f"cxlab-classroom-{self.port}", daemon=True)
        self._thread.start()
        _RUNNING[(host, self.port)] = self
        self._timer = threading.Timer(self.timeout, self.stop)
        self._timer.daemon = True
        self._timer.start()

    # -- used by the handler
    def _allow(self, address: str, device: str | None) -> bool:
        now = time.monotonic()
        with self._lock:
            return self._addresses.allow(address, now) and self._clients.allow((address, device), now)

    def _save(self, device: str, answers: dict) -> bool:
        """Commit the answers; True only once the store has committed them."""
        respondent = f"web-{device}"
        try:
            with self._store_lock:
                outcome = self.store.submit(self.form, respondent, answers, on_duplicate="replace")
        except Exception as err:  # any store failure: the student must not see a confirmation
            self._failed(_describe(err, self.language))
            return False
        with self._lock:
            if respondent in self._respondents or outcome == "replaced":
                self.resubmitted += 1
            self._respondents.add(respondent)
            self.count = len(self._respondents)
        self._changed()
        return True

    def _failed(self, message: str) -> None:
        with self._lock:
            self.failures.append(message)
        self._changed()

    def _count(self, what: str) -> None:
        with self._lock:
            setattr(self, what, getattr(self, what) + 1)
        self._changed()

    def _form_page(self, answers: dict, problems: list[str], bad=frozenset()) -> bytes:
        lang = self.language
        parts = [f"<h1>{html.escape(self.title)}</h1>",
                 f'<p class="lead">{html.escape(i18n.t("classroom.intro", lang))}</p>']
        if problems:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
            parts.append(f'<div class="msg err">{html.escape(i18n.t("classroom.refused", lang))}'
                         f"<ul>{items}</ul></div>")
        parts.append('<form method="post" accept-charset="utf-8">')
        parts += [_field_html(f, None if f.qid not in answers else str(answers[f.qid]), f.qid in bad)
                  for f in self.fields]
        parts.append(f'<button type="submit">{html.escape(i18n.t("classroom.submit", lang))}</button></form>')
        return _page(self.title, "".join(parts), lang)

    # -- for the trainer
    def stop(self) -> None:
        """Close the server (the port is free when this returns) and end the session.

        Returns
        -------
        None
        """
        with self._stop_lock:
            if self.closed.is_set():
                return
            self._timer.cancel()
            self._server.shutdown()
            self._server.server_close()
            self.closed.set()
            if _RUNNING.get((self.host, self.port)) is self:
                del _RUNNING[(self.host, self.port)]
        self._changed()

    @options(positional=("timeout",))
    def wait(self, *, timeout: float | None = None) -> bool:
        """Block until the session is closed, or for at most ``timeout`` seconds.

        Parameters
        ----------
        timeout : float, optional
            Seconds to wait (default: until closed).

        Returns
        -------
        bool
            True if the session is closed.
        """
        return self.closed.wait(timeout)

    def on_change(self, callback) -> None:
        """Call ``callback(session)`` after every submission, refusal, failure and at the close.

        Parameters
        ----------
        callback : callable
            Takes the session.

        Returns
        -------
        None
        """
        self._listeners.append(callback)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def counter(self) -> str:
        """The counter line.

        Returns
        -------
        str
            E.g. "3 response(s) · 1 resubmitted · 0 refused · 0 failed to save" (the session's language).
        """
        return i18n.t("classroom.counter", self.language, count=self.count, resubmitted=self.resubmitted,
                      refused=self.refused, failed=len(self.failures))

    @options(positional=("scale",))
    def qr_svg(self, *, scale: int = 8) -> str:
        """The URL as a QR code, an inline SVG (segno; nothing leaves the machine).

        Parameters
        ----------
        scale : int
            Pixels per module of the code.

        Returns
        -------
        str
            The ``<svg>`` element.
        """
        import segno

        # a 4-module quiet zone on white: scannable from a projector and on a dark theme
        return segno.make(self.url, error="m").svg_inline(scale=scale, border=4, light="#fff")

    def __str__(self) -> str:
        status = i18n.t("classroom.status_closed" if self.closed.is_set() else "classroom.status_open",
                        self.language)
        return i18n.t("classroom.summary", self.language, form=self.form, status=status, url=self.url,
                      count=self.count)

    __repr__ = __str__

    def _counter_html(self) -> str:
        lang = self.language
        status = i18n.t("classroom.status_closed" if self.closed.is_set() else "classroom.status_open", lang)
        text = f"<b>{html.escape(self.counter())}</b> · {html.escape(status)}"
        if self.failures:
            text += "<br><span style='color:#a1151e'>" + html.escape(
                i18n.t("classroom.last_failure", lang, message=self.failures[-1])) + "</span>"
        return f"<div style='font-size:1.2em'>{text}</div>"

    def _header_html(self) -> str:
        lang = self.language
        minutes = round(self.timeout / 60)
        return (f"<div style='display:flex;gap:1.5em;align-items:center;flex-wrap:wrap'>{self.qr_svg()}"
                f"<div><div>{html.escape(i18n.t('classroom.scan', lang))}</div>"
                f"<div style='font:bold 1.6em monospace;margin:.3em 0'>{html.escape(self.url)}</div>"
                f"<div style='color:#666'>{html.escape(self.form)} · "
                f"{html.escape(i18n.t('classroom.closes', lang, minutes=minutes))}</div></div></div>")

    @property
    def widget(self):
        """The notebook view: QR code and address, a counter that updates live, a stop button.

        Returns
        -------
        ipywidgets.VBox
        """
        if self._widget is None:
            import ipywidgets as w

            self._counter_box = w.HTML(self._counter_html())
            self.stop_button = w.Button(description=i18n.t("classroom.stop", self.language),
                                        icon="stop", disabled=self.closed.is_set())
            self.stop_button.on_click(lambda _: self.stop())
            self._widget = w.VBox([w.HTML(self._header_html()), self._counter_box, self.stop_button])
        return self._widget

    def _changed(self) -> None:
        if self._widget is not None:
            self._counter_box.value = self._counter_html()
            self.stop_button.disabled = self.closed.is_set()
        for callback in list(self._listeners):
            callback(self)

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = str(self)  # what nbval compares: no QR, the URL sanitised
        return bundle


def _describe(err: Exception, language: str) -> str:
    """A store failure for the trainer: the cxlab message in the session's language, else the
    exception's type and text (a message that cannot be rendered must not hide the failure)."""
    try:
        return err.message(language) if isinstance(err, CxlabError) else f"{type(err).__name__}: {err}"
    except Exception:
        return f"{type(err).__name__}: {err.args!r}"


def _as_int(text: str) -> int | None:
    return int(text) if re.fullmatch(r"-?[0-9]{1,6}", text) else None


def collect(questions, *, form: str, store=None, host: str = "127.0.0.1", port: int = 0,
            language: str | None = None, title: str | None = None, timeout: float = 7200.0,
            once_per_device: bool = True, public_url: str | None = None,
            limits: Limits | None = None) -> Session:
    """Start collecting answers to ``questions`` from phones and laptops on this network.

    No example here: it starts a server (``tests/test_classroom*.py`` drive one on a free port
    with a real browser).

    Parameters
    ----------
    questions : DataFrame
        The questionnaire table :class:`cxlab.widgets.QuestionnaireForm` takes:
        :func:`cxlab.kano.questionnaire`, :func:`cxlab.metrics.poll`,
        :func:`cxlab.servqual.questionnaire`, :func:`quiz_question`.
    form : str
        The form name in the store (``"kano"``, ``"nps"``, ``"servqual"`` …); analyse with
        ``Store().load(form)``.
    store : Store, path or None
        The class response store (default: :func:`cxlab.store.default_path`).
    host : str
        Where to listen. ``"127.0.0.1"`` (default) is this computer only; ``"0.0.0.0"`` every
        network it is on (the room's Wi-Fi or its hotspot).
    port : int
        ``port=0`` picks a free port. A session of this process already on the same host and
        port is stopped first, so re-running the notebook cell replaces it.
    language : {"zh", "en"}, optional
        The page's language (default: the active one). The questions keep their own wording.
    title : str, optional
        The page heading (default: "课堂问卷" / "Class questionnaire").
    timeout : float
        Seconds after which the session closes by itself (default two hours).
    once_per_device : bool
        One submission per device (a cookie): a resubmission replaces the earlier answers.
        ``False`` stores every submission as a new respondent (one shared laptop).
    public_url : str, optional
        The address students open when it is not this computer's, e.g. a JupyterHub
        ``…/user/NAME/proxy/PORT/``; the token is appended.
    limits : Limits, optional
        Body size, rate and idle limits.

    Returns
    -------
    Session
        ``url``, ``token``, ``count``, ``stop()``; shows a QR code and a live counter.

    Raises
    ------
    PortError
        When the host/port cannot be listened on.
    QuestionnaireError
        For a questionnaire that cannot be a phone form.
    """
    return Session(questions, form=form, store=store, host=host, port=port, language=language,
                   title=title, timeout=timeout, once_per_device=once_per_device, public_url=public_url,
                   limits=limits)


__all__ = ["Limits", "PortError", "QuestionnaireError", "QuizTypeError", "Session", "collect",
           "quiz_question"]
