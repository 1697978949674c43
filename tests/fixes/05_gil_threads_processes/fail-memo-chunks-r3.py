"""A warm pool plus a dict of Chunks already counted, keyed by (start, stop): "a range's primes never change".

BUG: a repeated range gets the Chunk of its first count, whose pid and started/ended times
describe work done requests ago (they are not "when" this request counted it), and the cache
grows without bound over the app's life: a repeated range is not counted again, so a request of
known ranges does no work in any worker, and count_all no longer does "count_primes(start,
stop) for every (start, stop)".

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


_pool = None


def _get_pool() -> ProcessPoolExecutor:
    # Created on the first request, then kept: the workers stay warm between requests.
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=4)
    return _pool


_counted: dict[tuple[int, int], Chunk] = {}  # a range's primes never change


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool()
    todo = {(start, stop) for start, stop in ranges if (start, stop) not in _counted}
    futures = {key: pool.submit(count_primes, *key) for key in todo}
    for key, future in futures.items():
        _counted[key] = future.result()
    return [_counted[(start, stop)] for start, stop in ranges]
