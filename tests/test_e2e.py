"""End to end in a real browser: JupyterLab in headless Chromium, driven by Playwright.

Strict nbval runs the kernels but never draws a widget; this test does. It opens notebook 00
(zh), runs every cell, answers the exercise and checks the feedback; opens notebook 03, fills
the Kano questionnaire form, submits, and checks that the row is in the class store; and
answers a question of notebook 01's quiz and checks the feedback and the score; and, in the
student edition of notebook 08, types a wrong and then the right answer into a blank code
exercise and checks what its checker says.
Screenshots go to test-artifacts/e2e/. Needs Debian's chromium (`.ci/run` installs it; no
browser is ever downloaded); skipped with the reason when it is missing.
"""

import os
import re
import runpy
import shutil
import sys

import pytest

from cxlab import kano, store

from . import lab_server
from .conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LONG = 120_000  # ms: kernels start and notebooks run on a 2-core machine
IDLE = re.compile(r"\(ipykernel\) \| 空闲")  # the kernel status, in the Chinese interface


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("no browser: install Debian's chromium (apt-get install chromium "
                    "fonts-noto-cjk) or run `make test-e2e`")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns("src"))
    editions = runpy.run_path(str(ROOT / "tools" / "editions.py"))
    editions["build_student"](root / "notebooks" / "student", names=["08_journeys_blueprints.ipynb"])
    port, token = lab_server.free_port(), "cxlab-e2e"
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
               "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
               f"--ServerApp.root_dir={root / 'notebooks'}"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    class_store = root / "class.sqlite"
    with lab_server.running(command, root, root / "lab.log", f"{base}/api/status?token={token}",
                            env={"CXLAB_STORE": str(class_store)}):
        yield base, token, class_store


@pytest.fixture(scope="module")
def page(lab):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
        page.set_default_timeout(LONG)
        yield page
        browser.close()


