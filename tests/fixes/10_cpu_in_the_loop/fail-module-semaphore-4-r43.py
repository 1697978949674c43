"""Lesson 10: a shared pool, each job behind a module-level asyncio.Semaphore(4) ("backpressure").

BUG: once a burst of more than 4 requests has made the semaphore wait in one event loop, a
burst in any other loop (a second `asyncio.run`: the next test of a suite, a restarted
server in the same process) raises RuntimeError "... is bound to a different event loop"
for its requests beyond the fourth. The check's second loop sent 3 requests, which never
wait on a semaphore of 4, so this passed; each loop now sends 24 at once.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop; a
        request waiting for its job holds no thread. A request may be cancelled (its
        client went away): its job is then cancelled too, and does not run unless the
        pool had already handed it on toward a worker (besides the jobs its workers are
        running, a ProcessPoolExecutor queues at most one job per worker, plus one, for
        them). The other requests carry on in the same workers.
"""

import asyncio
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

from coursekit import cpus

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


_in_flight = asyncio.Semaphore(4)  # backpressure: at most 4 jobs handed to the pool at once


def process_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(2, cpus.usable()))
    return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    async with _in_flight:
        return await loop.run_in_executor(process_pool(), readability, text)
