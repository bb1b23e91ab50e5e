"""A second core for the corpus step: one forked process runs part of the work.

The corpus step's big pieces (similarity blocks of story grouping, alignment per story) are
independent, and their inputs are large: a forked child inherits them instead of receiving a
pickled copy, so only the arguments (block offsets, story ids) and the results cross.  Used only
when the work is big (callers decide) and forking is safe: a ``fork`` start method, more than one
core, and a single-threaded process (a thread holding a lock would deadlock the child; under the
dashboard's server everything stays in-process).
"""
from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:  # process pools are imported when a big corpus needs one (not on a cold start)
    from concurrent.futures import Future, ProcessPoolExecutor

# the forked child's work, set just before the fork (inherited, never pickled)
_JOB: Callable[[Any], Any] | None = None


# From this many articles on, the corpus step's big pieces are worth a second process; below it
# forking costs more than it saves (the dashboard's few articles stay in-process).
MIN_ARTICLES = 2000


def worth_forking(articles: int) -> bool:
    """Whether a corpus step over ``articles`` articles should fork a second process here."""
    return articles >= MIN_ARTICLES and can_fork()


def can_fork() -> bool:
    import multiprocessing

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 and cores > 1


def _run(arg: Any) -> Any:
    assert _JOB is not None
    return _JOB(arg)


class Forked:
    """``with Forked(fn, arg) as f: ...here...; f.result()``: ``fn(arg)`` in a forked process
    (``fn`` may be a closure: it is inherited, not pickled; its result is pickled back)."""

    def __init__(self, fn: Callable[[Any], Any], arg: Any):
        self.fn, self.arg = fn, arg
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future | None = None

    def __enter__(self) -> "Forked":
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _JOB
        _JOB = self.fn
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        self._future = self._pool.submit(_run, self.arg)  # with fork, the child starts here
        return self

    def result(self) -> Any:
        """``fn(arg)``: the child's, or computed here if the child died (killed, out of memory)."""
        from concurrent.futures.process import BrokenProcessPool

        assert self._future is not None
        try:
            return self._future.result()
        except BrokenProcessPool:
            return self.fn(self.arg)

    def __exit__(self, *exc: object) -> None:
        global _JOB
        assert self._pool is not None
        self._pool.shutdown(wait=True, cancel_futures=True)
        _JOB = None
