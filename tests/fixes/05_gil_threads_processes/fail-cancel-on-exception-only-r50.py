"""Submit every range to one lazily created warm process pool and cancel the pending ranges when a request fails with an Exception.

BUG: the cleanup is `except Exception`, so a request interrupted by KeyboardInterrupt (Ctrl-C in
a dev server or CLI that calls count_all on the main thread) or any other BaseException leaves
every queued range of that request in the shared pool: the workers keep counting them, the next
request waits behind that dead work, and at exit the interpreter waits for all of it to finish.
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
        return [future.result() for future in futures]
    except Exception:  # a failed range: drop the rest of the request
        for future in futures:
            future.cancel()
        raise
