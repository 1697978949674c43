"""Shared process pool plus a cache of scores by document text, returning the cached dict itself.

BUG: every caller asking for the same document gets the same dict object; a handler that
adds a field or adjusts a value (response["words"] = ..., pop("reading_ease")) changes the
answer for every later request. The contract returns readability(text), a fresh dict per
call. (The cache also keeps up to 1,000 whole documents in memory.)
"""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

_pool = None
_scores: dict[str, dict] = {}  # readability is pure: the same document always scores the same
_MAX_SCORES = 1_000


def _workers() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
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
    if text in _scores:
        return _scores[text]
    score = await asyncio.get_running_loop().run_in_executor(_workers(), readability, text)
    if len(_scores) < _MAX_SCORES:
        _scores[text] = score
    return score
