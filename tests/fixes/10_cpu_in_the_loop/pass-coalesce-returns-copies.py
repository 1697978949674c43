"""A shared process pool; identical requests in flight share one job, and each gets a copy of its result.

Sharing the work of identical requests is fine: each caller still gets a dict of its own.
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


POOL = ProcessPoolExecutor(max_workers=2)
_in_flight: dict[str, asyncio.Future] = {}  # the same document asked twice at once is scored once


async def handle_score(text: str) -> dict:
    future = _in_flight.get(text)
    if future is None:
        future = asyncio.get_running_loop().run_in_executor(POOL, readability, text)
        _in_flight[text] = future
        future.add_done_callback(lambda _: _in_flight.pop(text, None))
    return dict(await asyncio.shield(future))  # a dict of its own for each caller
