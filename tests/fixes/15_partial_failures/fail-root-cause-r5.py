"""Failures caught per request and gathered; `errors` keeps the root cause of each (the exception's `__cause__` when aiohttp wrapped one) for clearer reports.

BUG: a source that hangs is reported with a CancelledError, not even an `Exception`, so a caller
that re-raises or logs it as a failure signals a cancellation instead, and a refused connection
with a bare `ConnectionRefusedError` (not an `aiohttp.ClientError`, no request's host and port):
`errors` keeps each exception's `__cause__`, not the exception the url raised. With aiohttp 3.14
(on any Python from 3.11) a timeout under the caller's session timeout (a hang, a stall, a
trickle) is a TimeoutError whose `__cause__` is the `asyncio.CancelledError` aiohttp used to
interrupt the request. Only the HTTP statuses, which aiohttp raises unwrapped, look right, so a
test with 500s alone sees nothing.

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

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def outcome(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    try:
        return False, await fetch_json(session, url)
    except Exception as error:
        return True, error.__cause__ or error  # report what really went wrong


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
