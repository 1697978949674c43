"""A functools.cache singleton pool that is shut down, cleared and made again when a job meets a broken pool.

BUG: when the workers die while requests are in flight, every one of them makes a pool of its
own: with 6 requests in flight when its 2 workers were killed, 12 processes were started (6
pools of 2; the reference solution made one new pool). Each request that meets
BrokenProcessPool shuts down whatever `_workers()` holds now (the new pool another request has
just made, not the broken one), clears the cache and makes one more. Once named correct: the
check sent its requests after the kill one after another, so each found the replacement in
place.
"""
import asyncio
import functools
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

__all__ = ["handle_score", "readability"]


@functools.cache
def _workers() -> ProcessPoolExecutor:
    """The one shared pool (functools.cache makes this a lazy singleton)."""
    return ProcessPoolExecutor(max_workers=max(2, min(os.cpu_count() or 1, 4)))

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


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_workers(), readability, text)
    except BrokenProcessPool:
        # a worker died (killed, out of memory): replace the pool once, still off the loop
        _workers().shutdown(wait=False)
        _workers.cache_clear()
        return await loop.run_in_executor(_workers(), readability, text)
