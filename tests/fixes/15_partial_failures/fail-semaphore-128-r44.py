"""gather(return_exceptions=True) with a Semaphore(128) around each request: kind to the sources, and above aiohttp's own pool of 100.

BUG: a page with more than 128 sources waits in rounds: with 150 urls of 300 ms through a session
whose pool has no limit, the server never has more than 128 in flight and the page takes about
1.2 s instead of about 0.8 s, where the contract says "GET every url of `urls` at the same
time". The check used to accept any peak over 120 of 150, so a cap between 121 and 149 passed.
Verified outside the check: the reference reached a peak of 150 in 0.82 s, this version 128 in
1.22 s.
"""
import asyncio

import aiohttp

__all__ = ["fetch_all"]

LIMIT = asyncio.Semaphore(128)  # be kind to the sources: at most 128 requests at once


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with LIMIT, session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    unique = list(dict.fromkeys(urls))  # a url listed twice is fetched once: one outcome
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(unique, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
