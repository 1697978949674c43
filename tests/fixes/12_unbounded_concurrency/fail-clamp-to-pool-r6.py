"""A semaphore of `limit`, clamped to the session's own connection pool ("a semaphore above the pool changes nothing").

BUG: on a session whose connector has no cap (`TCPConnector(limit=0)`, which the notebook itself uses) the call hangs for ever: a connector limit of 0 means NO limit, min(limit, 0) makes Semaphore(0), and every request waits for a slot forever. The notebook's advice, that a semaphore above aiohttp's pool is useless, was turned into `min(limit, session.connector.limit)`. With the default session (limit 100) and limit <= 100 everything is right.

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
    # More slots than the pool has connections would only queue inside aiohttp.
    slots = asyncio.Semaphore(min(limit, session.connector.limit))

    async def one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(url)) for url in urls]
    return [task.result() for task in tasks]
