"""A warm ProcessPoolExecutor started on the first request; a range asked for twice in one request is counted once and its Chunk reused; a failed request's other ranges left in the pool.

BUG: when a range fails, the request raises at once and leaves its other ranges in the shared
pool, none cancelled: the workers count them for nobody while the next requests wait. Relabelled
in examiner round 14 (it was catalogued as right): the check now holds a failing request's later
ranges in their workers until count_all returns, and those that still start afterwards, none
cancelled, fail it.

The pool's creation is guarded by a lock (added when the check began making two first requests at once: without it, both threads make a pool).

Examiner round 5 labelled this fail: a range asked twice in one request is counted once and the same Chunk object returned at both places. Relabelled pass: every answer is right and in order, and the Chunk truthfully says which process counted that range and when, during this request; a Chunk is an immutable tuple, so sharing it is harmless. Fewer computations than inputs is fine when the answers are right.

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


WORKERS = max(2, min(8, os.cpu_count() or 1))
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS)
    # the same range asked twice in one request: count it once
    futures = {}
    for start, stop in ranges:
        if (start, stop) not in futures:
            futures[start, stop] = _pool.submit(count_primes, start, stop)
    return [futures[start, stop].result() for start, stop in ranges]
