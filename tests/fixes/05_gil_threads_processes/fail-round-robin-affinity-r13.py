"""Wrong: each worker pins itself to "the next CPU" from a round-robin counter, for cache locality.

BUG: every worker pins itself to the first CPU (on Linux, where os.sched_setaffinity exists),
so the workers overlap in time yet share one CPU, with no parallelism: the counter lives in the
parent and each worker starts with its own copy of it (fork copies it, spawn re-imports it). Verified with the check's real-CPU view on a 2-CPU machine:
both workers' os.sched_getaffinity is [0].

needs: 2 usable CPUs (on one, there is nothing to spread the workers over)
"""

import itertools
import os
import threading
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


_next_cpu = itertools.count()  # round robin over the usable CPUs
_lock = threading.Lock()
_pool = None


def _pin_worker() -> None:
    # one worker per CPU, each staying on its own CPU (warm caches, no migrations)
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[next(_next_cpu) % len(cpus)]})


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 1)),
                                        initializer=_pin_worker)
        return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _get_pool()
    futures = [pool.submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
