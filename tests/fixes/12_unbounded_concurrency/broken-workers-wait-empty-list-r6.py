"""`limit` workers taking (index, url) pairs from a shared iterator, watched with `asyncio.wait(FIRST_EXCEPTION)`, the rest cancelled in a finally.

BUG: For an empty `urls` there are min(limit, 0) = 0 workers, and `asyncio.wait` refuses an empty set: ValueError('Set of Tasks/Futures is empty.'), where the starter (gather of nothing) returns []. A job with nothing to fetch today (an empty page, a filter that matched nothing) crashes. Every non-empty list is right.
The check reports it as raised (ExerciseBroken), naming the input (the empty list); relabelled from fail-.

expect: The input: fetch_all(session, [],

Lesson 12: unbounded concurrency.

A job fetches many items from an API. This version starts every request at once:
with a thousand URLs, a thousand requests (and up to a thousand connections) hit
the API together, however many it can take. Keep at most `limit` requests in
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
    results = [None] * len(urls)
    pairs = enumerate(urls)

    async def worker() -> None:
        for index, url in pairs:
            results[index] = await fetch_json(session, url)

    workers = [asyncio.create_task(worker()) for _ in range(min(limit, len(urls)))]
    try:
        done, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if task.exception() is not None:
                raise task.exception()
    finally:
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return results
