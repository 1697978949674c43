"""One shared process pool (created on first use) with a 0.5 s deadline on the job: asyncio.wait_for(run_in_executor(...), 0.5).

BUG: any document whose job takes more than 0.5 s raises TimeoutError instead of returning
readability(text), and a job already handed to a worker keeps running anyway, occupying it for
nothing (wait_for cancels only a job still queued in the pool). It is correct for the
documents one tries, wrong for big ones; on a busier or slower machine, medium documents fail
too. Right at one size only.
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


_pool: ProcessPoolExecutor | None = None


async def handle_score(text: str) -> dict:
    global _pool
    if _pool is None:
        _pool = ProcessPoolExecutor(max_workers=2)
    job = asyncio.get_running_loop().run_in_executor(_pool, readability, text)
    return await asyncio.wait_for(job, timeout=0.5)  # never let a request hang
