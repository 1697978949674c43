"""Timed waits that end early, so that a check can make seconds or minutes pass for the
learner's timers in a moment: an idle timer that retires a pool, a deadline on a result.

Every timed wait of the threading module goes through ``threading.Condition.wait``
(``Event.wait``, ``threading.Timer``, ``Future.result(timeout)``, ``Queue.get(timeout)``...),
so dividing its timeout is enough, in the threads chosen; ``as_completed`` and
``Executor.map`` also count the time left on ``concurrent.futures``' clock, which runs as much
faster there.
"""

import concurrent.futures._base as futures_base
import contextlib
import threading
import time


class _FasterClock:
    """The ``time`` module to concurrent.futures: its monotonic clock runs ``factor`` times as
    fast in the threads ``chosen`` says, and as usual in the others."""

    def __init__(self, factor: float, chosen):
        self._factor, self._chosen, self._origin = factor, chosen, time.monotonic()

    def __getattr__(self, name):
        return getattr(time, name)

    def monotonic(self) -> float:
        now = time.monotonic()
        if self._chosen(threading.current_thread()):
            return self._origin + (now - self._origin) * self._factor
        return now


@contextlib.contextmanager
def waits_faster(factor: float, learners_threads_only: bool = False):
    """Timed waits (threading.Condition.wait, under Future.result, concurrent.futures.wait,
    as_completed, Executor.map, Event.wait, threading.Timer, AsyncResult.get, Queue.get) in
    this thread and in threads started from here on end `factor` times as early: to them, the
    request seems that much slower. With learners_threads_only, only in threads started from
    here on, the check's own (coursekit-*) left out: an idle timer the learner's code arms
    fires that much sooner. Yields a function listing the threads started since."""
    before = set(threading.enumerate())  # threads, not idents: a new thread may reuse one
    if not learners_threads_only:
        before.discard(threading.current_thread())
    original = threading.Condition.wait

    def chosen(thread: threading.Thread) -> bool:
        return thread not in before and not thread.name.startswith("coursekit")

    def wait(self, timeout=None):
        if timeout is not None and chosen(threading.current_thread()):
            timeout = timeout / factor
        return original(self, timeout)

    def started() -> list[threading.Thread]:
        return [thread for thread in threading.enumerate() if chosen(thread)]

    threading.Condition.wait = wait
    futures_base.time = _FasterClock(factor, chosen)
    try:
        yield started
    finally:
        threading.Condition.wait = original
        futures_base.time = time
