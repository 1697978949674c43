"""gather(return_exceptions=True) as the solution, with allow_redirects=False on each request to save the extra round trip of a redirect.

BUG: a source that redirects (http to https, a moved endpoint, a trailing slash) answers 301/302
with no JSON; raise_for_status does not raise for 3xx, so response.json() fails and the source is
reported as an error, where the starter followed the redirect and got its body: a working
source is lost from the page.

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
    async with session.get(url, allow_redirects=False) as response:  # one round trip, never two
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    unique = list(dict.fromkeys(urls))
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(unique, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
