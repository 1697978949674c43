"""Creates the process pool lazily on the first request, with one worker per range of that request.

BUG: if the app's first request has one range (a health check, a small report), the pool has
one worker forever and every later request is counted one range at a time: the pool's size is
fixed by the first request's number of ranges.
"""

import atexit
import os
import time
from concurrent.futures import ProcessPoolExecutor
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


_pool: ProcessPoolExecutor | None = None


def _get_pool(size: int) -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(1, size))  # one worker per range
        atexit.register(_pool.shutdown)
    return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool(len(ranges))
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
