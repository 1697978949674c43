"""Correct, unusual: a multiprocessing.Pool (not concurrent.futures) created once at first use; apply_async's callbacks resolve an asyncio future through loop.call_soon_threadsafe.
"""

import asyncio
import multiprocessing
import threading

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


_pool = None
_lock = threading.Lock()


def _get_pool():
    global _pool
    with _lock:
        if _pool is None:
            _pool = multiprocessing.get_context().Pool(processes=2)
        return _pool


async def handle_score(text: str) -> dict:
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def settle(setter, value):
        if not done.done():
            setter(value)

    _get_pool().apply_async(
        readability, (text,),
        callback=lambda result: loop.call_soon_threadsafe(settle, done.set_result, result),
        error_callback=lambda error: loop.call_soon_threadsafe(settle, done.set_exception, error))
    return await done
