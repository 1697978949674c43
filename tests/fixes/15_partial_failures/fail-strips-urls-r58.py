"""Lesson 15 attempt: urls cleaned (whitespace stripped) and deduplicated, each source asked once.

The urls are stripped and deduplicated first ("each source is asked once per call", and a url read
from a config file with a trailing newline is the same source), then fetched together and sorted.

BUG: the keys are no longer the caller's urls. A url with a stray space or newline (read from a
file, an env var, a form) is fetched fine (aiohttp strips it too) but lands in `results` or
`errors` under the stripped string, so the caller's `results[url]` / `url in errors` finds it in
neither: the panel shows as missing with no error to report, and "every url lands in exactly one of
the two" is false for exactly the urls the caller gave.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    sources = list(dict.fromkeys(url.strip() for url in urls))  # one request per source
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in sources),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(sources, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
