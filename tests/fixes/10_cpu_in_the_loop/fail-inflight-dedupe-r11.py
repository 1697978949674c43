"""Lesson 10: one shared process pool, and identical documents in flight at the same time coalesced into one job (each caller gets its own copy of the result).

BUG: breaks "A request may be cancelled (its client went away): its job is then cancelled
too ... The other requests carry on" (the exercise's API). When two clients send the same
document (a retry, a double click, two users scoring the same page), both requests await
the one asyncio future of the shared job; when the first client goes away, its task's
cancellation cancels that shared future, and the second request, whose client is still
waiting, fails with CancelledError. With different texts, or the same text one after the
other, it is right: one pool created once, the loop free, a dict of its own per request.
verify/10_cpu_in_the_loop/fail-inflight-dedupe-r11.py printed: two requests for the same
long document, the first cancelled after 50 ms: the second got CancelledError (the same
code without coalescing: the second got its scores, {'words': ...}); two different
documents, one cancelled: the other answered; worst loop stall while scoring 19-47 ms
(two runs, load average ~12).

`handle_score` is the handler of a web service's "score this document" endpoint.
`readability` does the work: pure Python, about 200 ms for a long document. Called
straight from the handler, it runs on the event loop's thread, and for as long as it
runs, every other request of the service waits. Make the handler run it elsewhere.

Public API (the check calls exactly this):

    def readability(text: str) -> dict
        Words, sentences, syllables and the Flesch reading-ease score of `text`.
        Pure Python and CPU-bound. Keep it a plain function at module level.

    async def handle_score(text: str) -> dict
        The endpoint: returns readability(text), without stalling the event loop; a
        request waiting for its job holds no thread. A request may be cancelled (its
        client went away): its job is then cancelled too, and does not run unless the
        pool had already handed it on toward a worker (a ProcessPoolExecutor hands on at
        most one job per worker, plus one). The other requests carry on in the same
        workers.
"""

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

__all__ = ["handle_score", "readability"]

VOWELS = frozenset("aeiouy")

_pool: ProcessPoolExecutor | None = None
_in_flight: dict[str, asyncio.Future] = {}  # text -> the job scoring it right now


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


def process_pool() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:  # created once, on the first request, shared by all
        _pool = ProcessPoolExecutor(max_workers=max(2, os.cpu_count() or 1))
    return _pool


async def handle_score(text: str) -> dict:
    job = _in_flight.get(text)
    if job is None:  # nobody is scoring this text right now: start a job
        job = asyncio.get_running_loop().run_in_executor(process_pool(), readability, text)
        _in_flight[text] = job
        job.add_done_callback(lambda _: _in_flight.pop(text, None))
    return dict(await job)  # a dict of its own for every request
