"""Submits readability to a shared 2-worker ProcessPoolExecutor, then waits for the job with await asyncio.to_thread(future.result).

BUG: with a few long documents in flight, or a queue behind them, every other piece of the
service that hands work to a thread (a file read, a DNS lookup through getaddrinfo, a database
driver) waits until one of them is answered: every request waiting for its job holds a thread of
the event loop's default executor (min(32, CPUs + 4) threads, 5 on one CPU). That executor is
the one asyncio.to_thread and run_in_executor(None, ...) use; the job runs in a worker and the
loop never stalls: the stall moved from the loop into its thread pool. A cancelled request does
not cancel its job either (the thread keeps waiting on it). "without stalling the event loop":
awaiting the job (run_in_executor with the pool, or asyncio.wrap_future) holds no thread at all.

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
    future = POOL.submit(readability, text)
    return await asyncio.to_thread(future.result)  # a thread of the loop waits for the worker
