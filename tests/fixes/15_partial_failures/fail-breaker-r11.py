"""Sorts every outcome, with a small circuit breaker: after 3 failures in a row a url is not called for 30 s.

BUG: a url that failed 3 times in a row is reported down by every call for the next 30 s,
with its old exception and without a request, even once the source is back. That breaks "one per url on every call (no
retry, nothing remembered from an earlier call: neither failures nor bodies)". The notebook's own "In production" recommends a circuit breaker, so the learner
built one into fetch_all: module-level counts of consecutive failures per url; from the third,
the url is reported failed with its last exception, without a request, for 30 s. Two calls in a
row behave exactly like the reference (so "the next call works"). From the fourth call on, a
source that has recovered is still reported down, with a stale exception, and never requested.

Verified: verify/15_partial_failures/breaker.py: a source down (503) for calls 1-3 and back from
call 4. pass-taskgroup-r11: error, error, error, ok, ok; 5 requests for 5 calls. This version:
error 503 for all 5 calls; 3 requests for 5 calls (calls 4 and 5 report the stale 503 without
asking).

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body (an empty body sent as
        JSON reads as None), `errors` maps each url that failed (an HTTP error status, a
        connection error, a timeout, a body that is not JSON) to the exception it raised.
        Every url lands in exactly one of the two, a url listed twice too (if its
        requests disagree, either outcome may decide).
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def outcome(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    """(True, body) or (False, the exception): never raises but for a cancellation."""
    try:
        return True, await fetch_json(session, url)
    except Exception as error:  # timeouts too; CancelledError is not an Exception
        return False, error

import time  # noqa: E402

OPEN_AFTER, OPEN_FOR = 3, 30.0
_failures: dict[str, int] = {}
_open_until: dict[str, tuple[float, BaseException]] = {}


async def guarded(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    blocked = _open_until.get(url)
    if blocked and blocked[0] > time.monotonic():
        return False, blocked[1]  # the breaker is open: fail fast, do not call a source that is down
    ok, value = await outcome(session, url)
    if ok:
        _failures.pop(url, None)
        _open_until.pop(url, None)
    else:
        _failures[url] = _failures.get(url, 0) + 1
        if _failures[url] >= OPEN_AFTER:
            _open_until[url] = (time.monotonic() + OPEN_FOR, value)
    return ok, value


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(guarded(session, url) for url in urls))
    results, errors = {}, {}
    for url, (ok, value) in zip(urls, outcomes):
        results.pop(url, None)  # a url listed twice: the last outcome decides, in one dict only
        errors.pop(url, None)
        (results if ok else errors)[url] = value
    return results, errors
