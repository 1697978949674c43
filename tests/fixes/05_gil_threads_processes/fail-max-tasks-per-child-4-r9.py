"""A module-wide process pool created on the first request, with max_tasks_per_child=4 so that a leaky worker gets recycled ("production hygiene").

BUG: on Python 3.11 and 3.12, and 3.13 and 3.14 releases before the fix of CPython gh-115634 (3.11.7 and 3.13.0 measured), a pool with max_tasks_per_child can hang for good once workers start being replaced: the second request of 8 ranges never returned (7 of 8 futures done, 1 pending forever) and even shutdown hung. Where it does not hang, every worker exits after 4 ranges and the pool starts a new process to replace it: with 8 ranges a request, every request starts new worker processes (new pids each request), paying process start-up per request, which is the cost a warm pool is meant to avoid. (max_tasks_per_child also switches the default start method to spawn, slower still.) Results and order are right, and the first request looks exactly like a warm pool.

Named broken- until the check read the pool's settings after its first request: the second
request used to hang until the check's deadline ("did not return").

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
WORKERS = max(2, min(len(os.sched_getaffinity(0)), 8))


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    global _pool
    if _pool is None:  # started by the first request, not at import
        # Recycle each worker after a few tasks, in case a task leaks memory.
        _pool = ProcessPoolExecutor(max_workers=WORKERS, max_tasks_per_child=4)
    futures = [_pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
