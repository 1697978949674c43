"""Lesson 10: a shared pool; when a worker dies, the handler makes a new pool and sends the job again.

BUG: when the workers die while requests are in flight (an out-of-memory killer strikes under
load), every one of those requests makes a pool of its own: with 6 requests in flight when its
2 workers were killed, 12 processes were started (6 pools of 2; the reference solution made one
new pool). Each request that meets BrokenProcessPool replaces `_pool` unconditionally, even
when another request already did; the check used to send its requests after the kill one after
another, so each found the replacement in place. Replace the pool only if it is still the
broken one.

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
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

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


_pool = None


def _get() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
    return _pool


async def handle_score(text: str) -> dict:
    global _pool
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_get(), readability, text)
    except BrokenProcessPool:
        _pool = ProcessPoolExecutor(max_workers=2)  # a new pool, and the job again
        return await loop.run_in_executor(_pool, readability, text)
