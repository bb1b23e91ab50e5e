"""Run the dashboard as a real ``streamlit run`` subprocess on a free loopback port.

    from tests.support.server import serve

    with serve(env={"ISNAD_LIBRARY": str(tmp / "lib.sqlite")}) as url:
        page.goto(url)                     # http://127.0.0.1:<port>

``serve`` yields the base URL once ``/_stcore/health`` answers and stops the
server on exit (terminate, then kill after a grace period).  ``StreamlitServer``
is the same thing without the ``with`` for callers that need the process, the
log or the start-up time (the benchmark does).

The server listens on 127.0.0.1 only, never gathers usage stats, and does not
watch files (so a colleague editing app_pages/ mid-run cannot trigger reruns).
``env`` is *added* to os.environ; pass ``ISNAD_LIBRARY`` (a temporary path)
so a test never writes to the real data/library.sqlite, and ``ISNAD_CORPUS``
for a non-default corpus.  Note the health check only says the server is up:
the script itself first runs when a browser session connects.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"

__all__ = ["ROOT", "APP", "ServerError", "StreamlitServer", "free_port", "serve"]


def _die_with_parent() -> None:  # runs in the child between fork and exec (Linux only)
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:  # not Linux / no glibc: stop() still cleans up normally
        pass


class ServerError(RuntimeError):
    """The server exited or never answered its health check (the message ends with its log)."""


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1 (bound and released; tiny race, fine for tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StreamlitServer:
    """One ``streamlit run`` subprocess.  ``start()`` blocks until healthy; ``stop()`` is idempotent."""

    def __init__(self, script: str | Path = APP, env: Mapping[str, str] | None = None, *,
                 port: int | None = None, log: str | Path | None = None,
                 extra_args: Sequence[str] = (), python: str = sys.executable) -> None:
        self.script = Path(script)
        self.env = dict(env or {})
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._own_log = log is None
        self.log = Path(log) if log else Path(tempfile.mkstemp(prefix="isnad-streamlit-", suffix=".log")[1])
        self.extra_args = list(extra_args)
        self.python = python
        self.proc: subprocess.Popen | None = None
        self.startup_s: float | None = None  # Popen -> first healthy answer
        self._t0 = 0.0

    def command(self) -> list[str]:
        return [self.python, "-m", "streamlit", "run", str(self.script),
                "--server.headless", "true", "--server.port", str(self.port), "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
                "--server.runOnSave", "false", *self.extra_args]

    def start(self, timeout: float = 90.0) -> str:
        self.launch()
        return self.wait_healthy(timeout)

    def launch(self) -> None:
        """Start the process and return at once (``wait_healthy`` then waits for it): callers that
        need several servers launch them all first, so their start-ups overlap."""
        env = {**os.environ, **self.env}
        env.setdefault("PYTHONUNBUFFERED", "1")
        self._t0 = time.perf_counter()
        with self.log.open("w") as fh:
            # own session: stop() can signal the server and anything it spawned, and nothing else
            self.proc = subprocess.Popen(self.command(), cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         preexec_fn=_die_with_parent)  # no orphan if we are killed

    def wait_healthy(self, timeout: float = 90.0) -> str:
        """Block until ``/_stcore/health`` answers, ``timeout`` seconds at most from now (a server
        launched long before may be asked only now); return the base URL."""
        if self.startup_s is not None:
            return self.url
        if self.proc is None:
            raise ServerError("wait_healthy() before launch()")
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.proc.poll() is not None:
                raise ServerError(f"streamlit exited with {self.proc.returncode}:\n{self.log_tail()}")
            if self.healthy():
                self.startup_s = time.perf_counter() - self._t0
                return self.url
            time.sleep(0.1)  # polling the health endpoint (a condition), not waiting for a guessed time
        self.stop()
        raise ServerError(f"streamlit did not answer /_stcore/health within {timeout:.0f}s:\n{self.log_tail()}")

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/_stcore/health", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self, grace: float = 15.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=10)

    def __enter__(self) -> "StreamlitServer":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


@contextmanager
def serve(env: Mapping[str, str] | None = None, *, script: str | Path = APP, timeout: float = 90.0,
          log: str | Path | None = None, extra_args: Sequence[str] = ()) -> Iterator[str]:
    """Start the app, yield its base URL (``http://127.0.0.1:<port>``), stop it afterwards."""
    server = StreamlitServer(script, env, log=log, extra_args=extra_args)
    try:
        yield server.start(timeout)
    finally:
        server.stop()
