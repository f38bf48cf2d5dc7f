"""Live class collection in a real browser: a phone-sized Chromium in zh-CN answers the Kano form.

Playwright drives Debian's chromium (`executable_path`; no browser is downloaded) against a
session on 127.0.0.1. Screenshots go to test-artifacts/e2e/. Skipped with the reason when
chromium or playwright is missing.
"""

import shutil

import pytest

import cxlab
from cxlab import classroom, kano, store

from .conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def phone():
    if CHROMIUM is None:
        pytest.skip("no browser: install Debian's chromium (apt-get install chromium fonts-noto-cjk)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                      is_mobile=True, has_touch=True, locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(30_000)
        yield page
        browser.close()


def test_phone_answers_the_kano_form_and_the_class_analysis_sees_it(phone, tmp_path):
    features = cxlab.load_dataset("kano_features").head(4)
    questions = kano.questionnaire(features, wording="short", importance=True)
    class_store = store.Store(tmp_path / "class.sqlite")
    with classroom.collect(questions, form="kano", store=class_store) as session:
        phone.goto(session.url)
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        for k, field in enumerate(questions["question_id"], 1):
            group = phone.locator(f"fieldset#q{k}")
            if field.endswith("_func"):
                group.get_by_label("喜欢", exact=True).check()  # like it …
            elif field.endswith("_dys"):
                group.get_by_label("能忍受", exact=True).check()  # … can live without it: attractive
            else:
                group.get_by_label("7", exact=True).check()
        phone.screenshot(path=ARTIFACTS / "classroom_phone_form_zh.png", full_page=True)
        phone.get_by_role("button", name="提交").click()
        phone.get_by_text("已提交，谢谢").wait_for()
        phone.screenshot(path=ARTIFACTS / "classroom_phone_done_zh.png")

        table = class_store.load("kano")
        assert len(table) == 1 and table["respondent_id"][0].startswith("web-")
        assert kano.analyze(table)["category"].tolist() == ["A"] * 4
        assert session.count == 1

        refused = phone.request.get(session.url.removesuffix(session.token), fail_on_status_code=False)
        assert refused.status == 403
        out_of_range = {**table.drop(columns=["respondent_id", "submitted_at"]).iloc[0].astype(str).to_dict(),
                        "ar_preview_func": "9"}
        posted = phone.request.post(session.url, form=out_of_range, fail_on_status_code=False)
        assert posted.status == 400 and "不在可选范围内" in posted.text()
        assert class_store.load("kano")["ar_preview_func"].tolist() == [1]

        phone.get_by_role("link", name="返回问卷").click()  # change one answer: the row is replaced
        phone.locator("fieldset#q1").get_by_label("理所当然", exact=True).check()
        for k in range(2, len(questions) + 1):
            group = phone.locator(f"fieldset#q{k}")
            group.locator("input").nth(3 if k % 3 == 2 else (0 if k % 3 == 1 else 6)).check()
        phone.get_by_role("button", name="提交").click()
        phone.get_by_text("已提交，谢谢").wait_for()
        trainer = phone.context.new_page()  # what the notebook cell shows, drawn by the browser
        trainer.set_viewport_size({"width": 900, "height": 400})
        trainer.set_content(session._header_html() + session._counter_html())
        assert trainer.locator("svg.segno").bounding_box()["width"] >= 200
        trainer.get_by_text(session.url).wait_for()
        trainer.get_by_text("已收到 1 份 · 重新提交 1 次").wait_for()
        trainer.screenshot(path=ARTIFACTS / "classroom_trainer_view_zh.png")
    table = class_store.load("kano")
    assert len(table) == 1 and table["ar_preview_func"].tolist() == [2]
    assert (session.count, session.resubmitted) == (1, 1)
