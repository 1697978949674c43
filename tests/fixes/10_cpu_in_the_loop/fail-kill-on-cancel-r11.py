"""Lesson 10: one shared process pool; a cancelled request whose job is already in a worker gets that worker stopped (the pool restarted), so no CPU is burnt for a client that left.

BUG: breaks "A request may be cancelled ...: its job is then cancelled too, and does not
run unless the pool had already handed it on toward a worker ... The other requests carry
on in the same workers" (the exercise's API). Queued jobs are cancelled the normal way
(the future's cancel), so a check that cancels requests whose jobs wait in the queue sees
them not run and the others answered by the same workers. But when the cancelled job had
already been handed on, the only way to stop it is to terminate the pool's processes,
and that kills every other request's job with it: those requests, whose clients are still
waiting, fail with BrokenProcessPool, and the next requests start a new set of worker
processes. verify/10_cpu_in_the_loop/fail-kill-on-cancel-r11.py printed: two long
documents running in the 2 workers, the first cancelled after 100 ms: the second request
raised BrokenProcessPool (the same code without the restart: the second got its scores);
the next request ran in new worker pids ([23772, 23773] -> [23803, 23804]); six
requests, the last three (still in the queue) cancelled: the first three answered
(dicts), by the same workers, no restart.

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop; a
        request waiting for its job holds no thread. A request may be cancelled (its
        client went away): its job is then cancelled too, and does not run unless the
        pool had already handed it on toward a worker (a ProcessPoolExecutor hands on at
        most one job per worker, plus one). The other requests carry on in the same
        workers.
"""

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")

_pool: ProcessPoolExecutor | None = None


def readability(text: str) -> dict:
    words = sentences = syllables = 0
    for word in text.split():
        words += 1
        if word[-1] in ".!?":
            sentences += 1
        count, previous = 0, False
        for char in word.lower():  # a syllable starts at each group of vowels
            vowel = char in VOWELS
            if vowel and not previous:
                count += 1
            previous = vowel
        syllables += max(1, count)
    sentences = max(1, sentences)
    ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / max(1, words)
    return {"words": words, "sentences": sentences, "syllables": syllables,
            "reading_ease": round(ease, 1)}


def process_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:  # created once, shared by all (again after a restart)
        _pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
    return _pool


def _restart_pool() -> None:
    """Stop the jobs already in the workers: a job in a process cannot be cancelled otherwise."""
    global _pool
    pool, _pool = _pool, None
    if pool is not None:
        for process in list(pool._processes.values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)


async def handle_score(text: str) -> dict:
    job = process_pool().submit(readability, text)
    try:
        return await asyncio.wrap_future(job)
    except asyncio.CancelledError:
        if job.running():  # already handed to a worker: cancel() cannot stop it
            _restart_pool()  # so stop the worker, rather than burn a CPU for nobody
        raise
