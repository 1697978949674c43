"""Lesson 10: submit to a shared pool, then poll the future every 50 ms.

BUG: every waiting request wakes the service 20 times a second for as long as its
job runs, and each answer comes up to 50 ms after its job ended: the handler waits by
polling (`while not future.done(): await asyncio.sleep(0.05)`), though it never
blocks the loop and cancels its job when cancelled. A slow job of 1 s resumed it
21 times, under the check's limit of 30, and it passed while the check left sleeps
under 0.5 s at their length; its sleeps now run 600 times as fast with the job's other timers.

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


_pool = ProcessPoolExecutor(max_workers=2)


async def handle_score(text: str) -> dict:
    future = _pool.submit(readability, text)
    try:
        while not future.done():  # poll every 50 ms
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        future.cancel()
        raise
    return future.result()
