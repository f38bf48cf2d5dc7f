"""Live class collection: the phone page, its security rules, and the command line.

Each test starts a session on 127.0.0.1 with a free port (port 0) and a store in tmp_path,
talks to it over HTTP as a phone would, and reads the store as the trainer's next cell does.
"""

import http.client
import re
import socket
import subprocess
import sys
import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cxlab
from cxlab import classroom, kano, metrics, servqual, store

from .conftest import ROOT

QUESTIONS = kano.questionnaire(cxlab.load_dataset("kano_features").head(2), wording="short",
                               importance=True)
ATTRACTIVE = {"ar_preview_func": 1, "ar_preview_dys": 4, "ar_preview_imp": 7,
              "true_photos_func": 1, "true_photos_dys": 4, "true_photos_imp": 7}


def request(session, method="GET", path=None, body=None, cookie=None, headers=None):
    """One HTTP request to the session: (status, headers, text)."""
    parts = urllib.parse.urlsplit(session.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    sent = dict(headers or {})
    if isinstance(body, dict):
        body = urllib.parse.urlencode(body)
        sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
    if cookie:
        sent["Cookie"] = f"{classroom.COOKIE}={cookie}"
    conn.request(method, parts.path if path is None else path, body=body, headers=sent)
    response = conn.getresponse()
    text = response.read().decode("utf-8")
    conn.close()
    return response.status, response.headers, text


def post(url, body: str) -> int:
    """POST a form body to a session's URL, as a phone would; the HTTP status."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("POST", parts.path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    status = conn.getresponse().status
    conn.close()
    return status


def device_of(headers):
    return re.search(rf"{classroom.COOKIE}=([0-9a-f]+)", headers["Set-Cookie"]).group(1)


@pytest.fixture
def class_store(tmp_path):
    return store.Store(tmp_path / "class.sqlite")


@pytest.fixture
def session(class_store):
    with classroom.collect(QUESTIONS, form="kano", store=class_store) as running:
        yield running
    assert running.failures == []  # no handler error went unnoticed


def test_url_carries_a_fresh_random_token(session, class_store):
    other = classroom.collect(QUESTIONS, form="kano", store=class_store)
    other.stop()
    assert session.url.endswith("/" + session.token)
    assert len(session.token) == 12 and session.token != other.token
    assert session.url.startswith(f"http://127.0.0.1:{session.port}/")


@pytest.mark.parametrize("path", ["/", "/wrong-token", "/{token}x", "/{token}/../x", "/favicon.ico"])
def test_no_or_wrong_token_is_refused_and_stores_nothing(session, class_store, path):
    path = path.format(token=session.token)
    assert request(session, path=path)[0] == 403
    status, _, text = request(session, "POST", path=path, body=ATTRACTIVE)
    assert status == 403 and "二维码" in text
    assert class_store.load("kano").empty and session.count == 0


def test_phone_page_is_a_plain_form_in_the_session_language(class_store):
    with classroom.collect(QUESTIONS, form="kano", store=class_store, language="en") as session:
        status, headers, text = request(session)
    assert status == 200 and 'lang="en"' in text and "Submit" in text
    assert text.count('type="radio"') == 2 * 5 + 2 * 5 + 2 * 9
    assert "<script" not in text and "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Referrer-Policy"] == "no-referrer" and "HttpOnly" in headers["Set-Cookie"]
    assert "class.sqlite" not in text and "127.0.0.1" not in text  # nothing of the trainer's


def test_submission_is_stored_in_the_analysis_shape_and_confirmed(session, class_store):
    _, headers, _ = request(session)
    status, _, text = request(session, "POST", body=ATTRACTIVE, cookie=device_of(headers))
    assert status == 200 and "已提交" in text
    table = class_store.load("kano")
    assert table["respondent_id"].tolist() == [f"web-{device_of(headers)}"]
    assert table.loc[0, list(ATTRACTIVE)].tolist() == list(ATTRACTIVE.values())
    assert kano.analyze(table)["category"].tolist() == ["A", "A"]
    assert session.count == 1 and "已收到 1 份" in session.counter()


@pytest.mark.parametrize(("field", "value"), [("ar_preview_func", "6"), ("ar_preview_func", "0"),
                                              ("ar_preview_imp", "10"), ("ar_preview_imp", "7.5"),
                                              ("ar_preview_dys", "<b>x</b>"), ("ar_preview_dys", "１０")])
def test_answer_outside_the_options_is_refused_with_a_message_and_not_stored(session, class_store,
                                                                          field, value):
    status, _, text = request(session, "POST", body={**ATTRACTIVE, field: value})
    assert status == 400 and "不在可选范围内" in text and "已提交" not in text
    assert "<b>x</b>" not in text  # echoed back escaped
    assert class_store.load("kano").empty and session.refused == 1 and session.count == 0
    assert 'value="1" required checked' in text  # the valid answers stay in the form


def test_unknown_repeated_and_missing_fields_are_refused(session, class_store):
    status, _, text = request(session, "POST", body={**ATTRACTIVE, "respondent_id": "S001"})
    assert status == 400 and "respondent_id" in text
    repeated = urllib.parse.urlencode(ATTRACTIVE) + "&ar_preview_func=2"
    status, _, text = request(session, "POST", body=repeated,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "不止一个答案" in text
    status, _, text = request(session, "POST", body={k: v for k, v in ATTRACTIVE.items() if "dys" not in k})
    assert status == 400 and "第 2, 5 题还没有作答" in text
    status, _, _ = request(session, "POST", body="x", headers={"Content-Type": "text/plain"})
    assert status == 400
    assert class_store.load("kano").empty and session.refused == 4


def test_body_over_the_size_limit_is_refused_unread(class_store):
    limits = classroom.Limits(body=2048)
    with classroom.collect(QUESTIONS, form="kano", store=class_store, limits=limits) as session:
        parts = urllib.parse.urlsplit(session.url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        conn.putrequest("POST", parts.path)
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(10**9))
        conn.endheaders()
        assert conn.getresponse().status == 413
        conn.close()
        padded = urllib.parse.urlencode(ATTRACTIVE) + "&" + "x" * 3000
        assert request(session, "POST", body=padded,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 413
        for length in ("-1", "x", "²"):
            assert request(session, "POST", body="", headers={"Content-Length": length})[0] == 411
        assert request(session, "POST", body=ATTRACTIVE)[0] == 200  # small enough
    assert len(class_store.load("kano")) == 1 and session.failures == []


def test_rate_limit_per_client_answers_429(class_store):
    limits = classroom.Limits(burst=3, per_second=0.01)
    with classroom.collect(QUESTIONS, form="kano", store=class_store, limits=limits) as session:
        statuses = [request(session, cookie="0123456789abcdef")[0] for _ in range(5)]
        other_device = request(session, cookie="fedcba9876543210")[0]
        status, headers, text = request(session, "POST", body=ATTRACTIVE, cookie="0123456789abcdef")
    assert statuses == [200, 200, 200, 429, 429] and other_device == 200
    assert status == 429 and headers["Retry-After"] and "稍等" in text
    assert class_store.load("kano").empty


def test_guessing_tokens_is_rate_limited_too(class_store):
    limits = classroom.Limits(burst=3, per_second=0.01)
    with classroom.collect(QUESTIONS, form="kano", store=class_store, limits=limits) as session:
        guesses = [request(session, path=f"/guess{k}")[0] for k in range(3)]
        assert guesses == [403] * 3 and request(session)[0] == 429  # even the right token, for now


FIELDS = classroom._fields(QUESTIONS)
VALUES = st.one_of(st.integers(-20, 20).map(str), st.text(max_size=4),
                   st.sampled_from(["１", " 3 ", "٣", "1.0", "+2", ""]))


@given(st.lists(st.tuples(st.sampled_from([*ATTRACTIVE, "x", "respondent_id"]), VALUES), max_size=12))
def test_validation_accepts_exactly_the_questionnaires_own_answers(pairs):
    answers, problems, bad = classroom._validate(FIELDS, pairs, "en")
    choices = {f.qid: {v for v, _ in f.choices} for f in FIELDS}
    assert all(answers[q] in choices[q] for q in answers)  # nothing outside the options passes
    if not problems:  # accepted: every question answered once, nothing else sent
        assert set(answers) == set(choices) and not bad
        assert sorted(name for name, value in pairs if value.strip()) == sorted(choices)
    else:
        assert bad or any("field" in p for p in problems)


def test_rate_limit_per_address_covers_cookie_cycling(class_store):
    limits = classroom.Limits(burst=100, address_burst=4, address_per_second=0.01)
    with classroom.collect(QUESTIONS, form="kano", store=class_store, limits=limits) as session:
        statuses = [request(session, cookie=f"{k:016x}")[0] for k in range(6)]
    assert statuses == [200] * 4 + [429] * 2


def test_resubmission_from_the_same_device_replaces_and_is_counted(session, class_store):
    _, headers, _ = request(session)
    device = device_of(headers)
    request(session, "POST", body=ATTRACTIVE, cookie=device)
    changed = {**ATTRACTIVE, "ar_preview_dys": 1}
    status, _, _ = request(session, "POST", body=changed, cookie=device)
    assert status == 200
    _, other, _ = request(session)
    request(session, "POST", body=ATTRACTIVE, cookie=device_of(other))
    table = class_store.load("kano")
    assert len(table) == 2 and table.loc[0, "ar_preview_dys"] == 1
    assert (session.count, session.resubmitted) == (2, 1)
    assert "重新提交 1 次" in session.counter()


def test_every_submission_is_new_when_not_once_per_device(class_store):
    with classroom.collect(QUESTIONS, form="kano", store=class_store, once_per_device=False) as session:
        for _ in range(3):
            assert request(session, "POST", body=ATTRACTIVE, cookie="0123456789abcdef")[0] == 200
    assert len(class_store.load("kano")) == 3 and session.count == 3


class BrokenStore(store.Store):
    def submit(self, *args, **kwargs):
        raise OSError(28, "No space left on device")


class UnrenderableError(cxlab.CxlabError):
    key = "no.such.label"


class StoreWithBadMessage(store.Store):
    def submit(self, *args, **kwargs):
        error = UnrenderableError.__new__(UnrenderableError)  # its message cannot be rendered
        error.params = {}
        raise error


@pytest.mark.parametrize("broken", ["raises", "directory", "bad message"])
def test_store_failure_shows_an_error_never_a_confirmation(tmp_path, broken):
    failing = {"raises": BrokenStore(tmp_path / "s.sqlite"), "directory": store.Store(tmp_path),
               "bad message": StoreWithBadMessage(tmp_path / "s.sqlite")}[broken]
    with classroom.collect(QUESTIONS, form="kano", store=failing) as session:
        status, _, text = request(session, "POST", body=ATTRACTIVE)
    assert status == 503 and "没有保存" in text and "请告诉培训师" in text
    assert "已提交" not in text and str(tmp_path) not in text  # no trainer data on the phone
    assert 'value="4" required checked' in text  # answers kept for the next try
    assert session.count == 0 and len(session.failures) == 1
    assert "保存失败 1 次" in session.counter()


def test_every_text_is_escaped(class_store):
    questions = QUESTIONS.head(1).assign(question="<script>alert(1)</script>", option_1="<img src=x>")
    with classroom.collect(questions, form="x", store=class_store, title="<i>t</i>") as session:
        text = request(session)[2]
    assert "<script>" not in text and "<img" not in text and "<i>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "&lt;i&gt;t&lt;/i&gt;" in text


def test_poll_scales_and_their_ranges(class_store):
    with classroom.collect(metrics.poll(), form="nps", store=class_store) as session:
        assert request(session)[2].count('type="radio"') == 11 + 5 + 7
        assert request(session, "POST", body={"recommend": 11, "csat": 3, "ces": 2})[0] == 400
        assert request(session, "POST", body={"recommend": 0, "csat": 5, "ces": 7})[0] == 200
    table = class_store.load("nps")
    assert table[["recommend", "csat", "ces"]].iloc[0].tolist() == [0, 5, 7]
    assert metrics.nps(table["recommend"]).value == -100


@pytest.mark.parametrize("make", [lambda: kano.questionnaire(cxlab.load_dataset("kano_features")),
                                  metrics.poll,
                                  lambda: servqual.questionnaire(["T1", "R1", "S1", "A1", "E1"])],
                         ids=["kano", "poll", "servqual"])
def test_every_workbook_questionnaire_round_trips_in_the_analysis_shape(class_store, make):
    questions = make()
    with classroom.collect(questions, form="f", store=class_store) as session:
        page = request(session)[2]
        last = dict(re.findall(r'name="([^"]+)" value="(-?\d+)"', page))  # the last option of each
        assert list(last) == questions["question_id"].tolist()
        assert request(session, "POST", body=last)[0] == 200
    table = class_store.load("f")
    assert table.columns.tolist() == ["respondent_id", "submitted_at", *questions["question_id"]]
    assert table.iloc[0, 2:].tolist() == [int(v) for v in last.values()]


def test_long_scale_is_a_number_box():
    questions = metrics.poll().head(1).assign(low=0, high=100)
    field = classroom._fields(questions)[0]
    assert 'type="number"' in classroom._field_html(field, None, False)


def test_quiz_question_becomes_a_one_question_form(class_store):
    questions = classroom.quiz_question("03_kano_questionnaire", "why-pairs", language="en")
    assert questions.loc[0, "question_id"] == "why-pairs" and questions.loc[0, "option_1"]
    with classroom.collect(questions, form="quiz", store=class_store) as session:
        assert request(session, "POST", body={"why-pairs": 2})[0] == 200
    assert class_store.load("quiz")["why-pairs"].tolist() == [2]
    with pytest.raises(classroom.QuizTypeError, match="matching"):
        classroom.quiz_question("03_kano_questionnaire", "option-to-code")
    with pytest.raises(cxlab.OptionError, match="nope"):
        classroom.quiz_question("03_kano_questionnaire", "nope")


def test_bad_questionnaire_names_rows_and_values(class_store):
    repeated = QUESTIONS.head(2).assign(question_id="same")
    with pytest.raises(classroom.QuestionnaireError, match="same"):
        classroom.collect(repeated, form="x", store=class_store)
    empty = metrics.poll().drop(columns=["low", "high"])
    with pytest.raises(classroom.QuestionnaireError, match="recommend"):
        classroom.collect(empty, form="x", store=class_store)


def test_stop_closes_the_port_and_a_timeout_closes_the_session(class_store):
    session = classroom.collect(QUESTIONS, form="kano", store=class_store)
    assert request(session)[0] == 200
    session.stop()
    session.stop()  # twice is harmless
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", session.port), timeout=5)
    assert "已结束" in str(session)
    short = classroom.collect(QUESTIONS, form="kano", store=class_store, timeout=0.2)
    assert short.wait(timeout=10)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", short.port), timeout=5)


def test_port_in_use_is_a_clear_error(class_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(classroom.PortError, match=str(port)):
            classroom.collect(QUESTIONS, form="kano", store=class_store, port=port)


def test_rerunning_the_cell_on_the_same_port_replaces_the_session(session, class_store):
    again = classroom.collect(QUESTIONS, form="kano", store=class_store, port=session.port)
    with again:
        assert session.closed.is_set() and again.port == session.port
        assert request(again)[0] == 200


def test_a_phone_that_goes_away_is_no_failure(class_store):
    limits = classroom.Limits(idle=0.3)
    with classroom.collect(QUESTIONS, form="kano", store=class_store, limits=limits) as session:
        parts = urllib.parse.urlsplit(session.url)
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as stalled:
            stalled.sendall(f"POST {parts.path} HTTP/1.0\r\nContent-Length: 100\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\n\r\nshort".encode())
            assert stalled.recv(100) == b""  # closed after the idle limit, nothing sent
        assert request(session, "POST", body=ATTRACTIVE)[0] == 200
    assert session.failures == [] and len(class_store.load("kano")) == 1


def test_all_interfaces_show_a_reachable_address_and_public_url_wins(class_store):
    with classroom.collect(QUESTIONS, form="kano", store=class_store, host="0.0.0.0") as session:
        assert not session.url.startswith("http://0.0.0.0") and request(session)[0] == 200
    proxied = "https://hub.example.org/user/trainer/proxy/8800/"
    with classroom.collect(QUESTIONS, form="kano", store=class_store, public_url=proxied) as session:
        assert session.url == proxied + session.token


def test_notebook_view_counts_live_and_prints_no_token_free_text(session):
    bundle = session._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"] == str(session) and session.url in bundle["text/plain"]
    assert "<svg" in session.widget.children[0].value and session.url in session.widget.children[0].value
    request(session, "POST", body=ATTRACTIVE)
    assert "已收到 1 份" in session.widget.children[1].value
    session.stop_button.click()
    assert session.closed.is_set() and session.stop_button.disabled
    assert "已结束" in session.widget.children[1].value
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", session.port), timeout=5)


def test_command_line_help_follows_the_language():
    from cxlab import cli

    expected = {"zh": ("用法：", "问卷", "选项", "显示本帮助"), "en": ("usage: ", "questionnaire")}
    for lang, words in expected.items():
        out = subprocess.run([sys.executable, "-m", "cxlab", "--language", lang, "collect", "--help"],
                             capture_output=True, text=True, check=True, cwd=ROOT).stdout
        assert all(word in out for word in words) and "--port" in out
    assert set(cli.COMMANDS) == {"collect", "report"}


@pytest.mark.slow
def test_command_line_collects_until_stopped(tmp_path):
    path = tmp_path / "cli.sqlite"
    command = [sys.executable, "-m", "cxlab", "--language", "en", "collect", "nps", "--port", "0",
               "--store", str(path), "--minutes", "5"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=tmp_path) as process:
        try:
            url = process.stdout.readline().strip()
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[\w-]{12}", url)
            assert post(url, "recommend=9&csat=4&ces=2") == 200
        finally:
            process.terminate()
        out = process.stdout.read()
    assert process.returncode == 0 and "Finished: 1 response(s)" in out
    assert store.Store(path).load("nps")["recommend"].tolist() == [9]


@pytest.mark.slow
def test_counter_updates_live_in_a_kernel_while_the_kernel_is_idle(tmp_path):
    """The widget's counter is updated from the server's thread: a real kernel sends the update
    to the front end (a comm message) without any cell running."""
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3", cwd=str(tmp_path))
    seen = []
    try:
        code = ("from cxlab import classroom, metrics\n"
                f"s = classroom.collect(metrics.poll(), form='nps', store=r'{tmp_path / 'k.sqlite'}')\n"
                "display(s)\nprint(s.url)")
        reply = client.execute_interactive(code, timeout=60, output_hook=lambda msg: seen.append(msg))
        assert reply["content"]["status"] == "ok"
        url = next(m["content"]["text"].strip() for m in seen if m["msg_type"] == "stream")
        assert post(url, "recommend=10&csat=5&ces=1") == 200
        updates = []
        while not any("已收到 1 份" in u for u in updates):
            msg = client.get_iopub_msg(timeout=10)  # raises queue.Empty if no update comes
            if msg["msg_type"] == "comm_msg":
                updates.append(str(msg["content"]["data"].get("state", {}).get("value", "")))
        client.execute_interactive("s.stop()", timeout=30)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
