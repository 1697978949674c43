"""Return-exceptions gather, and a source that fails is served from the last body it gave (a cached copy beats a hole), the failure still logged in `errors` only when there is no copy.

BUG: a source that answered once and fails now is put in `results` with yesterday's body, and
its failure is reported nowhere: the module keeps the last good body of every url between calls.
The contract wants one request per url on every call with nothing remembered from an earlier
call, and every url that failed in `errors` with its exception. The first call, and every source that never failed, look perfect.

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

_last_good: dict = {}  # url -> the last body it answered


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, each in zip(urls, outcomes, strict=True):
        if not isinstance(each, Exception):
            _last_good[url] = each
            results[url] = each
            errors.pop(url, None)
        elif url in _last_good:  # stale but useful: the page keeps its panel
            results[url] = _last_good[url]
            errors.pop(url, None)
        else:
            errors[url] = each
            results.pop(url, None)
    return results, errors
