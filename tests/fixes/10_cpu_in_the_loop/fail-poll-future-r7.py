"""Submits the job to a shared 2-worker ProcessPoolExecutor and polls the returned concurrent.futures.Future with await asyncio.sleep(0) until it is done.

BUG: the service's own process burns a CPU for as long as a job runs (the CPU time the check attributes to the event loop's process), competing with the workers for the same cores: the handler spins, asking the loop to run it again on every iteration (await asyncio.sleep(0)); with 2 long requests in flight, two spinners. The work does run in a worker and the heartbeat sees no stall. The lesson's fix awaits the result (run_in_executor / wrap_future) and spends no CPU meanwhile.

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


_POOL = ProcessPoolExecutor(max_workers=2)


async def handle_score(text: str) -> dict:
    future = _POOL.submit(readability, text)
    while not future.done():
        await asyncio.sleep(0)  # give the loop back while the worker computes
    return future.result()
