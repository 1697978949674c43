"""One shared process pool, with asyncio.wait_for(..., timeout=2.0) so a dead or stuck pool can never hang a request.

BUG: a long document that needs more than 2 s of scoring (a big upload, a slow or busy
machine: the check runs "as if it had one CPU") gets TimeoutError instead of its score, and a
job already handed to a worker keeps running there anyway: a deadline of its own. "returns
readability(text)" holds only for texts scored in under 2 s; the contract says whatever the
size.

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

_POOL = None
DEADLINE = 2.0  # seconds: a dead or stuck pool must never hang a request


def _pool() -> ProcessPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1)))
    return _POOL


async def handle_score(text: str) -> dict:
    job = asyncio.get_running_loop().run_in_executor(_pool(), readability, text)
    return await asyncio.wait_for(job, timeout=DEADLINE)
