"""Failures caught per request and gathered; bodies parsed with `response.json(content_type=None)` so that an API sending JSON with the wrong Content-Type still counts as answered.

BUG: a 200 whose Content-Type is not JSON (a `text/plain` or `text/html` page from a proxy, a
maintenance page whose text happens to parse as JSON, such as `1` or `"up"`) is now a result, where the
starter's `response.json()` raises ContentTypeError and the url belongs in `errors`. The url
lands in the other dict than the starter would put it.

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
        return await response.json(content_type=None)  # tolerate a wrong Content-Type


async def outcome(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    try:
        return False, await fetch_json(session, url)
    except Exception as error:
        return True, error


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
