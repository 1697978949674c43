"""Lesson 10: a shared pool, replaced by a fresh, warmed-up one after 5 idle minutes (loop.call_later).

BUG: a request that arrives as the pool is replaced waits for new workers to start, and the
workers that served before a quiet spell never serve again: every request re-arms
`loop.call_later(300, _replace)`, which makes a new pool, sends it one no-op job per
worker to start its workers, and shuts the old one down ("a fresh pool against slow leaks"). The request after
the check's quiet spell started no process itself (the new workers were already up), so
this passed; the check now also compares the worker that scores that request with those
alive before the spell.

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

IDLE_S = 300  # after 5 quiet minutes, a fresh pool (against slow leaks), warmed before it is needed
_refresh = None  # the loop's TimerHandle


def _warm() -> int:
    return 0


def _replace() -> None:
    global _pool, _refresh
    _refresh = None
    old, _pool = _pool, ProcessPoolExecutor(max_workers=max(2, cpus.usable()))
    for _ in range(_pool._max_workers):
        _pool.submit(_warm)
    if old is not None:
        old.shutdown(wait=False)


def process_pool() -> ProcessPoolExecutor:
    global _pool, _refresh
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(2, cpus.usable()))
    if _refresh is not None:
        _refresh.cancel()
    _refresh = asyncio.get_running_loop().call_later(IDLE_S, _replace)
    return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(process_pool(), readability, text)
