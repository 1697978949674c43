"""A multiprocessing.Pool on the forkserver start method, made once under a lock; starmap with chunksize=1.

BUG: starmap raises the first error to come back, by completion, not the first rejected range's in
the order given as the starter does: a request with two bad ranges raises a different error from
run to run (labelled pass until round 50, when the check learned to hold the first bad range in its
worker).
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
