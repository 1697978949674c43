"""Wrong: a multiprocessing.Pool, created on the first request and kept, with no lock around its creation.

BUG: two first requests from two threads at once both find no pool and both make one, and a
multiprocessing.Pool starts all its processes when it is made: 6 processes started where 3
should be; the dropped pool's 3 are terminated once nothing refers to it any more (on CPython,
when the request that made it returns), started for nothing. (Was pass-multiprocessing-pool
until round 13's check of two first requests at once; that attempt now holds a lock.)
"""
import multiprocessing
import os
import time
from typing import NamedTuple


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


def count_all(ranges):
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(processes=3)
    return _pool.starmap(count_primes, ranges)
