"""The solution's pool plus a small bounded cache keyed by (length, first 200 characters).

BUG: the key is not the text: two documents of the same length that start alike (a template, a
letter with the same heading) share a key, and the second gets the first one's scores. The
check asks for two texts of 710 characters that differ in one mark in the middle (a sentence
end, a comma): this returns the first one's sentences and reading ease for the second.
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


_scores: dict = {}  # a small cache: the last 64 documents


async def handle_score(text: str) -> dict:
    key = (len(text), text[:200])  # cheap key: hashing a long text on the loop costs time too
    if key in _scores:
        return dict(_scores[key])  # a dict of its own
    loop = asyncio.get_running_loop()
    pool = process_pool()
    try:
        score = await loop.run_in_executor(pool, readability, text)
    except BrokenProcessPool:
        replace(pool)
        score = await loop.run_in_executor(process_pool(), readability, text)
    if len(_scores) >= 64:
        del _scores[next(iter(_scores))]
    _scores[key] = score
    return dict(score)
