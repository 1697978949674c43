"""Lesson 10: a shared pool, retired by the event loop's call_later after 5 idle minutes.

BUG: the first request after every quiet spell of 5 minutes pays for starting the workers
again: when the last request in flight ends, the handler arms `loop.call_later(300, _retire)`
("workers hold memory"), which shuts the pool down, and the next request makes a new one.
The check ran only threads' timers faster during its quiet spell, so this one, on the event
loop's clock, never fired there and the attempt passed.

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


IDLE_S = 300  # no request for 5 minutes: give the workers' memory back

_pool = None
_idle = None  # the loop's TimerHandle that retires the pool
_busy = 0


def _retire() -> None:
    global _pool, _idle
    _idle = None
    if _busy == 0 and _pool is not None:
        _pool.shutdown(wait=False)
        _pool = None


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
    return _pool


async def handle_score(text: str) -> dict:
    global _busy, _idle
    loop = asyncio.get_running_loop()
    if _idle is not None:
        _idle.cancel()
        _idle = None
    _busy += 1
    try:
        return await loop.run_in_executor(_get_pool(), readability, text)
    finally:
        _busy -= 1
        if _busy == 0:
            _idle = loop.call_later(IDLE_S, _retire)
