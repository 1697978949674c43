"""Creates the pool on the first request, guarded by a module-level asyncio.Lock so that two first requests cannot create two pools; every request takes the lock to get the pool.

BUG: once two requests have contended for the lock in one event loop, requests on any later loop (a second asyncio.run: the next test, a restarted server, a worker that runs a new loop) fail with RuntimeError ("... is bound to a different event loop") as soon as two of them contend for it: an asyncio.Lock binds itself to the first event loop in which a request has to wait for it (Python 3.10+), and a lock that no request ever waited for stays unbound. In that first loop all is well. Repeated use is not independent of the first loop.

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


_pool: ProcessPoolExecutor | None = None
_pool_lock = asyncio.Lock()  # first requests may arrive together: create one pool only


async def _get_pool() -> ProcessPoolExecutor:
    global _pool
    async with _pool_lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(max_workers=2)
        await asyncio.sleep(0)  # let the others see it
        return _pool


async def handle_score(text: str) -> dict:
    pool = await _get_pool()
    return await asyncio.get_running_loop().run_in_executor(pool, readability, text)
