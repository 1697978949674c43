"""Lesson 10: a shared pool; once it is broken (a worker died), each request is scored in a one-off pool of its own.

BUG: after one worker dies, every later request starts a process of its own (5 requests after
the kill: 5 processes started, one each), and a burst of requests starts as many at once: the
broken pool is never replaced, and `with ProcessPoolExecutor(max_workers=1) as spare:` makes
a pool per request, the mistake of fail-pool-per-call-with, on the error path. The check sent
one request after killing the workers, which this answers, and it passed; two more follow
now, and the last must start no process.

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


_pool = ProcessPoolExecutor(max_workers=2)


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_pool, readability, text)
    except BrokenProcessPool:
        # a worker died (out of memory?): still answer, through a one-off pool
        with ProcessPoolExecutor(max_workers=1) as spare:
            return await loop.run_in_executor(spare, readability, text)
