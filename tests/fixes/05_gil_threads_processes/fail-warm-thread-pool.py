"""Keeps the pool warm, as the lesson asks: one module-level ThreadPoolExecutor reused by every request.

BUG: on CPython's standard build the ranges still take turns on one GIL, no faster than the
starter: all work runs in the caller's process, the pool 'warm' but still threads, the original
mistake with a module-level pool. (On a free-threaded build, 3.13t or 3.14t, the threads do run
in parallel, but not in the worker processes the contract asks for.)
"""

import atexit
import os
import time
from concurrent.futures import ThreadPoolExecutor
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


_POOL = ThreadPoolExecutor(max_workers=8)  # created once, warm for every request
atexit.register(_POOL.shutdown)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = [_POOL.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
