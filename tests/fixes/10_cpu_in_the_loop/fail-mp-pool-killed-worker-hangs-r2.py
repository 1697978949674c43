"""multiprocessing.Pool with apply_async callbacks bridged to an asyncio future: a dead worker's request waits for ever.

BUG: a request whose worker dies (an out-of-memory kill, a crash) never returns, and a worker
killed while idle can leave the shared task queue's lock held so that no later request returns
either: multiprocessing.Pool replaces a dead worker but never fails the task it held, and a held
lock means no task is ever picked up again. The awaited future is then never settled:
handle_score never returns, for every request from then on (ProcessPoolExecutor at least raises
BrokenProcessPool). Healthy, it behaves exactly like the lesson's fix.
"""
import asyncio
import multiprocessing
import os

__all__ = ["handle_score", "readability"]

_pool = None


def _workers():
    """multiprocessing.Pool, created on the first request and shared by all later ones."""
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(processes=max(1, min(os.cpu_count() or 1, 4)))
    return _pool

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
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def settle(method, value):  # runs on the loop's thread
        if not done.done():  # the caller may have cancelled meanwhile
            getattr(done, method)(value)

    _workers().apply_async(
        readability, (text,),
        callback=lambda result: loop.call_soon_threadsafe(settle, "set_result", result),
        error_callback=lambda error: loop.call_soon_threadsafe(settle, "set_exception", error))
    return await done
