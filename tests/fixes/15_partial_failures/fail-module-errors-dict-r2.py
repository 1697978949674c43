"""gather(return_exceptions=True), sorted; failures also go to a module-level LAST_ERRORS (for a health page), which is what is returned.

BUG: failures from earlier calls, even for URLs this call never asked for, show up in this call's
    errors, so a url can sit in errors without being in urls. It returns a module-level LAST_ERRORS
    dict (kept 'for a health page') as `errors`: every call returns the same dict object, and later
    calls mutate what earlier callers hold.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

LAST_ERRORS: dict[str, BaseException] = {}  # what failed recently: read by the /health page


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results = {}
    for url, outcome in zip(urls, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            LAST_ERRORS[url] = outcome
        else:
            results[url] = outcome
            LAST_ERRORS.pop(url, None)  # it recovered
    return results, LAST_ERRORS
