"""Timed waits that end early, so that a check can make seconds or minutes pass for the
learner's timers in a moment: an idle timer that retires a pool, a deadline on a result.

Every timed wait of the threading module goes through ``threading.Condition.wait``
(``Event.wait``, ``threading.Timer``, ``Future.result(timeout)``, ``Queue.get(timeout)``...),
so dividing its timeout is enough, in the threads chosen; ``as_completed`` and
``Executor.map`` also count the time left on ``concurrent.futures``' clock, which runs as much
faster there.

Also here: ``clocks_ahead``, the clocks a learner's module reads moved ahead, for an idle spell
measured by reading the clock rather than waiting on it.
"""

import concurrent.futures._base as futures_base
import contextlib
import os
import sys
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


CLOCKS = ("monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "time", "time_ns")


class _TimeAhead:
    """The time module as a file sees it in clocks_ahead: its clocks read later."""

    def __init__(self, clocks: dict):
        self.__dict__.update(clocks)

    def __getattr__(self, name):
        return getattr(time, name)


@contextlib.contextmanager
def clocks_ahead(module, seconds: float, true_in=None):
    """The time module's clocks (monotonic, perf_counter, time and their _ns), read through
    ``module``'s own names (`time.monotonic()`, `from time import monotonic`), are ``seconds``
    ahead: an idle spell of that long, to code that measures it by reading the clock at the
    next request. In this process only (a worker forked meanwhile reads the true time), and
    never read directly from the code object ``true_in``."""
    here = os.getpid()

    def ahead(name: str):
        real, shift = getattr(time, name), (int(seconds * 1e9) if name.endswith("_ns")
                                             else seconds)

        def read():
            if os.getpid() != here or sys._getframe(1).f_code is true_in:
                return real()
            return real() + shift
        return read

    clocks = {name: ahead(name) for name in CLOCKS}
    saved, shifted = {}, {}
    for name, value in list(vars(module).items()):
        if value is time:
            saved[name], shifted[name] = value, _TimeAhead(clocks)
        for clock in CLOCKS:
            if value is getattr(time, clock):
                saved[name], shifted[name] = value, clocks[clock]
    vars(module).update(shifted)
    try:
        yield
    finally:
        for name, value in shifted.items():
            if vars(module).get(name) is value:  # unless the file rebound it meanwhile
                vars(module)[name] = saved[name]
