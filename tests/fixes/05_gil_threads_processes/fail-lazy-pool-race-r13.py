"""Wrong: the pool made on first use and warmed, with no lock around its creation.

BUG: two first requests from two threads at once both find no pool and both make one: two
pools, 4 workers started where one pool's 2 should be, half of them dropped after one use. (The
pool is warmed: every worker is started before the first request waits on it.) Smallest case: 2
threads, one range each, at the same moment.
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


def _ready(_: int) -> int:
    return os.getpid()


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        workers = max(2, min(8, os.cpu_count() or 1))
        pool = ProcessPoolExecutor(max_workers=workers)
        # start every worker now, so the first request does not pay for it
        list(pool.map(_ready, range(workers)))
        _pool = pool
    return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
