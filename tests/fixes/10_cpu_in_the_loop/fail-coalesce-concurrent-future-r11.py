"""A shared process pool; requests for the same text in flight together share one concurrent.futures job, each awaiting it through an asyncio.wrap_future of its own (each gets a copy of the result).

BUG: breaks "A request may be cancelled (its client went away): its job is then cancelled
too ... The other requests carry on" (the exercise's API). Each request has its own asyncio
future, but wrap_future passes a cancel on to the job it wraps: when one of two clients
asking for the same document goes away while the job still waits in the pool's queue, the
shared job is cancelled and the other request, nobody's to cancel, raises CancelledError.
(Once the job runs in a worker the cancel no longer reaches it, so the other gets its
answer.) Sharing the job is fine if it is cancelled only once no request waits for it:
pass-coalesce-returns-copies does that. Written for check 10, examiner round 11 (the
check's bystander twin), beside fail-inflight-dedupe-r11 (the running twin).

Lesson 10: CPU work in the event loop.
"""

import asyncio
from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

POOL = ProcessPoolExecutor(max_workers=2)
_in_flight: dict[str, Future] = {}  # text -> the job scoring it right now

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


async def handle_score(text: str) -> dict:
    job = _in_flight.get(text)
    if job is None:  # nobody is scoring this text right now: one job for it
        job = _in_flight[text] = POOL.submit(readability, text)
        job.add_done_callback(lambda _: _in_flight.pop(text, None))
    return dict(await asyncio.wrap_future(job))  # a future and a dict of its own per request
