"""Sends documents of 20,000 characters or more to a shared process pool and scores shorter ones inline, 'not worth the pickling'.

BUG: short documents still run on the loop, milliseconds of scoring each, and when many arrive together they
run back to back in one loop step, so the stall is their sum: exactly the starter's behaviour
for every document under the threshold. It is the 'move it to an executor above N ms' rule the
notebook warns about. A test with one long document sees no stall.

Original docstring of the exercise:

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
import os
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

_pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
INLINE_BELOW = 20_000  # characters: milliseconds of scoring, cheaper than a trip to the pool


async def handle_score(text: str) -> dict:
    if len(text) < INLINE_BELOW:
        return readability(text)  # small job: not worth the pickling
    return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
