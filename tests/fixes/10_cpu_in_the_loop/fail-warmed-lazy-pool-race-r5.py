"""Creates the shared pool lazily on the first request and warms every worker (as the notebook's cell does) before publishing it in the global.

BUG: requests that arrive together at start-up, before the first warm-up ends, each create
a pool of their own, starting several pools' worth of processes, and all but the last pool are
dropped without shutdown: there is an await (the warm-up) between 'if _pool is None' and
'_pool = pool', so each sees None. One request at a time, it behaves perfectly.

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

_pool: ProcessPoolExecutor | None = None


async def _get_pool() -> ProcessPoolExecutor:
    """The shared pool, created on first use with every worker started before it is used."""
    global _pool
    if _pool is None:
        pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
        loop = asyncio.get_running_loop()
        # warm up: with spawn/forkserver a pool starts its workers one job at a time
        await asyncio.gather(*(loop.run_in_executor(pool, readability, "Warm up.")
                               for _ in range(pool._max_workers)))
        _pool = pool
    return _pool


async def handle_score(text: str) -> dict:
    pool = await _get_pool()
    return await asyncio.get_running_loop().run_in_executor(pool, readability, text)
