"""Right: a multiprocessing.Pool on the forkserver start method, made once under a lock; starmap with chunksize=1.

CORRECT: one task per range, spread over the workers; starmap waits for every range with no
deadline and raises the first error to come back (none of the request's ranges is left in the
pool), and the pool is kept between requests, errors included.
"""
import multiprocessing
import os
import threading
import time
from typing import NamedTuple

__all__ = ["Chunk", "count_all", "count_primes"]

_pool = None
_lock = threading.Lock()


class Chunk(NamedTuple):
    start: int
    stop: int
    primes: int
    pid: int
    started: float
    ended: float


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


def count_all(ranges):
    global _pool
    with _lock:
        if _pool is None:
            _pool = multiprocessing.get_context("forkserver").Pool(2)
    return _pool.starmap(count_primes, ranges, chunksize=1)
