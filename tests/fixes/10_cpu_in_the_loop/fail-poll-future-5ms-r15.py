"""Lesson 10: submit to a shared pool, then poll the future with short asyncio sleeps.

BUG: every waiting request wakes the loop 200 times a second for as long as its job runs
(and waits in the queue): the handler waits by polling (`while not future.done(): await
asyncio.sleep(0.005)`), though it never blocks the loop and cancels its job when cancelled.
With many requests waiting, that is busy work on the loop's thread and CPU time taken
from the workers. The check: the handler must wait idle, not poll.

Verified: its slow job (1 s held in the worker) resumed the handler 175 times on the loop.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop; a
        request waiting for its job holds no thread. A request may be cancelled (its
        client went away): its job is then cancelled too, and does not run unless the
        pool had already handed it on toward a worker (besides the jobs its workers are
        running, a ProcessPoolExecutor queues at most one job per worker, plus one, for
        them). The other requests carry on in the same workers.
"""

import asyncio
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

POOL = ProcessPoolExecutor(max_workers=2)

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


async def handle_score(text: str) -> dict:
    future = POOL.submit(readability, text)
    try:
        while not future.done():
            await asyncio.sleep(0.005)  # give the loop back while the worker computes
    finally:
        future.cancel()  # a cancelled request cancels its job (no-op once done)
    return future.result()
