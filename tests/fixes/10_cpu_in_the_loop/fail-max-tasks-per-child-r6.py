"""One shared pool, with `max_tasks_per_child=100` so that workers are recycled against leaks.

BUG: under load, a request that lands on a fresh worker pays for its start (a spawn, ~100 ms of
imports), again after every 100 jobs of each worker: every worker exits after 100 jobs and the
pool starts a new process in its place (max_tasks_per_child makes ProcessPoolExecutor use spawn
whatever the default start method, fork on Linux up to 3.13). The lesson: a pool created once,
no process started after the first requests. Invisible in any test with fewer than 100 jobs per
worker; with jobs queued, ProcessPoolExecutor may also fail to replace the retired workers and
hang for good (CPython gh-115634: on 3.11 and 3.12, and on 3.13 and 3.14 releases before its
fix).

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



# One shared pool; workers are recycled now and then so that a leak in a worker cannot grow.
_pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1), max_tasks_per_child=100)


async def handle_score(text: str) -> dict:
    return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
