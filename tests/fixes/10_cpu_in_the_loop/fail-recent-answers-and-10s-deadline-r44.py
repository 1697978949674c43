"""Lesson 10: the last 64 answers kept, and a 10 s wait_for on every job as a safety net.

BUG: a document whose job takes over 10 s (a long one on a busy machine) gets TimeoutError
instead of its scores (a job of 11 s: TimeoutError after 10.1 s), and the job runs on in its
worker for nobody: the same mistake as fail-own-2s-deadline-r8. The check's slow job asked for
a text every handler had answered before, so this handler's cache answered it without a job
and it passed; the slow job's text is now one never asked before.

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
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")
KEEP = 64
_recent: OrderedDict = OrderedDict()  # the last 64 answers, by text: repeated documents are free


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


def _remember(text, result):
    _recent[text] = dict(result)
    if len(_recent) > KEEP:
        _recent.popitem(last=False)


async def handle_score(text: str) -> dict:
    if text in _recent:
        _recent.move_to_end(text)
        return dict(_recent[text])
    job = asyncio.get_running_loop().run_in_executor(_pool, readability, text)
    result = await asyncio.wait_for(job, timeout=10)  # a safety net: no request hangs for ever
    _remember(text, result)
    return result
