"""A warm process pool, each range cut into 4 pieces for load balancing, the pieces' Chunks merged into one per range.

BUG: anything that reads the Chunks to see where and when the work ran (the lesson's timeline,
a scheduler, the check) is misled, as each Chunk's `pid` names one process for work that several
did, and the timestamps claim that one process counted several ranges at the same moment: the
returned Chunk is not count_primes(start, stop) but a merge of pieces counted by different
processes, labelled with the first piece's pid and spanning from the first start to the last
end, where the docstring's Chunk "says which process counted them (pid) and when". The counts are right.

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


WORKERS = max(2, min(os.cpu_count() or 1, 8))  # two at least, even on one CPU
_pool: ProcessPoolExecutor | None = None


def _workers() -> ProcessPoolExecutor:
    # Started by the first request, not at import; kept warm for the next ones.
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=WORKERS)
    return _pool


PIECES = 4  # ranges differ in cost (big numbers are slower): cut each into pieces to balance


def count_all(ranges: list[tuple[int, int]]) -> list[Chunk]:
    pool = _workers()
    planned = []
    for start, stop in ranges:
        step = max(1, -(-(stop - start) // PIECES))
        cuts = list(range(start, stop, step)) or [start]
        planned.append([pool.submit(count_primes, a, min(a + step, stop)) for a in cuts])
    chunks = []
    for (start, stop), futures in zip(ranges, planned):
        parts = [future.result() for future in futures]
        chunks.append(Chunk(start, stop, sum(p.primes for p in parts), parts[0].pid,
                            min(p.started for p in parts), max(p.ended for p in parts)))
    return chunks
