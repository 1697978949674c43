"""Lesson 10: submit to a shared pool and await an asyncio future that the job's done callback settles.

Right: the handler sleeps until the worker answers (what asyncio.wrap_future does by
hand: the pool's thread hands the outcome to the loop with call_soon_threadsafe), makes no
timer, and cancels its job when it is cancelled.

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
import concurrent.futures
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


def _settle(answer: asyncio.Future, job: concurrent.futures.Future) -> None:
    if answer.done():  # the request was cancelled meanwhile
        return
    if job.cancelled():
        answer.cancel()
    elif job.exception() is not None:
        answer.set_exception(job.exception())
    else:
        answer.set_result(job.result())


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    answer = loop.create_future()
    job = _pool.submit(readability, text)

    def done(job: concurrent.futures.Future) -> None:  # runs in the pool's thread
        if not loop.is_closed():
            loop.call_soon_threadsafe(_settle, answer, job)

    job.add_done_callback(done)
    try:
        return await answer
    except asyncio.CancelledError:
        job.cancel()
        raise
