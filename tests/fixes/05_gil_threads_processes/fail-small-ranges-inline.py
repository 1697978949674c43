"""A warm module-level process pool, but ranges narrower than 1,000 numbers are counted inline "since pickling costs more than they do".

BUG: a request of ranges narrower than 1,000 numbers is counted entirely in the caller's
process, one range after another under the caller's GIL (their Chunks' pid is the caller's):
right at the notebook's size (2,000-wide ranges), wrong at another.
"""

import atexit
import os
import time
from concurrent.futures import Future, ProcessPoolExecutor
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
INLINE_BELOW = 1_000  # numbers; below this a round trip to a worker costs more than the work


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = []
    for start, stop in ranges:
        if stop - start < INLINE_BELOW:
            done = Future()
            done.set_result(count_primes(start, stop))
            futures.append(done)
        else:
            futures.append(_POOL.submit(count_primes, start, stop))
    return [future.result() for future in futures]
