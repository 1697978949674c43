"""multiprocessing.Pool().starmap(count_primes, ranges), one line, no with-block.

BUG: every request starts a whole new pool of worker processes (never warm), and kills them
when the call ends: nothing keeps the unclosed pool, so on CPython reference counting drops it
as soon as starmap returns and its finaliser terminates the workers, with a ResourceWarning
'unclosed running multiprocessing pool' (hidden by the default warning filters). Where something
still refers to it (a traceback, a reference cycle), or on a Python without reference counting,
the processes linger until it is collected.
"""

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


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    return multiprocessing.Pool(processes=os.cpu_count()).starmap(count_primes, ranges, chunksize=1)
