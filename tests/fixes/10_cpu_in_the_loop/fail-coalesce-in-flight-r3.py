"""A shared process pool plus request coalescing: concurrent requests for the same text await one shared future.

BUG: a handler that adds a field to its response (or pops one) changes the other caller's
answer: two requests for the same document at the same moment get the very same dict object. The
contract's handle_score returns readability(text), a new dict per call; the lesson's check sends
requests at the same moment and wants each to get its own answer. A module-level dict of futures
is also state kept between calls.

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


POOL = ProcessPoolExecutor()  # created once, shared by every request
_in_flight: dict[str, asyncio.Future] = {}  # the same document asked twice at once is scored once


async def handle_score(text: str) -> dict:
    future = _in_flight.get(text)
    if future is None:
        future = asyncio.get_running_loop().run_in_executor(POOL, readability, text)
        _in_flight[text] = future
        future.add_done_callback(lambda _: _in_flight.pop(text, None))
    return await asyncio.shield(future)
