"""Smoke test in a real browser: JupyterLab in headless Chromium runs each lesson, widgets render.

JupyterLab serves a temporary copy of the course in --solutions mode, so every cell
runs to the end and nothing the browser does (autosave) can touch the repository.
Screenshots go to build/screenshots/. Without Chromium this skips, saying why,
except in CI, where it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from coursekit import course
from coursekit.labsetup import LAB_SETTINGS

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RUN_LIMIT_MS = 180_000
NOTEBOOK_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"  # the lesson's tab, not another
NOTEBOOK = f"{NOTEBOOK_PANEL} .jp-Notebook"

# Each pytest-xdist worker starts one JupyterLab and one browser for the lessons it gets.
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium_path():
    if CHROMIUM is None:
        reason = ("Chromium is not installed, so the browser smoke test cannot run "
                  "(Debian/Ubuntu: apt-get install chromium)")
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must install it (.ci/run does).")
        pytest.skip(reason)
    return CHROMIUM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory, chromium_path):
    home = tmp_path_factory.mktemp("lab")
    copy = home / "course"
    for folder in ("notebooks", "exercises", "solutions", "checks"):
        shutil.copytree(ROOT / folder, copy / folder)
    # The course's own settings (no news question), no autosave, and every cell kept in the
    # page (JupyterLab 4 leaves off-screen cells unrendered).
    plugins = {**LAB_SETTINGS, "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
               "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}
    for plugin, values in plugins.items():
        package, name = plugin.split(":")
        path = home / "settings" / package / f"{name}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    port, token = free_port(), "smoke-test-token"
    env = dict(os.environ, COURSEKIT_MODE="solutions", COURSEKIT_ROOT=str(copy))
    with (home / "lab.log").open("w") as log:  # the server keeps its own copy of the handle
        server = subprocess.Popen(
                [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
             "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
             f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={copy}",
             f"--LabApp.user_settings_dir={home / 'settings'}",
             f"--LabApp.workspaces_dir={home / 'workspaces'}"],
            env=env, stdout=subprocess.DEVNULL, stderr=log,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"JupyterLab did not start:\n{(home / 'lab.log').read_text()[-3000:]}")
            time.sleep(0.5)
    yield url, token
    server.terminate()
    try:
        server.wait(20)
    except subprocess.TimeoutExpired:
        server.kill()


@pytest.fixture(scope="module")
def browser(lab, chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def sessions(url: str, token: str, path: str) -> list[dict]:
    with urllib.request.urlopen(f"{url}/api/sessions?token={token}", timeout=5) as reply:
        return [session for session in json.load(reply) if session["path"] == path]


def shut_down(url: str, token: str, path: str) -> None:
    """End the lesson's kernel, so sixteen lessons do not keep sixteen kernels alive."""
    for session in sessions(url, token, path):
        request = urllib.request.Request(f"{url}/api/sessions/{session['id']}?token={token}",
                                         method="DELETE")
        urllib.request.urlopen(request, timeout=10).close()


def kernel_ready(url: str, token: str, path: str, limit: float = 60) -> None:
    """Wait until the server reports the notebook's kernel started and idle.

    A "Run All" sent while the kernel is still starting can be dropped by the page.
    """
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = sessions(url, token, path)
        if found and found[0]["kernel"]["execution_state"] == "idle":
            return
        time.sleep(0.5)
    pytest.fail(f"the kernel of {path} did not start within {limit:g} s")


@pytest.mark.parametrize("lesson", course.lessons(), ids=lambda lesson: lesson.stem)
def test_lesson_runs_in_jupyterlab_and_its_widgets_render(lab, browser, lesson):
    url, token = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        # A workspace of its own, so no tab of an earlier lesson is restored beside it.
        page.goto(f"{url}/lab/workspaces/{lesson.stem}/tree/notebooks/{lesson.stem}.ipynb"
                  f"?reset&token={token}")
        cells = json.loads(lesson.notebook.read_text())["cells"]
        count = sum(cell["cell_type"] == "code" for cell in cells)
        page.locator(f"{NOTEBOOK} .jp-CodeCell").nth(count - 1).wait_for(timeout=60_000)
        kernel_ready(url, token, f"notebooks/{lesson.stem}.ipynb")
        page.locator(f"{NOTEBOOK_PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for(
            timeout=60_000)
        page.get_by_role("menuitem", name="Run", exact=True).click()
        run_all = page.locator("li.lm-Menu-item[data-command='runmenu:run-all']")
        run_all.and_(page.locator(":not(.lm-mod-disabled)")).wait_for(timeout=30_000)
        run_all.click()
        # Every code cell has run once its prompt shows a number ("[7]:") and none is queued
        # ("[*]:"). The check cell's input is hidden, so its prompt shows nothing.
        prompts = f"{NOTEBOOK} .jp-CodeCell .jp-InputPrompt"
        try:
            page.wait_for_function(
                """([selector, n]) => {
                    const p = [...document.querySelectorAll(selector)].map(e => e.textContent);
                    return !p.some(t => t.includes('*')) && p.filter(t => /\\[\\d+\\]/.test(t)).length === n - 1;
                }""", arg=[prompts, count], timeout=RUN_LIMIT_MS)
        except Exception:
            pytest.fail(f"not every cell ran: prompts {page.locator(prompts).all_inner_texts()}")
        errors = page.locator(f"{NOTEBOOK} .jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']")
        tracebacks = [text for text in errors.all_inner_texts() if "Traceback" in text]
        assert not tracebacks, tracebacks[0]
        page.wait_for_function(
            f"() => !document.querySelector('{NOTEBOOK}').innerText.includes('Loading widget')",
            timeout=20_000)
        page.locator(f"{NOTEBOOK} .jp-OutputArea-output .jupyter-widgets").first.wait_for(
            timeout=20_000)  # at least one widget view rendered, e.g. the race bars
        assert "Error displaying widget" not in page.locator(NOTEBOOK).inner_text()
        page.get_by_text(f"Lesson {lesson.number} passed").first.scroll_into_view_if_needed()
    finally:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{lesson.stem}.png"))  # kept on failure too
        page.close()
        shut_down(url, token, f"notebooks/{lesson.stem}.ipynb")
