"""Lesson 15 attempt: a module-wide cap of 256 requests in flight, then sorted outcomes.

One `asyncio.Semaphore(256)` at module level guards every request, "so a huge list of urls can never
open thousands of sockets", and gather(return_exceptions=True) sorts each outcome.

BUG: a cap of its own, and state shared between calls. 150 urls all go out at once, but 300 wait in
two waves, and the cap is shared by every concurrent caller: two pages of 150 urls fetched at the
same time (two web requests being served) get only 256 requests in flight between them, so one page
waits on the other's slow sources. The semaphore also binds to the first event loop that has to
wait on it: in a second `asyncio.run` (a test suite, a CLI called twice) any call that hits the cap
raises `RuntimeError: ... is bound to a different event loop` for every url past the cap.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

_IN_FLIGHT = asyncio.Semaphore(256)  # never more sockets than this, whatever the caller sends


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with _IN_FLIGHT, session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    outcome = dict(zip(urls, outcomes))
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    return results, errors
