"""A warm module-level process pool and pool.map with chunksize=len(ranges), "to cut the pickling round trips".

BUG: chunksize=len(ranges) ships all ranges to ONE worker as one chunk, which counts them
    serially; the other workers idle. Looks like a tuned pool.map.
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


_POOL = ProcessPoolExecutor(max_workers=os.cpu_count())
atexit.register(_POOL.shutdown)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    starts = [start for start, _ in ranges]
    stops = [stop for _, stop in ranges]
    # one round trip instead of one per range
    return list(_POOL.map(count_primes, starts, stops, chunksize=max(1, len(ranges))))
