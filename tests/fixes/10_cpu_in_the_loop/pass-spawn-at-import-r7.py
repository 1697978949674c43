"""One shared pool of 2 workers created at import with the "spawn" start method (safe with threads, the same on every OS), used through run_in_executor.

CORRECT (filed as fail- by its examiner): with spawn (as with forkserver, the reference
solution's choice on Linux) a ProcessPoolExecutor starts its workers on demand, up to
max_workers: a second worker may start the first time two requests overlap, after the first
request. That is still one pool of at most two processes, each started once and kept; the check
counts processes started per request and workers that exit, not when a bounded pool fills.

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
import multiprocessing
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


_POOL = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"))


async def handle_score(text: str) -> dict:
    return await asyncio.get_running_loop().run_in_executor(_POOL, readability, text)
