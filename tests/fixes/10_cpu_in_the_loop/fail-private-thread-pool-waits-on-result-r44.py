"""Lesson 10: submit to a shared process pool, and wait for the result in a thread pool of its own (not the loop's default executor).

BUG: every request in flight holds a thread of this process for as long as its job runs
(30 requests waiting for long jobs: 35 threads, against 3 for the reference), and past the
pool's 64 threads a request whose job is done waits for a free thread to hear of it:
`run_in_executor(_waiters, job.result)` blocks a thread per request. The check looked only
at the loop's default executor, which this leaves free, and it passed; it now also counts
the threads blocked waiting for a job's result while the requests wait.

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
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

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
_waiters = ThreadPoolExecutor(max_workers=64, thread_name_prefix="score-waiter")  # not the loop's


async def handle_score(text: str) -> dict:
    job = _pool.submit(readability, text)
    try:
        return await asyncio.get_running_loop().run_in_executor(_waiters, job.result)
    except asyncio.CancelledError:
        job.cancel()  # the client went away: drop the queued job too
        raise
