"""Wrap each request and catch the failures the lesson names: aiohttp.ClientError, TimeoutError and json.JSONDecodeError.

BUG: a body declared application/json but not valid UTF-8 makes the page lose every good part
again, the other requests running on unattended: response.json() raises UnicodeDecodeError (a
ValueError, not a JSONDecodeError, not an aiohttp.ClientError), which escapes the wrapper, and
gather re-raises it. It catches only the three failure families the lesson names. The contract lists "a body that is not JSON" as a failure to report, whatever exception it raises; catching Exception would have been right.

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error, a timeout, a body that is
        not JSON) to the exception it raised. Every url lands in exactly one of the two,
        a url listed twice too (if its requests disagree, either outcome may decide).
"""
import asyncio
import json

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


# Every way a source can fail: HTTP status / connection, the caller's deadline, a bad body.
# Nothing broader, so that programming errors are not swallowed.
FAILURES = (aiohttp.ClientError, asyncio.TimeoutError, json.JSONDecodeError)


async def outcome(session: aiohttp.ClientSession, url: str):
    try:
        return True, await fetch_json(session, url)
    except FAILURES as error:
        return False, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(outcome(session, url) for url in urls))
    results, errors = {}, {}
    for url, (ok, value) in zip(urls, outcomes):
        if ok:
            results[url] = value
            errors.pop(url, None)
        else:
            errors[url] = value
            results.pop(url, None)
    return results, errors
