"""Wrong: more threads, 32 instead of the starter's 8.

BUG: on CPython's standard build the ranges are still counted one thread at a time, no faster
than the starter: the 32 threads share one interpreter and its GIL. (On a free-threaded build,
3.13t or 3.14t, they do run in parallel, but in the caller's process, not in the worker
processes the contract asks for.)
"""
import os
import time
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple


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


def count_all(ranges):
    with ThreadPoolExecutor(max_workers=32) as pool:
        return list(pool.map(lambda r: count_primes(*r), ranges))
