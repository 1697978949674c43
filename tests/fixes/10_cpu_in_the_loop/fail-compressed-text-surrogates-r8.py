"""One shared ProcessPoolExecutor, but the text is sent UTF-8-encoded and zlib-compressed ("send little"), decoded in the worker.

BUG: a text holding a lone surrogate (which json.loads('"\\ud800"') gives from a client's
JSON) raises UnicodeEncodeError on the loop, where the starter's readability scores it: a
Python str is not always encodable as UTF-8, and text.encode("utf-8") runs before the job is
sent. handle_score no longer returns readability(text) for every str.

Lesson 10: CPU work in the event loop.

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at the top of the file.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop.
"""
import asyncio
import os
import zlib
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

_POOL = None


def _pool() -> ProcessPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1)))
    return _POOL


def _score_packed(packed: bytes) -> dict:
    return readability(zlib.decompress(packed).decode("utf-8"))


async def handle_score(text: str) -> dict:
    # send little: the text travels pickled, so compress it first (prose shrinks ~4x)
    packed = zlib.compress(text.encode("utf-8"), 1)
    return await asyncio.get_running_loop().run_in_executor(_pool(), _score_packed, packed)
