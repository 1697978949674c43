"""One shared ProcessPoolExecutor created at import, sized as the notebook's cell does: min(4, cpus.usable()) workers.

BUG: with one usable CPU (a container with --cpus=1 or a cpuset of one, a Binder session,
taskset) the pool has a single worker, so two requests arriving together are scored one after
the other, the second waiting for the whole first job. Sizing by usable CPUs is the notebook's
own advice, but the exercise asks that two requests at once be scored by two workers, 'even
on one CPU'. On a 2-CPU machine it looks exactly like the reference.

Original docstring of the exercise:

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

from coursekit import cpus

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

# one worker per usable CPU, at most 4: the notebook's own sizing
_pool = ProcessPoolExecutor(max_workers=min(4, cpus.usable()))


async def handle_score(text: str) -> dict:
    return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
