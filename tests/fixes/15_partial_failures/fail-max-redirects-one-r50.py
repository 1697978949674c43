"""gather(return_exceptions=True) as the solution, each request with `max_redirects=1`, meant as "at most one redirect", so that no source costs a chain of round trips.

BUG: aiohttp counts the redirect being followed against max_redirects, so 1 refuses the very first
one: a source that redirects (http to https, a moved endpoint, a trailing slash) raises
TooManyRedirects and is reported as an error, where the starter followed the redirect and got its
body: a working source is lost from the page.

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
    async with session.get(url, max_redirects=1) as response:  # one redirect at most, never a chain
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
