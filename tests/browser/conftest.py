"""Browser tests: a real `streamlit run` and the system Chromium (never a downloaded browser)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(script: Path, env_extra: dict[str, str], log: Path):
    port = free_port()
    env = {**os.environ, **env_extra}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
         "--server.port", str(port), "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            break
    proc.terminate()
    raise RuntimeError(f"streamlit did not start; see {log}:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (apt-get install chromium); browser tests need it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def app_url(browser, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("app")
    proc, url = start_app(ROOT / "app.py", {"ISNAD_LIBRARY": str(tmp / "library.sqlite")}, tmp / "streamlit.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="session")
def fixture_app_url(browser, tmp_path_factory):
    """The app over the hand-built fixture analysis (known highlights and one conflict)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from ui_fixtures import write_corpus

    tmp = tmp_path_factory.mktemp("fixture_app")
    proc, url = start_app(ROOT / "tests" / "browser" / "fake_app.py",
                          {"ISNAD_LIBRARY": str(tmp / "library.sqlite"), "ISNAD_CORPUS": str(write_corpus(tmp))},
                          tmp / "streamlit.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)
