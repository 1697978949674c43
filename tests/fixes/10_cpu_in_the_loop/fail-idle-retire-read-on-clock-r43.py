"""Lesson 10: a shared pool, retired at the next request when time.monotonic says 2 idle minutes passed.

BUG: the first request after every quiet spell of 2 minutes pays for starting the workers
again: `process_pool()` compares `time.monotonic()` with the last request's and, past
IDLE_S (120 s), shuts the pool down and makes a new one ("workers hold memory"). No timer
is armed: the idle spell is measured by reading the clock at the next request. The check's
quiet spell sped up timers only, so this passed; the clocks the file reads are now as far
ahead during the request after it.

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
import time
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


_last_used = 0.0
IDLE_S = 120.0  # retire the workers after two idle minutes: they hold memory for nothing


def process_pool() -> ProcessPoolExecutor:
    global _pool, _last_used
    now = time.monotonic()
    if _pool is not None and now - _last_used > IDLE_S:
        _pool.shutdown(wait=False)
        _pool = None
    _last_used = now
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(2, cpus.usable()))
    return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(process_pool(), readability, text)
