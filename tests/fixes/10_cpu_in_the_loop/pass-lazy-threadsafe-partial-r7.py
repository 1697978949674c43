"""A pool created on the first request under a threading.Lock (double-checked), jobs sent as functools.partial(readability, text) through loop.run_in_executor, and a broken pool replaced once.

CORRECT: the lock is a threading.Lock, bound to no event loop, held only for the instant of creation (no await inside), so concurrent first requests create one pool and any later event loop can use it. Two workers fixed: two jobs at once even on one CPU; with the default fork start method on Linux every worker is started with the first job, none later. A partial of a module-level function pickles by name. If the workers were killed, the BrokenProcessPool is answered by replacing the pool once and scoring again in the new workers (never on the loop); a second failure raises.

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
import functools
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

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
_pool_lock = threading.Lock()


def _get_pool(broken: ProcessPoolExecutor | None = None) -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None or _pool is broken:
            if broken is not None:
                broken.shutdown(wait=False, cancel_futures=True)
            _pool = ProcessPoolExecutor(max_workers=2)
        return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    pool = _get_pool()
    try:
        return await loop.run_in_executor(pool, functools.partial(readability, text))
    except BrokenProcessPool:  # its workers died: one new pool, one more try, still off the loop
        return await loop.run_in_executor(_get_pool(broken=pool), functools.partial(readability, text))
