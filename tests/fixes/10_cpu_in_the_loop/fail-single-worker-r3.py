"""run_in_executor on a shared ProcessPoolExecutor(max_workers=1).

BUG: a short document that arrives while a long one is scored waits for the whole long one, the
lesson's mistake moved from the loop into the pool, and two documents are never scored in
parallel, even with free CPUs: with one worker, every request's scoring queues behind the one
before (the loop itself is free). Right on the notebook's single-request measurements.

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


# One extra process is enough to keep the loop free, and costs the least memory.
POOL = ProcessPoolExecutor(max_workers=1)


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(POOL, readability, text)
