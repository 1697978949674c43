"""One lazily created warm process pool; wait with FIRST_EXCEPTION and raise the first range that failed, to answer a bad request without waiting for the rest.

BUG: with two bad ranges in a request, the error raised is the one whose worker happened to fail
first, not the first bad range in the request as the starter reports: the same request raises
a different error from run to run, depending on which worker got there first.
"""

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from typing import NamedTuple

from coursekit import cpus

__all__ = ["Chunk", "count_all", "count_primes"]

WORKERS = min(8, max(2, cpus.usable()))


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


def _context():
    return multiprocessing.get_context("forkserver" if sys.platform == "linux" else None)

_pool = None
_creating = threading.Lock()


def worker_pool():
    global _pool
    with _creating:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=_context())
        return _pool


def count_all(ranges):
    pool = worker_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    try:
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        for future in done:  # a set: whichever failed first, in no particular order
            if future.exception() is not None:
                raise future.exception()
        return [future.result() for future in futures]
    except BaseException:
        for future in futures:
            future.cancel()
        raise
