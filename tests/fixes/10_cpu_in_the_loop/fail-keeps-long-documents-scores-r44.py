"""Lesson 10: a shared pool; the scores of every document of 20,000 characters or more kept, keyed by its text.

BUG: the service keeps every long document it was ever asked about, whole, for as long as it
runs (100 new documents of 26,000 characters: 2,635 KB still held, against 33 KB for the
reference): `_big` is a dict without a bound, keyed by the text. The check's memory probe
sent short texts only, which this handler keeps nothing of, and it passed; each of its
batches now starts with two new documents of 50,000 characters.

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
BIG = 20_000
_big = {}  # long documents are expensive: keep their scores


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


_pool = ProcessPoolExecutor(max_workers=2)


async def handle_score(text: str) -> dict:
    if len(text) >= BIG and text in _big:
        return dict(_big[text])
    result = await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
    if len(text) >= BIG:
        _big[text] = dict(result)
    return result
