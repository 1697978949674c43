"""One task per range: a helper in the worker counts the range in 4 pieces, one after another, and merges them; a failed request's other ranges left in the pool.

BUG: when a range fails, the request raises at once and leaves its other ranges in the shared
pool, none cancelled: the workers count them for nobody while the next requests wait. Relabelled
in examiner round 14 (it was catalogued as right): the check now holds a failing request's later
ranges in their workers until count_all returns, and those that still start afterwards, none
cancelled, fail it.

The pool's creation is guarded by a lock (added when the check began making two first requests at once: without it, both threads make a pool).

CORRECT (if odd): all the pieces of a range run in one worker process, in one task, so the
merged Chunk's pid is the process that counted the whole range and its times span exactly
that work. The check forbids more tasks than ranges (pieces sent as tasks of their own,
merged under one pid), not count_primes called more than once inside one task.


Lesson 05: threads for CPU-bound work.

For every request, a report endpoint counts the primes in 8 ranges of numbers: pure
Python arithmetic, CPU-bound. The starter hands the ranges to 8 threads, hoping to use
every core. It does not: only one thread at a time can run Python code. Make the ranges
be counted in parallel, in worker processes that stay alive from one request to the next.

Public API (the check calls exactly this):

    def count_primes(start: int, stop: int) -> Chunk
        The CPU-bound task, to keep as it is: counts the primes in range(start, stop).
        The Chunk it returns also says which process counted them (pid) and when
        (started and ended, from time.time()).

    def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]
        count_primes(start, stop) for every (start, stop) in ranges, results in the
        order given. The app calls it once per request, many times while it runs.
"""
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple

__all__ = ["Chunk", "count_all", "count_primes"]


class Chunk(NamedTuple):
    start: int
    stop: int
    primes: int  # how many primes in range(start, stop)
    pid: int  # the process that counted them
    started: float  # time.time() when counting began
    ended: float  # time.time() when it was done


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    factor = 3
    while factor * factor <= n:
        if n % factor == 0:
            return False
        factor += 2
    return True


def count_primes(start: int, stop: int) -> Chunk:
    started = time.time()
    primes = sum(1 for n in range(start, stop) if is_prime(n))
    return Chunk(start, stop, primes, os.getpid(), started, time.time())


WORKERS = max(2, min(os.cpu_count() or 1, 8))  # two at least, even on one CPU
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _workers() -> ProcessPoolExecutor:
    # Started by the first request, not at import; kept warm for the next ones.
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS)
    return _pool


def _count_range(start, stop):
    """In the worker: the range in 4 pieces, merged."""
    step = max(1, -(-(stop - start) // 4))
    parts = [count_primes(a, min(a + step, stop)) for a in range(start, stop, step)] or [count_primes(start, stop)]
    return Chunk(start, stop, sum(p.primes for p in parts), parts[0].pid, parts[0].started, parts[-1].ended)


def count_all(ranges):
    pool = _workers()
    futures = [pool.submit(_count_range, start, stop) for start, stop in ranges]
    return [f.result() for f in futures]
