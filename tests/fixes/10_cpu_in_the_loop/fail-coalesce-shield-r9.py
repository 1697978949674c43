"""A shared process pool; identical requests in flight share one job (each awaits it through asyncio.shield) and each gets a copy of its result.

BUG: a request cancelled while its job waits in the pool's queue (its client went away)
leaves the job to be scored anyway, for nobody, and the later requests queue behind it: the
shield that lets one caller go without cancelling the job the others share also keeps the
last caller's cancellation from reaching the pool. Sharing the job is fine; it must be
cancelled once no request waits for it any more (the contract: a cancelled request's job
does not run unless the pool had already handed it on toward a worker). pass-coalesce-returns-copies does that.

Lesson 10: CPU work in the event loop.

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

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


POOL = ProcessPoolExecutor(max_workers=2)
_in_flight: dict[str, asyncio.Future] = {}  # the same document asked twice at once is scored once


async def handle_score(text: str) -> dict:
    future = _in_flight.get(text)
    if future is None:
        future = asyncio.get_running_loop().run_in_executor(POOL, readability, text)
        _in_flight[text] = future
        future.add_done_callback(lambda _: _in_flight.pop(text, None))
    return dict(await asyncio.shield(future))  # a dict of its own for each caller
