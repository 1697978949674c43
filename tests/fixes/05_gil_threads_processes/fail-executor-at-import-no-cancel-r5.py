"""One ProcessPoolExecutor object created at import; its worker processes start only on the first submit, so importing the file starts no process, and they stay warm afterwards; a failed request's other ranges left in the pool.

BUG: when a range fails, the request raises at once and leaves its other ranges in the shared
pool, none cancelled: the workers count them for nobody while the next requests wait. Relabelled
in examiner round 14 (it was catalogued as right): the check now holds a failing request's later
ranges in their workers until count_all returns, and those that still start afterwards, none
cancelled, fail it.

Examiner round 5 labelled this fail: the ProcessPoolExecutor object (its queues and pipes, no process yet) is built at import, so app processes forked after the import (gunicorn --preload) would share its pipes and hang. Relabelled pass, like pass-module-level-pool and pass-forkserver-at-import-r2: the contract's app imports the module and calls count_all per request, and the notebook asks only that importing the file start no worker yet; forking the app after import is outside it.

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
# Creating the executor starts no process: its workers start on the first submit.
_POOL = ProcessPoolExecutor(max_workers=WORKERS)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = [_POOL.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
