"""Shared pool, with a fallback that scores inline if the pool raises "so a request never fails".

BUG: once a worker dies (OOM killer, a crash), every later request is scored on the loop,
silently: the ProcessPoolExecutor is then broken for good and raises BrokenProcessPool on
every submit, and the `except Exception` fallback scores inline. The service goes back to the
starter's stalls, forever, with no error anywhere. While the pool is healthy it is a textbook
fix.
"""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

_pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))  # starts no process yet

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
    try:
        return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
    except Exception:
        # the pool is unusable (a worker was killed, out of memory...): never fail the
        # request, score it here instead
        return readability(text)
