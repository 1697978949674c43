"""Lesson 10 wrong fix: every job kept in a module-level set, "so shutdown can cancel what is pending".

BUG: memory grows with every request ever served, each finished job kept for good: each job
is added to a module-level set for a shutdown hook, as the asyncio docs advise for tasks, but never discarded when done. Each
finished future keeps its result dict alive for the life of the process (hidden work per
request that grows with the traffic), and the shutdown hook walks an ever larger set.

Verified: scratch/v10.py leak: a warm-up and 2,000 requests, one at a time, for distinct short
texts: len(_JOBS) = 2,001 and tracemalloc shows 1.33 MB more held afterwards (a correct fix,
pass-wrap-future-submit: 0.01 MB).

Original contract (from the starter):

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
import atexit
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")


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


_POOL = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))  # created once
_JOBS: set[asyncio.Future] = set()  # every job sent to the pool, for a clean shutdown


@atexit.register
def _shutdown() -> None:
    for job in _JOBS:
        job.cancel()  # nothing new starts once the service stops
    _POOL.shutdown(wait=False, cancel_futures=True)


async def handle_score(text: str) -> dict:
    job = asyncio.get_running_loop().run_in_executor(_POOL, readability, text)
    _JOBS.add(job)
    return await job
