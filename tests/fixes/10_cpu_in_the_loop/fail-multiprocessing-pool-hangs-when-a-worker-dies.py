"""A multiprocessing.Pool created once; a thread waits for its answer: a dead worker's request waits for ever.

BUG: a request whose worker dies (killed by an out-of-memory killer, a crash) never returns, and
an idle worker killed while it held the task queue's lock leaves it locked, so no later request
returns either: multiprocessing.Pool replaces a worker that died but never fails the job it
held, and with the lock held no job is ever taken again. From then on `pool.apply` waits for
ever, and so does every request (ProcessPoolExecutor raises BrokenProcessPool instead). Healthy,
it works like the lesson's fix.
"""
import asyncio
import multiprocessing

_pool = None


def pool():
    global _pool
    if _pool is None:
        _pool = multiprocessing.Pool(processes=2)
    return _pool


VOWELS = frozenset("aeiouy")


def readability(text):
    words = sentences = syllables = 0
    for word in text.split():
        words += 1
        if word[-1] in ".!?":
            sentences += 1
        count, previous = 0, False
        for char in word.lower():
            vowel = char in VOWELS
            if vowel and not previous:
                count += 1
            previous = vowel
        syllables += max(1, count)
    sentences = max(1, sentences)
    ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / max(1, words)
    return {"words": words, "sentences": sentences, "syllables": syllables,
            "reading_ease": round(ease, 1)}


async def handle_score(text):
    return await asyncio.to_thread(pool().apply, readability, (text,))
