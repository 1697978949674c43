"""Keeps one pool per running event loop (a WeakKeyDictionary keyed by the loop), so the pool lives as long as the service's loop.

BUG: every new event loop (each asyncio.run: a test, a CLI call, a restarted worker's loop) gets
a new pool, and its first request pays again for starting worker processes, long after the first
request: "created once" holds only within one event loop. (When the old loop is
garbage-collected its pool goes with it and its workers exit, so the count does not grow; the
churn is the bug.)

Lesson 10: CPU work in the event loop.

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at the top of the file.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop.
"""

import asyncio
import weakref
from concurrent.futures import ProcessPoolExecutor

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


_POOLS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # event loop -> its pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    pool = _POOLS.get(loop)
    if pool is None:
        pool = _POOLS[loop] = ProcessPoolExecutor(max_workers=2)
    return await loop.run_in_executor(pool, readability, text)
