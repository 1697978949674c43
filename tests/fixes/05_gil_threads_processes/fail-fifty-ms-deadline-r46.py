"""A warm, lock-guarded process pool; each result is awaited with a 50 ms timeout, "a report must answer fast or not at all".

BUG: a request raises TimeoutError whenever its counting, the pool's start included, takes
more than 50 ms, where the starter returns every count: on a loaded machine or one CPU even the
first request of 8 small ranges does (seen here: 8 ranges of 2,000 numbers, at a load average
over 10). A deadline of the file's own, short enough to run out before the check moves any
clock: it must fail as a check, the mistake named, not as a file that cannot be graded (before
read 46 it did, and so did fail-as-completed-deadline-r36 on a busy machine).

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


_lock = threading.Lock()
_pool = None
RESULT_TIMEOUT = 0.05  # seconds: never let one request hang the endpoint


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
    futures = [_pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result(timeout=RESULT_TIMEOUT) for future in futures]
