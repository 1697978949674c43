"""The solution's pool sized max(2, usable CPUs), without the cap of 8.

BUG: on a machine with more than 8 usable CPUs it starts a worker per CPU (16 on a 16-CPU
server, 64 on a 64-CPU one), though a request has 8 ranges: each extra worker is an
interpreter's memory kept for the life of the app, and never gets a range of its own. The
check only ever showed the file one CPU, or this machine's 2 (read 48: it passed); it now
also loads it as on a machine of 16 usable CPUs and reads the size of the pool it makes.

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
        order given. The app calls it once per request, many times while it runs:
        from several threads at once (a server's request threads), and with requests
        that may come seconds or minutes apart.
"""

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import NamedTuple

from coursekit import cpus

__all__ = ["Chunk", "count_all", "count_primes"]

WORKERS = max(2, cpus.usable())
_pool: ProcessPoolExecutor | None = None
_creating = threading.Lock()


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


def worker_pool() -> ProcessPoolExecutor:
    global _pool
    with _creating:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("forkserver" if sys.platform == "linux" else None))
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = worker_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    try:
        return [future.result() for future in futures]
    except BaseException:
        for future in futures:
            future.cancel()
        raise
