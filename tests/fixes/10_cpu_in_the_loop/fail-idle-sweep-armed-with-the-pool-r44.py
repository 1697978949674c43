"""Lesson 10: a shared pool, and a sweep every minute (loop.call_later, armed with the pool) that retires it after 5 idle minutes.

BUG: the first request after every quiet spell of 5 minutes starts the workers again (with a
1 s threshold and a 0.2 s sweep: 59 ms and 2 new worker processes after a 1.6 s pause, 6 to
8 ms for the requests before it): `_sweep` runs every SWEEP_S on the event loop and, when
`time.monotonic()` says no request came for IDLE_S, shuts the pool down. Its timer was armed
with the pool, before the check's quiet spell, which sped up only the timers made during it,
and read the clock ahead only at the next request; the timers the file armed earlier now run
as fast, and the clocks are ahead from the start of the spell.

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
import time
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")
IDLE_S = 300  # retire the workers after 5 minutes without a request
SWEEP_S = 60
_pool = None
_last = 0.0


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


def _sweep(loop):
    global _pool
    if _pool is not None and time.monotonic() - _last > IDLE_S:
        _pool.shutdown(wait=False)
        _pool = None
    if _pool is not None and not loop.is_closed():
        loop.call_later(SWEEP_S, _sweep, loop)


def _get_pool(loop):
    global _pool, _last
    _last = time.monotonic()
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
        loop.call_later(SWEEP_S, _sweep, loop)  # look again every minute
    return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_get_pool(loop), readability, text)
