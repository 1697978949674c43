"""A multiprocessing.Pool, created on the first request and kept; starmap over the ranges.

BUG: the first error to come back is raised, by completion, not the first rejected range's in the
order given as the starter does (so a request with two bad ranges raises a different error from run
to run); and a request interrupted while it waits (KeyboardInterrupt: Ctrl+C in a dev server, a
notebook's interrupted cell) leaves every range still queued in the shared pool, which cannot
cancel its tasks: the workers count them for nobody, and the next request waits behind them (about
5 s after an 8-range request interrupted at 0.3 s, against 0.5 s for the solution). Pool.starmap
does both. (Labelled pass until round 50.)

The pool's creation is guarded by a lock (added when the check began making two first requests at once: without it, both threads make a pool).
"""
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
