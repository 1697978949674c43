"""A warm process pool sized with os.process_cpu_count(), as the lesson's "In production" advises.

BUG: os.process_cpu_count() exists only from Python 3.13. The course supports Python 3.11 and
newer; on 3.11 and 3.12 the first request raises AttributeError ("module 'os' has no
attribute 'process_cpu_count'"), and so does every later one (the pool is never made). A
learner who writes and tests it on 3.13 sees it pass.
On 3.13 it is wrong too: when a range fails it raises and leaves the request's other ranges
queued in the shared pool (check 05 on 3.13.0: "28 of its 30 later ranges still started").

expect: raised AttributeError: module 'os' has no attribute 'process_cpu_count'

fails from Python 3.13

Lesson 05: threads for CPU-bound work.

For every request, a report endpoint counts the primes in 8 ranges of numbers: pure
Python arithmetic, CPU-bound. The starter hands the ranges to 8 threads, hoping to use
every core. It does not: only one thread at a time can run Python code. Make the ranges
be counted in parallel, in worker processes that stay alive from one request to the next.

Public API (the check calls exactly this):

    def count_primes(start: int, stop: int) -> Chunk
        The CPU-bound task, to keep as it is: counts the primes in range(start, stop).
        The Chunk it returns also says which process counted them (pid) and when
        (started and ended, from time.time()).

    def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]
        count_primes(start, stop) for every (start, stop) in ranges, results in the
        order given. The app calls it once per request, many times while it runs.
"""
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


_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()


def _workers() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            # os.process_cpu_count() respects CPU affinity, unlike os.cpu_count() (lesson 05):
            # size the pool by the CPUs this process may really use, two at least.
            _pool = ProcessPoolExecutor(max_workers=max(2, min(os.process_cpu_count() or 1, 8)))
    return _pool


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    futures = [_workers().submit(count_primes, start, stop) for start, stop in ranges]
    return [future.result() for future in futures]
