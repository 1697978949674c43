"""A warm ProcessPoolExecutor started on the first request; Executor.map with a chunksize that hands each worker an equal share of the ranges in one message, to save pickling round trips.

BUG: chunksize = len(ranges) // WORKERS is 0 whenever a request has fewer ranges than there are workers, and Executor.map refuses a chunksize below 1: a request with no ranges, one range, or (on a machine with 8 usable CPUs) anything up to 7 ranges raises ValueError("chunksize must be >= 1.") where the starter returns the chunks (or [] for no ranges). With 8 ranges on 2 to 8 workers, as in the notebook, it works.

A request of fewer ranges than workers (the check's first is one range) raises, where the starter answers: ExerciseBroken, whose message names the request.

expect: raised ValueError: chunksize must be >= 1

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


WORKERS = max(2, min(8, os.cpu_count() or 1))
_pool: ProcessPoolExecutor | None = None


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=WORKERS)
    starts = [start for start, _ in ranges]
    stops = [stop for _, stop in ranges]
    # one message per worker instead of one per range: an equal share each
    return list(_pool.map(count_primes, starts, stops, chunksize=len(ranges) // WORKERS))