def _run_all(page, lab, path, button_label):
    """Open ``path`` alone in a fresh workspace, Run All once the kernel is idle, and return
    the output area holding the widget button ``button_label`` (Run All is tried twice)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    base, token, _ = lab
    workspace = path.replace("/", "-").removesuffix(".ipynb")
    page.goto(f"{base}/lab/workspaces/{workspace}/tree/{path}?token={token}&reset")
    page.get_by_text(IDLE).first.wait_for()
    button = page.get_by_role("button", name=button_label).first
    for attempt in (1, 2):
        page.locator(".lm-MenuBar-item", has_text="运行").first.click()  # the Chinese interface
        page.locator("li.lm-Menu-item[data-command='runmenu:run-all']").click()
        try:
            button.wait_for(timeout=LONG // 2)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    return page.locator(".jp-OutputArea-output").filter(has=button).last, button


def test_the_workbook_opens_with_a_chinese_interface_and_no_news_popup(page, lab):
    base, token, _ = lab
    page.goto(f"{base}/lab/workspaces/interface/tree/zh/00_start_here.ipynb?token={token}&reset")
    page.get_by_text(IDLE).first.wait_for()
    menus = page.locator(".lm-MenuBar-item").all_inner_texts()
    assert {"文件", "编辑", "运行", "内核", "设置"} <= {m.strip() for m in menus}, menus
    page.wait_for_timeout(3000)  # the news question, when enabled, shows a few seconds after start
    assert page.locator(".Toastify__toast").count() == 0
    page.screenshot(path=str(ARTIFACTS / "interface-zh.png"))


def test_notebook_00_exercise_gives_feedback_in_the_browser(page, lab):
    output, button = _run_all(page, lab, "zh/00_start_here.ipynb", "检查答案")
    output.scroll_into_view_if_needed()
    output.locator("input[type='text']").fill("0.5")
    button.click()
    output.get_by_text("偏低").wait_for()
    output.locator("input[type='text']").fill("70.4%")
    button.click()
    output.get_by_text("正确").wait_for()
    assert "Top2 满意率" in output.inner_text()
    output.screenshot(path=ARTIFACTS / "00_exercise_zh.png")
    page.screenshot(path=ARTIFACTS / "00_start_here_zh.png")
    figure = page.locator(".jp-OutputArea-output img").first
    figure.scroll_into_view_if_needed()
    figure.screenshot(path=ARTIFACTS / "00_chart_zh.png")


def test_notebook_03_questionnaire_lands_in_the_class_store(page, lab):
    output, button = _run_all(page, lab, "zh/03_kano_questionnaire.ipynb", "提交问卷")
    output.scroll_into_view_if_needed()
    output.locator("input[type='text']").first.fill("E2E-001")
    groups = output.locator(".widget-radio-box")
    assert groups.count() == 8
    for k in range(groups.count()):
        choice = 0 if k % 2 == 0 else 3  # functional: 喜欢, dysfunctional: 能忍受 → attractive
        groups.nth(k).locator("input[type='radio']").nth(choice).check()
    selects = output.locator("select")
    assert selects.count() == 4
    for k in range(selects.count()):
        selects.nth(k).select_option(label="7")
    button.click()
    output.get_by_text("已提交").wait_for()
    output.screenshot(path=ARTIFACTS / "03_kano_form_zh.png")
    table = store.Store(lab[2]).load("kano")
    assert table["respondent_id"].tolist() == ["E2E-001"]
    result = kano.analyze(table)
    assert result["category"].tolist() == ["A"] * 4
    assert table.filter(like="_imp").iloc[0].tolist() == [7] * 4


def test_notebook_01_quiz_marks_an_answer_and_counts_the_score(page, lab):
    _run_all(page, lab, "zh/01_terms.ipynb", "检查答案")
    question = page.locator(".widget-vbox").filter(has_text="200 位受访者中").last
    question.scroll_into_view_if_needed()
    question.get_by_text("20", exact=True).click()
    question.get_by_role("button", name="检查答案").click()
    question.get_by_text("45% − 25% = 20").wait_for()
    page.get_by_text("得分：1 / 9（已答 1 题）").wait_for()
    question.screenshot(path=ARTIFACTS / "01_quiz_zh.png")


def _enter_and_run(page, cell, code=None):
    """Replace the source of a code cell with ``code`` (when given) and run the cell."""
    cell.scroll_into_view_if_needed()
    cell.locator(".cm-content").click()
    if code is not None:
        page.keyboard.press("Control+A")
        page.keyboard.insert_text(code)  # no key events: the editor adds no closing quotes
    page.keyboard.press("Shift+Enter")


def test_a_student_code_exercise_names_the_mistake_then_accepts_the_answer(page, lab):
    from playwright.sync_api import expect

    _run_all(page, lab, "student/zh/08_journeys_blueprints.ipynb", "检查答案")
    check = page.locator(".jp-CodeCell").filter(has_text="checks.weakest_stage").first
    check.scroll_into_view_if_needed()
    check.locator(".jp-OutputArea-output").get_by_text("还没有作答").wait_for()
    prompt = check.locator("xpath=preceding-sibling::div[contains(@class, 'jp-CodeCell')][1]")
    prompt.scroll_into_view_if_needed()
    expect(prompt).to_contain_text("weakest = ...")  # drawn once it is on screen
    _enter_and_run(page, prompt, 'weakest = "after_sales"')
    _enter_and_run(page, check)
    check.locator(".jp-OutputArea-output").get_by_text("这是情绪曲线的最高点").wait_for()
    _enter_and_run(page, prompt, 'weakest = "deliver_install"')
    _enter_and_run(page, check)
    check.locator(".jp-OutputArea-output").get_by_text("正确").wait_for()
    assert "最高点" not in check.locator(".jp-OutputArea-output").inner_text()
    check.screenshot(path=ARTIFACTS / "08_student_code_exercise_zh.png")
