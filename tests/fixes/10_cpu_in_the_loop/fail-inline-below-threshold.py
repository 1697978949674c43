"""Shared process pool for big documents, but documents under 100,000 characters are scored inline ("the pool costs more than 50 ms of work").

BUG: every document under 100,000 characters (milliseconds of scoring each, growing with its
length) still runs on the loop, and a burst of them adds up (the notebook's own 20-requests measurement): only long
documents go to the pool, the size one tests with. Under real traffic of ordinary documents the
service stalls as before.
"""

import asyncio
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


INLINE_BELOW = 100_000  # characters: below this, milliseconds of scoring
_pool: ProcessPoolExecutor | None = None


async def handle_score(text: str) -> dict:
    global _pool
    if len(text) < INLINE_BELOW:
        return readability(text)
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
    return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
