"""`limit` worker tasks in a TaskGroup, pulling (index, url) pairs from a queue until it is empty.

BUG: a caller that passes a large limit to mean "no real cap" (limit=len(all_ids) of a big
table, sys.maxsize) pays one task per unit of limit (limit=200,000 for 3 URLs takes seconds and
hundreds of MB; sys.maxsize never returns): the job starts `limit` workers whatever the number
of URLs, so its cost grows with `limit`, a number the notebook never pushes past 120, where the
contract says "`limit` is at least 1 and may exceed len(urls)". Verification
(verify/12_unbounded_concurrency/fail-workers-per-limit-r12.py): 3 URLs, limit=200,000: starter
0.12 s and 0 MB traced; this attempt 15.5 s (under tracemalloc) and 200 MB allocated at peak,
same results. With limit<=120 it is indistinguishable from a good fix.

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
        `limit` requests in flight at once (`limit` is at least 1 and may
        exceed len(urls)).
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str], limit: int) -> list:
    results: list = [None] * len(urls)
    queue: asyncio.Queue = asyncio.Queue()
    for item in enumerate(urls):
        queue.put_nowait(item)

    async def worker() -> None:
        while True:
            try:
                index, url = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            results[index] = await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:  # a failure cancels the other workers
        for _ in range(limit):
            group.create_task(worker())
    return results
