"""A module-level multiprocessing.Pool created once, with maxtasksperchild=1 as memory-leak hygiene.

BUG: every range is counted by a fresh process (forked on Linux up to Python 3.13), so no
worker stays alive from one request to the next and a request of 8 ranges pays 8 process
start-ups: maxtasksperchild=1 replaces each worker after one task, though the Pool itself is
created once.
"""

import atexit
import multiprocessing
import os
import time
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


# A warm pool, with every worker replaced after one task so that no worker can leak memory.
_POOL = multiprocessing.Pool(processes=os.cpu_count(), maxtasksperchild=1)
atexit.register(_POOL.terminate)


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    return _POOL.starmap(count_primes, ranges, chunksize=1)
