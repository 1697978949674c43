"""multiprocessing.Pool created at import "so the first request is warm too".

BUG: on Linux under the spawn or forkserver start method (Linux's default from Python 3.14, or
any app that sets them) count_all never returns (on macOS and Windows, whose default is spawn,
os.sched_getaffinity does not exist and the import fails): each worker imports this
module to find count_primes, and that import tries to create a Pool inside a daemonic worker,
AssertionError in every worker, which the Pool keeps replacing. It works with fork only. With fork it also starts processes in every process that merely imports
the module (tests, CLI tools), and forks whatever threads the importer runs.

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


# Started once, when the app imports this module, so that the first request is warm too.
_pool = multiprocessing.Pool(processes=max(2, len(os.sched_getaffinity(0))))


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    return _pool.starmap(count_primes, ranges)
