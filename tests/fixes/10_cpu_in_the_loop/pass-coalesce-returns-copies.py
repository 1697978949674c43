"""A shared process pool; identical requests in flight share one job, and each gets a copy of its result; the job is cancelled when no request waits for it any more.

WHY CORRECT: sharing the work of identical requests is fine: each caller still gets a dict of
its own. The shield lets one caller go without cancelling the job the others wait for; the
last one to go cancels it, so a cancelled request leaves no queued job behind.
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
_in_flight: dict[str, list] = {}  # text -> [its job's future, how many requests wait for it]


async def handle_score(text: str) -> dict:
    entry = _in_flight.get(text)
    if entry is None:  # the same document asked twice at once is scored once
        future = asyncio.get_running_loop().run_in_executor(POOL, readability, text)
        entry = _in_flight[text] = [future, 0]

        def forget(_, entry=entry):
            if _in_flight.get(text) is entry:
                del _in_flight[text]

        future.add_done_callback(forget)
    entry[1] += 1
    try:
        # shield: one caller that goes away leaves the job to the others
        return dict(await asyncio.shield(entry[0]))  # a dict of its own for each caller
    finally:
        entry[1] -= 1
        if entry[1] == 0 and not entry[0].done():
            entry[0].cancel()  # nobody waits for it: a job still in the pool's queue never runs
