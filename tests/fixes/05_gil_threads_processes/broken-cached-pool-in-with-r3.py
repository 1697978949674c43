"""One pool for the app, made once by a functools.cache'd factory, but still used in the starter's `with ... as pool:` block.

BUG: leaving the `with` block calls pool.shutdown(), and the cache hands that shut-down
pool to every later request: the first request works (in parallel, in workers), every
request after it raises RuntimeError. "The app calls it ... many times while it runs."

expect: cannot schedule new futures after shutdown

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

import functools
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


@functools.cache
def _pool() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=4)  # one pool for the whole app, made once


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    with _pool() as pool:
        futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
        return [future.result() for future in futures]
