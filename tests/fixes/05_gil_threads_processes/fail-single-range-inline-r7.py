"""A warm process pool for requests of several ranges; a request with a single range is counted right here, "nothing to parallelise".

BUG: two one-range requests arriving together from two server threads take turns on one CPU
instead of running side by side: each range is counted in the caller's process, in the request's
thread, on the caller's interpreter and GIL, the lesson's mistake put back for one-range
requests. Every other thread of the server competes with them for the GIL; the Chunk says so:
its pid is the caller's. Requests of 2 or more ranges (the notebook's 8) go to the warm pool and look
right.

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


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=max(2, min(os.cpu_count() or 1, 8)))
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    if len(ranges) < 2:  # nothing to parallelise: skip the pickling round trip
        return [count_primes(start, stop) for start, stop in ranges]
    pool = _get_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
