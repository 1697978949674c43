"""One shared pool with max_tasks_per_child=1 "so a huge document cannot bloat a worker".

BUG: every document is scored by a newly started worker process (with no mp_context the
option also switches the pool to spawn, on every Python since 3.11, so each start is a fresh interpreter importing the module):
the per-request process start the lesson removes, hidden behind "one pool, created once".
"""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

# One shared pool; each worker is replaced after 1 document so that a huge document
# cannot leave a bloated worker behind (Python 3.11+).
_pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1), max_tasks_per_child=1)

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
    return await asyncio.get_running_loop().run_in_executor(_pool, readability, text)
