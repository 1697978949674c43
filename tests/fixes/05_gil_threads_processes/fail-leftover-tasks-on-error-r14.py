"""A warm pool; results collected in order, so the first range that fails raises at once.

BUG: a failed request leaves its other ranges queued or running in the shared pool, so the
next requests (from any thread) queue behind ranges whose results nobody will ever read: when a
range is rejected (count_primes raises), `future.result()` re-raises it and the function returns
to the caller immediately, with nothing waited for or cancelled. The starter's `with
ThreadPoolExecutor` waited for every range before raising. Here a request of many ranges whose
first one is rejected blocks the pool for the full duration of all of them.

Verified: scratch/v05_misc.py basic: counts equal the starter's on 8 ranges and awkward
ranges, every range counted outside the caller's process, empty request gives [];
scratch/v05_misc.py error (pool warm, 2 CPUs): a request whose first range (0.5, 10) is
rejected raises TypeError after 0.00 s (the starter after 1.54 s, once its other 6 big
ranges are done), and the next request of 2 tiny ranges then takes 1.66 s instead of 0.004 s
on an idle pool: it waits behind the 6 ranges the failed request left running.

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


_pool = None
_pool_lock = threading.Lock()


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 1)))
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
