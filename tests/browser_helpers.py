"""Start and stop the real app (`transferatlas up`) and drive Streamlit pages in Chromium.

The browser tests run the app exactly as `make run` does (SPARQL server + Streamlit in one
command) on free ports, so what they see is what a user sees. Streamlit renders
asynchronously; `settle` waits until the script run has finished instead of sleeping.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[1]
TRANSFERATLAS = REPO / ".venv" / "bin" / "transferatlas"
APP_READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningApp:
    """A started `transferatlas up`: its process, ports, log and start figures."""

    process: subprocess.Popen[bytes]
    port: int
    sparql_port: int
    log: Path
    started: float
    healthy_s: float = 0.0
    figures: dict[str, float] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}"

    def log_tail(self, chars: int = 3000) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (localhost)
            return bool(response.status == 200)
    except OSError:
        return False


def start_app(data: Path, corpus: Path, log: Path, timeout_s: float = 120.0) -> RunningApp:
    """Run `transferatlas up` on free ports in its own process group; wait for health."""
    port, sparql_port = free_port(), free_port()
    env = dict(
        os.environ,
        TRANSFERATLAS_DATA=str(data),
        TRANSFERATLAS_CORPUS=str(corpus),
        STREAMLIT_BROWSER_GATHER_USAGE_STATS="false",
    )
    command = [str(TRANSFERATLAS), "up", "--port", str(port), "--sparql-port", str(sparql_port)]
    started = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    app = RunningApp(process, port, sparql_port, log, started)
    health = f"{app.url}/_stcore/health"
    while time.perf_counter() - started < timeout_s:
        if process.poll() is not None:
            raise RuntimeError(f"App ended early (rc {process.returncode}):\n{app.log_tail()}")
        if _answers(health):
            app.healthy_s = time.perf_counter() - started
            return app
        time.sleep(0.2)
    stop_app(app)
    raise TimeoutError(f"App not healthy after {timeout_s:.0f} s:\n{app.log_tail()}")


def stop_app(app: RunningApp, grace_s: float = 10.0) -> None:
    """Terminate the whole process group (SPARQL server and Streamlit included)."""
    if app.process.poll() is None:
        try:
            os.killpg(app.process.pid, signal.SIGTERM)
            app.process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            os.killpg(app.process.pid, signal.SIGKILL)
            app.process.wait(timeout=grace_s)
        except ProcessLookupError:
            pass
    # children may outlive the group leader: make sure none is left behind
    with contextlib.suppress(ProcessLookupError):
        os.killpg(app.process.pid, signal.SIGKILL)


# Added to every page before it loads: notes each change of Streamlit's script-run state.
WATCH_RUNS = """
window.__taRuns = [];
new MutationObserver(changes => {
  for (const c of changes) window.__taRuns.push(c.target.getAttribute('data-test-script-state'));
}).observe(document, {attributes: true, subtree: true,
                      attributeFilter: ['data-test-script-state']});
"""
_RUN_STARTED = "() => (window.__taRuns || []).includes('running')"
_RUN_DONE = """() => {
  const runs = window.__taRuns || [];
  const started = runs.indexOf('running');
  return started >= 0 && runs.slice(started).includes('notRunning');
}"""


def settle(page: Any, timeout_ms: float = 60_000) -> None:
    """Wait until Streamlit has finished the current script run (no 'Running…' left)."""
    page.wait_for_selector(APP_READY, timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="hidden", timeout=timeout_ms)


def rerun(
    page: Any, action: Callable[[], object], timeout_ms: float = 60_000, start_ms: float = 10_000
) -> float:
    """Do ``action`` (an input or navigation that runs the script) and wait until that run is
    over; the seconds it took. Watching the run state avoids reading the faded old page.
    An action that starts no run within ``start_ms`` (a value Streamlit already had) only
    waits for the page to settle; the caller's assertions then say whether that was wrong.
    Needs `WATCH_RUNS` as an init script of the browser context."""
    page.evaluate("window.__taRuns = []")
    started = time.perf_counter()
    action()
    try:
        page.wait_for_function(_RUN_STARTED, timeout=start_ms, polling=50)
    except Exception as error:  # playwright's TimeoutError; playwright is optional here
        if "Timeout" not in type(error).__name__:
            raise
        settle(page, timeout_ms)
        return time.perf_counter() - started
    page.wait_for_function(_RUN_DONE, timeout=timeout_ms, polling=50)
    elapsed = time.perf_counter() - started
    settle(page, timeout_ms)
    return elapsed


def once_more_if_missed(action: Callable[[], object], outcome: Callable[[], object]) -> None:
    """Do ``action`` until ``outcome`` (a Playwright ``expect`` that raises AssertionError)
    holds, at most twice: a click while a list still opens, or before an edit is committed,
    can miss. The caller asserts the outcome afterwards."""
    for _attempt in range(2):
        action()
        with contextlib.suppress(AssertionError):
            outcome()
            return


def open_page(page: Any, url: str, timeout_ms: float = 60_000) -> float:
    """Navigate and wait for the page's first script run to finish; the seconds it took."""
    return rerun(page, lambda: page.goto(url, wait_until="domcontentloaded"), timeout_ms)


def main_text(page: Any) -> str:
    """All text of the main area (not the sidebar)."""
    return str(page.locator('[data-testid="stMain"]').inner_text())


def screenshot(page: Any, folder: Path, name: str) -> Path:
    """A full-page PNG under ``folder``; Streamlit scrolls inside its main container, so the
    viewport is first grown to the height of the content."""
    folder.mkdir(parents=True, exist_ok=True)
    height = page.evaluate(
        "() => Math.max(document.body.scrollHeight,"
        " ...Array.from(document.querySelectorAll('[data-testid=\"stMain\"], section.main'))"
        ".map(e => e.scrollHeight))"
    )
    size = page.viewport_size or {"width": 1400, "height": 1000}
    page.set_viewport_size({"width": size["width"], "height": min(max(int(height), 900), 12000)})
    page.wait_for_timeout(300)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    page.set_viewport_size(size)
    return path
