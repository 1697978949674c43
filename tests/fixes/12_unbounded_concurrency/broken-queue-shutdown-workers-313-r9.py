"""`limit` workers drain an asyncio.Queue that is shut down once filled (Queue.shutdown, QueueShutDown).

BUG: asyncio.Queue.shutdown() and asyncio.QueueShutDown exist only since Python 3.13. On Python
3.11, which the course supports ("Python 3.11 or newer") and whose .venv runs it, every call
raises AttributeError before a single request, an empty list of URLs included.
On 3.13 it is wrong too: it starts `limit` workers whatever the URLs (check 12 on 3.13.0:
"limit=1,000,000 asked for more than 20 tasks" for 3 URLs).

expect: raised AttributeError: 'Queue' object has no attribute 'shutdown'
fails from Python 3.13

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
    todo: asyncio.Queue = asyncio.Queue()
    for index, url in enumerate(urls):
        todo.put_nowait((index, url))
    todo.shutdown()  # no more work will come: workers stop once the queue is drained
    results: list = [None] * len(urls)

    async def worker() -> None:
        while True:
            try:
                index, url = await todo.get()
            except asyncio.QueueShutDown:
                return
            results[index] = await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:
        for _ in range(limit):
            group.create_task(worker())
    return results
