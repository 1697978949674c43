"""Keeps every outcome with gather(return_exceptions=True), with a deadline per request (lesson 14) so a hung source cannot hold the page.

BUG: a good source slower than 2 s is reported as a TimeoutError that the starter alone would
have returned, and a caller whose session gives up sooner (0.3 s, 0.6 s) waits 2 s for the page:
a per-request ClientTimeout(total=2.0) (lesson 14's deadline per call) replaces the caller's
session timeout for every request. The contract says to use the caller's session as
it is.

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


DEADLINE = aiohttp.ClientTimeout(total=2.0)  # no source may hold the page longer than this


async def fetch_within_deadline(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=DEADLINE) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_within_deadline(session, url) for url in urls),
                                    return_exceptions=True)
    results = {url: each for url, each in zip(urls, outcomes) if not isinstance(each, Exception)}
    errors = {url: each for url, each in zip(urls, outcomes) if isinstance(each, Exception)}
    return results, errors
