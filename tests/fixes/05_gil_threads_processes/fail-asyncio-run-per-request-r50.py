"""One lazily created warm process pool, driven from a short asyncio.run per request: run_in_executor for every range, gathered in order.

BUG: asyncio.run refuses to run where an event loop is already running in the calling thread: called from a Jupyter cell
(the course's own notebooks), an async web handler or any code under a running loop, every request raises
RuntimeError: asyncio.run() cannot be called from a running event loop, where the starter counts the ranges.
"""

import asyncio
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


async def _gather(pool, ranges):
    loop = asyncio.get_running_loop()
    return await asyncio.gather(*(loop.run_in_executor(pool, count_primes, start, stop)
                                  for start, stop in ranges))


def count_all(ranges):
    return list(asyncio.run(_gather(worker_pool(), ranges)))
