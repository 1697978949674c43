"""A warm module-level process pool, collecting results with as_completed so that none waits for a slow range.

BUG: count_all returns the Chunks in the order the ranges finished, not the order given, so a
report that pairs them with its ranges attaches the wrong counts to the wrong ranges whenever
ranges finish out of order: as_completed returns results in completion order.
"""

import atexit
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
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


_POOL = ProcessPoolExecutor(max_workers=os.cpu_count())
atexit.register(_POOL.shutdown)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = [_POOL.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in as_completed(futures)]
