"""A warm process pool with a worker per range, replaced by a bigger one when a request has more ranges than it has workers.

BUG: each request larger than any before starts a new pool (new processes, inside the request),
and the pool grows with the request, not with the CPUs: a report of 40 ranges runs 40 worker
processes on 2 CPUs for the rest of the app's life. This breaks "workers that stay alive from
one request to the next", and a pool sized to the CPUs. With the same 8 ranges every time, or
smaller requests, it is one warm pool. Verified by
verify/05_gil_threads_processes/fail-grow-pool-to-request.py: first 8-range request starts 8
workers; requests of 8, 3, 1, 8 ranges start none; requests of 12, 24, 40 ranges start 12, 24,
40 processes inside the request, leaving 12, 24, 40 workers alive on 2 CPUs.

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


_pool: ProcessPoolExecutor | None = None
_size = 0
_lock = threading.Lock()


def _pool_for(count: int) -> ProcessPoolExecutor:
    global _pool, _size
    with _lock:
        wanted = max(2, count)  # a worker for every range, at least 2
        if _pool is None or wanted > _size:
            old, _pool, _size = _pool, ProcessPoolExecutor(max_workers=wanted), wanted
            if old is not None:
                old.shutdown(wait=False)
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _pool_for(len(ranges))
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
