"""The solution, but the pool is replaced after any Exception, not only BrokenProcessPool.

Judged right: for a text (a str, as the docstring types it) readability raises nothing, so the
only errors the handler meets are the pool's (BrokenProcessPool) and a cancellation (not an
Exception, so not caught): the pool is replaced exactly when it is broken. Only a caller that
breaks the API (bytes, None) makes it restart a healthy pool, and still gets the starter's error.
"""

import asyncio
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from coursekit import cpus

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

_pool: ProcessPoolExecutor | None = None


def process_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        context = multiprocessing.get_context("forkserver" if sys.platform == "linux" else None)
        _pool = ProcessPoolExecutor(max_workers=max(2, cpus.usable()), mp_context=context)
    return _pool


def replace(broken: ProcessPoolExecutor) -> None:
    global _pool
    if _pool is broken:
        _pool = None
        broken.shutdown(wait=False)


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    pool = process_pool()
    try:
        return await loop.run_in_executor(pool, readability, text)
    except Exception:  # the pool or its worker failed: start afresh and try once more
        replace(pool)
        return await loop.run_in_executor(process_pool(), readability, text)
