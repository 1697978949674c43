"""gather(return_exceptions=True) over the URLs deduplicated case-insensitively (URLs are case-insensitive), each URL given its group's outcome.

BUG: only the scheme and host of a URL are case-insensitive; path and query are not, so
".../items/1?tag=A" and ".../items/1?tag=a", or "/Users/7" and "/users/7", are different
resources: the second is never fetched and gets the first one's body (or error), a wrong answer
filed as a right one.

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


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    first = {}
    for url in urls:
        first.setdefault(url.casefold(), url)
    unique = list(first.values())
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    by_key = dict(zip(first, outcomes, strict=True))
    results, errors = {}, {}
    for url in urls:
        outcome = by_key[url.casefold()]
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
