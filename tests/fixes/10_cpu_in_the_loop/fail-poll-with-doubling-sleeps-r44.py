"""Lesson 10: submit to a shared pool, then check back on the future less and less often (sleeps doubling from 1 ms).

BUG: each answer comes up to as long again as its job took (a job of 300 ms answered after
520 ms, one of 1.1 s after 2.07 s; awaited, 301 ms and 1.10 s): the handler learns that the
job is done only when its current sleep ends, and each sleep is twice the one before. Few
wake-ups (about 20 for a job that seems to take 10 minutes), so the check's limit of 30
resumes let it pass; the sleeps that end while the job runs are now counted too.

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
        delay = 0.001
        while not future.done():  # check back later, less and less often: few wake-ups
            await asyncio.sleep(delay)
            delay *= 2
        return future.result()
    finally:
        future.cancel()  # a cancelled request takes its queued job with it
