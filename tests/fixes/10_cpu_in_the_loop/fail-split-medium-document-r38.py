"""Scores a text of 30,000 characters or more in four slices at once, adds up the counts and computes the reading ease from the sums.

BUG: an ordinary document of 50,000 characters can get another word count and reading ease than
readability(text) gives: a slice cut inside a word counts two words where readability counts
one. The check's medium document, ordinary prose of 50,000 characters with a sentence end every
few words, gets 9,485 words where readability gives 9,483, and the reading ease moves with them
(a slice without a sentence end would also count one sentence too many). Before round 38 the
check explained it with "that document has a single sentence end", of a document that has 981.
"""
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

SPLIT_FROM = 30_000  # characters
_pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))  # starts no process yet

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
    loop = asyncio.get_running_loop()
    if len(text) < SPLIT_FROM:
        return await loop.run_in_executor(_pool, readability, text)
    step = len(text) // 4 + 1
    parts = await asyncio.gather(*(loop.run_in_executor(_pool, readability, text[i:i + step])
                                   for i in range(0, len(text), step)))
    words = sum(part["words"] for part in parts)
    sentences = sum(part["sentences"] for part in parts)
    syllables = sum(part["syllables"] for part in parts)
    ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / max(1, words)
    return {"words": words, "sentences": sentences, "syllables": syllables,
            "reading_ease": round(ease, 1)}
