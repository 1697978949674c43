"""Outcomes gathered and sorted, plus the lesson's 'stop calling what is down': a url that failed is not requested again for 30 s, its last exception is reported instead.

BUG: for 30 s after a failure, every call reports the url as failed with the same old exception
object, without a request, even when the source is back up (a 503 during a deploy, a refused connection during a restart); a source that failed once
because of the caller's short timeout is reported down to callers with long timeouts. Calls are
no longer independent: the module-level state also outlives the session and is shared by every
caller.

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error) to the exception it
        raised. Every url lands in exactly one of the two.
"""

import asyncio
import time

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


_OPEN_FOR = 30.0  # seconds a failing url is left alone
_down: dict[str, tuple[float, BaseException]] = {}  # url -> (when it failed, how)


async def outcome(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    tripped = _down.get(url)
    if tripped is not None and time.monotonic() - tripped[0] < _OPEN_FOR:
        return True, tripped[1]  # fail fast: the source is down
    try:
        body = await fetch_json(session, url)
    except Exception as error:
        _down[url] = (time.monotonic(), error)
        return True, error
    _down.pop(url, None)
    return False, body


def _sort(urls: list[str], outcomes: list) -> tuple[dict, dict]:
    results: dict = {}
    errors: dict = {}
    for url, (failed, value) in zip(urls, outcomes, strict=True):
        if failed:
            results.pop(url, None)
            errors[url] = value
        else:
            errors.pop(url, None)
            results[url] = value
    return results, errors


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(outcome(session, url) for url in urls))
    return _sort(urls, outcomes)
