"""handle_score made a plain def that returns the executor's future (awaitable), no coroutine in between.

expect: must be `async def`: it is a plain `def` now

BUG: the contract is `async def handle_score`: callers and frameworks rely on a coroutine.
asyncio.create_task(handle_score(text)) (the notebook itself does this in its debug-mode
cell) raises TypeError "a coroutine was expected, got <Future ...>", and
inspect.iscoroutinefunction(handle_score) is False, so FastAPI/Starlette would run it as a
sync endpoint on a worker thread, where get_running_loop() fails. `await handle_score(text)`
alone still works, so a check that only awaits it sees a correct result. The check's
REQUIRES says async: ExerciseBroken, naming the rule, before any check runs.

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

_POOL = ProcessPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 1)))


def handle_score(text: str) -> "asyncio.Future[dict]":
    """Awaitable: the executor future itself, no coroutine frame in between."""
    return asyncio.get_running_loop().run_in_executor(_POOL, readability, text)
