"""Wrong: a multiprocessing.Pool per request, closed after it: new worker processes every time.

BUG: every request starts (and ends) two worker processes; not being a ProcessPoolExecutor
only hides it from a check that counts executors.
"""

import asyncio
import multiprocessing

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


async def handle_score(text: str) -> dict:
    # A multiprocessing.Pool instead of a ProcessPoolExecutor, but one per request.
    with multiprocessing.Pool(processes=2) as pool:
        return await asyncio.to_thread(pool.apply, readability, (text,))
