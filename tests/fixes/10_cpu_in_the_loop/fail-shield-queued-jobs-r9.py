"""Runs readability in a shared 2-worker ProcessPoolExecutor through run_in_executor, wrapped in asyncio.shield so a cancelled request cannot disturb the pool.

BUG: when a client goes away (a timeout upstream, a closed connection) and its request is
cancelled, its job, still queued behind the running ones, is sent to a worker and scored
anyway, for nobody: shield keeps the request's cancellation from reaching the pool's future. A burst
of cancelled requests (clients that gave up on a slow service) keeps every worker busy with
work nobody waits for, and the requests that come after queue behind all of it. The
contract: a cancelled request's job does not run unless the pool had already handed it on
toward a worker (besides the running ones, one job per worker, plus one); run_in_executor
and asyncio.wrap_future cancel it when the request is cancelled.

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
POOL = ProcessPoolExecutor(max_workers=2)

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
    loop = asyncio.get_running_loop()
    # shield: a cancelled request leaves the pool's own future alone
    return await asyncio.shield(loop.run_in_executor(POOL, readability, text))
