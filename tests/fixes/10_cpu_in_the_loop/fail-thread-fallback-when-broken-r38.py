"""Shared pool; when it is broken (BrokenProcessPool), scores on a thread with asyncio.to_thread "so the loop stays free".

BUG: once a worker dies (OOM killer, a crash), a ProcessPoolExecutor is broken for good, and
every later request is scored on a thread of the service's own process: the loop still
answers, but the scoring takes this process's CPU and its GIL from the loop, two requests no
longer score at once, and nothing says the pool is gone. Before round 38 the check told it
that it scored "on the loop's thread" and "stalls on every request", while the same message
gave the loop's longest stall as 0 to 28 ms.
"""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

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
    except BrokenProcessPool:
        return await asyncio.to_thread(readability, text)  # the loop stays free meanwhile
