"""The pool made once by a cached function, ProcessPoolExecutor() with its default size; as_completed, then put back in order.

BUG: on a machine with one CPU (and, from 3.13, in a process or container pinned to one) the
pool has one worker and never counts two ranges at once, where the lesson asks for two or more
even there: ProcessPoolExecutor()'s default size is os.cpu_count() (3.13+:
os.process_cpu_count(), which honours the affinity).
"""
import functools
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
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


@functools.cache
def pool():
    return ProcessPoolExecutor()


def count_all(ranges):
    futures = {pool().submit(count_primes, start, stop): index
               for index, (start, stop) in enumerate(ranges)}
    results = [None] * len(ranges)
    for future in as_completed(futures):
        results[futures[future]] = future.result()
    return results
