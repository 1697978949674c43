"""Timed waits that end early, so that a check can make seconds or minutes pass for the
learner's timers in a moment: an idle timer that retires a pool, a deadline on a result.

Every timed wait of the threading module goes through ``threading.Condition.wait``
(``Event.wait``, ``threading.Timer``, ``Future.result(timeout)``, ``Queue.get(timeout)``...),
so dividing its timeout is enough, in the threads chosen.
"""

import contextlib
import threading


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

    def wait(self, timeout=None):
        thread = threading.current_thread()
        if (timeout is not None and thread not in before
                and not thread.name.startswith("coursekit")):
            timeout = timeout / factor
        return original(self, timeout)

    def started() -> list[threading.Thread]:
        return [thread for thread in threading.enumerate() if thread not in before
                and not thread.name.startswith("coursekit")]

    threading.Condition.wait = wait
    try:
        yield started
    finally:
        threading.Condition.wait = original
