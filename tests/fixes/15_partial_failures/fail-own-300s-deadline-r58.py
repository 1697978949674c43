"""Lesson 15 attempt: gather with return_exceptions, plus a 300 s safety deadline per request.

Each request gets `asyncio.timeout(300)`, aiohttp's own default total, "so a hung source can never
hold the page forever", and the outcomes are sorted into `results` and `errors`.

BUG: a deadline of its own, which overrides the caller's. A caller that made its session with
`ClientTimeout(total=None)` or `total=900` for a slow report source still gets a TimeoutError in
`errors` after 300 s, the body thrown away although the source was about to answer and the caller
had chosen to wait. It only shows for sources slower than five minutes, so a test with a two-minute
slow source passes.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

SAFETY_DEADLINE = 300.0  # seconds: aiohttp's default total, never wait longer than that


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with asyncio.timeout(SAFETY_DEADLINE):
        async with session.get(url) as response:
            response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
            return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(urls, outcomes):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    for url in results.keys() & errors.keys():  # a url listed twice: one outcome decides
        del errors[url]
    return results, errors
