"""A warm pool started with spawn, as on macOS and Windows: count_primes is importable; a failed request's other ranges left in the pool.

BUG: when a range fails, the request raises at once and leaves its other ranges in the shared
pool, none cancelled: the workers count them for nobody while the next requests wait. Relabelled
in examiner round 14 (it was catalogued as right): the check now holds a failing request's later
ranges in their workers until count_all returns, and those that still start afterwards, none
cancelled, fail it.

The pool's creation is guarded by a lock (added when the check began making two first requests at once: without it, both threads make a pool)."""
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
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
            _pool = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"))
    futures = [_pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
