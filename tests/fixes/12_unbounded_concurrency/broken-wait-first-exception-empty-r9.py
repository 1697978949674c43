"""A Semaphore per call, tasks collected with asyncio.wait(FIRST_EXCEPTION), cleaned up in a finally.

BUG: asyncio.wait() raises ValueError("Set of Tasks/Futures is empty.") when given no tasks, so
fetch_all(session, [], limit) raises instead of returning [] as the starter's gather does. A job
whose list of URLs happens to be empty (nothing new tonight) crashes. Everything else is right:
peak = limit, errors at once, cancellation cleaned up.
Relabelled from fail-: it raises on valid input, and the message names it (fetch_all(session,
[], 1), for which the starter returns []).

expect: raised ValueError: Set of Tasks/Futures is empty.

Lesson 12: unbounded concurrency.

A job fetches many items from an API. This version starts every request at once:
with a thousand URLs, a thousand requests are sent together, as many as the
session's connector lets through (100 for a default aiohttp session, every one
with limit=0), however many the API can take. Keep at most `limit` requests in
flight at any moment, use all `limit` of them, and keep the results in order.

Public API (the check calls exactly this):

    async def fetch_all(session, urls, limit) -> list
        GET every URL in `urls` through `session` (an aiohttp.ClientSession) and
        return the JSON bodies in the order of `urls`, with never more than
        `limit` requests in flight at once.
"""
import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str], limit: int) -> list:
    slots = asyncio.Semaphore(limit)

    async def fetch_one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    tasks = [asyncio.create_task(fetch_one(url)) for url in urls]
    try:
        # Wake up at the first error, not when the whole job is done.
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:  # on an error or a cancellation: stop the rest, and wait until it has stopped
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    errors = [task.exception() for task in tasks if not task.cancelled()]
    for error in errors:
        if error is not None:
            raise error
    return [task.result() for task in tasks]
