"""gather over a wrapper that catches the network failures (aiohttp.ClientError and TimeoutError) and returns them.

BUG: a source that answers 200 with a malformed JSON body makes the page lose every result
again, the other requests running on unattended, exactly the starter's mistake: its
json.JSONDecodeError (a ValueError) escapes the wrapper and the plain gather. The wrapper
catches only what a request "can fail with" on the network (aiohttp.ClientError, TimeoutError),
not Exception as the lesson says. Refused, 404, 503, hangs, stalls and trickles are all caught.

--- The exercise's docstring ---

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


async def fetch_or_error(session: aiohttp.ClientSession, url: str):
    try:
        return await fetch_json(session, url)
    except (TimeoutError, aiohttp.ClientError) as error:  # what a request can fail with
        return error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_or_error(session, url) for url in urls))
    results, errors = {}, {}
    for url, outcome in zip(urls, outcomes, strict=True):
        if isinstance(outcome, Exception):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
