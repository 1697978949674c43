"""The solution's pool with max_workers=2, whatever the CPUs: the size the third hint gives.

Judged right: the exercise's docstring and the notebook's Your turn ask for one pool created
once, and two requests scored at once by two workers even on one CPU; neither asks for a size
by the CPUs (the notebook's "sized by the CPUs you have" is advice in its measured section, and
the hint says max_workers=2). On a machine with more CPUs it scores two documents at a time:
a deployment's sizing, not the loop being blocked.
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
        _pool = ProcessPoolExecutor(max_workers=2, mp_context=context)
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
    except BrokenProcessPool:
        replace(pool)
        return await loop.run_in_executor(process_pool(), readability, text)
