"""Right: a multiprocessing.Pool, created on the first request and kept.

The pool's creation is guarded by a lock (added when the check began making two first requests at once: without it, both threads make a pool)."""
import multiprocessing
import os
import threading
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
_lock = threading.Lock()


def count_all(ranges):
    global _pool
    with _lock:
        if _pool is None:
            _pool = multiprocessing.Pool(processes=3)
    return _pool.starmap(count_primes, ranges)
