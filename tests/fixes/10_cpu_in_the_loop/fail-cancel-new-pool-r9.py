"""A lazily created 2-worker ProcessPoolExecutor; when a request is cancelled, the pool is shut down (wait=False, so the jobs it runs finish) and the next request makes a new one.

BUG: after every cancelled request the next one pays for starting new worker processes (a few to
tens of milliseconds for a fork, more for a forkserver or spawn start), while the old pool's
workers wind down beside the new ones: each cancel shuts the pool down and the next request makes
another. The pool names no start method, so which one it gets depends on the Python and the
platform: a fork on Linux before Python 3.14 (made amid the service's threads), a forkserver start
on Linux from 3.14, a spawn on macOS and Windows. A fresh pool's first job took 5 to 42 ms with
fork, 38 to 423 ms with forkserver (the first pool's time including the server's own start) and
137 to 399 ms with spawn, against 0.1 ms on a warm pool (3.11.7 and 3.13.0, 2 CPUs at load average
7). Under load, where clients give up all the time, the service pays a pool's start per cancel
instead of once. The contract: a pool created once; a cancelled request's job is cancelled alone
(run_in_executor does that), the pool and its workers stay.

Lesson 10: CPU work in the event loop.

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop.
"""
import asyncio
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")
_pool: ProcessPoolExecutor | None = None


def pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
    return _pool

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
    global _pool
    mine = pool()
    try:
        return await asyncio.get_running_loop().run_in_executor(mine, readability, text)
    except asyncio.CancelledError:
        # the client went away: a fresh pool for the next request
        mine.shutdown(wait=False)
        if _pool is mine:
            _pool = None
        raise
