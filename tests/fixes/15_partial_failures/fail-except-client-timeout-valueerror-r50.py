"""Each request in a wrapper that files aiohttp.ClientError, TimeoutError and ValueError (every JSON and decoding error) under errors; the wrappers are gathered.

BUG: a body nested deep enough (about 1,000 levels of [ or { on Python 3.11, about 10,000 on
3.13: a few KB to a few tens of KB from a buggy or hostile service) makes json.loads raise
RecursionError, which is not a
ValueError: it escapes the wrapper and gather, and the page loses every other source again,
the starter's failure.

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

FAILURES = (aiohttp.ClientError, TimeoutError, ValueError)  # network, status, slow, not JSON


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    results, errors = {}, {}

    async def one(url: str) -> None:
        try:
            results[url] = await fetch_json(session, url)
        except FAILURES as exc:
            errors[url] = exc

    await asyncio.gather(*(one(url) for url in dict.fromkeys(urls)))
    return results, errors
