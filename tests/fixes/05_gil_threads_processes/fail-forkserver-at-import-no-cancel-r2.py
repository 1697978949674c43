"""A ProcessPoolExecutor built at import with a forkserver context (no process until the first submit); a failed request's other ranges left in the pool.

BUG: when a range fails, the request raises at once and leaves its other ranges in the shared
pool, none cancelled: the workers count them for nobody while the next requests wait. Relabelled
in examiner round 14 (it was catalogued as right): the check now holds a failing request's later
ranges in their workers until count_all returns, and those that still start afterwards, none
cancelled, fail it.

Once ruled right: unlike multiprocessing.Pool, constructing a ProcessPoolExecutor starts no
worker; workers start on the first submit and stay. The forkserver context avoids forking
a threaded process (the DeprecationWarning of 3.12) and behaves as on 3.14; workers import
the module by name, and importing it there only builds an unused executor object. A
grader wary of "a pool at import" might refuse it.

----- The exercise's contract (starter docstring, unchanged) -----

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

import multiprocessing
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


# Created at import, but a ProcessPoolExecutor starts no process until its first submit.
# forkserver: safe in a process that runs threads, the same on Linux and macOS.
_CONTEXT = multiprocessing.get_context(
    "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
_pool = ProcessPoolExecutor(max_workers=max(2, min(os.cpu_count() or 1, 8)), mp_context=_CONTEXT)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = [_pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
