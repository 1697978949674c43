"""Lesson 10: a shared pool, the job awaited inside asyncio.timeout(90) ("a safety net").

BUG: a request whose scoring takes more than 90 s (a huge document, a busy machine) raises
TimeoutError instead of returning its scores, and its job runs on in the worker for nobody:
a deadline of the handler's own. The check ran the learner's timers 60 times as fast over
a job held 1 s, so a deadline longer than a minute never fired and this passed; they now run
600 times as fast.

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


def process_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(2, cpus.usable()))
    return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(90):  # a safety net: no request hangs for ever
        return await loop.run_in_executor(process_pool(), readability, text)
