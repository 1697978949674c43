"""One process pool for the app, with max_tasks_per_child=200 so that workers are recycled against memory leaks.

BUG: every 50th request or so (of 8 ranges, on 2 workers) starts new worker processes and pays
a fresh interpreter's start-up again, for ever, where the contract asks for "workers that stay
alive from one request to the next": every worker exits after 200 ranges and a new one is
spawned (max_tasks_per_child forces the spawn start method). The first 400 ranges (more than a
check of a dozen requests sends) are all counted by the first two workers, so it looks warm. On
Python 3.11.7 the pool may also stop replacing the workers that exit (a CPython bug) and hang
for good: the check's request of 600 small ranges sees its workers exit while it waits.
Verified by verify/05_gil_threads_processes/fail-max-tasks-per-child.py: 120 quick requests of
8 ranges: 6 different worker pids for a 2-worker pool; workers were recycled inside requests
51, 63, 101 (those took 1,114, 55, 655 ms against about 10 ms warm); the first dozen requests
showed only the on-demand start of the second worker.

Lesson 05: threads for CPU-bound work.

For every request, a report endpoint counts the primes in 8 ranges of numbers: pure
Python arithmetic, CPU-bound. The starter hands the ranges to 8 threads, hoping to use
every core. It does not: on CPython's standard build (with the GIL), only one thread at a
time can run Python code. Make the ranges be counted in parallel, in worker processes that
stay alive from one request to the next.

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
RECYCLE_AFTER = 200  # ranges per worker, then a fresh process (guards against slow leaks)
_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS, max_tasks_per_child=RECYCLE_AFTER)
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
