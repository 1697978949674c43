"""Wrong: the pool made on first use by a @functools.cache function; as_completed, then put back in order.

BUG (relabelled from pass-cached-getter, examiner round 13): two first requests from two threads
at once make two pools, one kept by the cache, the other's workers started for one request:
functools.cache holds no lock while the function runs ("it is possible for the wrapped function
to be called more than once if another thread makes an additional call before the initial call
has been completed and cached", the functools docs). Verified without the
check: two threads released by a barrier, each calling pool(): two pools made in 88 of 200
trials.
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
    return ProcessPoolExecutor(max_workers=4)


def count_all(ranges):
    futures = {pool().submit(count_primes, start, stop): index
               for index, (start, stop) in enumerate(ranges)}
    results = [None] * len(ranges)
    for future in as_completed(futures):
        results[futures[future]] = future.result()
    return results
