"""Semaphore + TaskGroup, with asyncio.eager_task_factory installed so tasks start without a trip through the loop.

BUG: asyncio.eager_task_factory exists only since Python 3.12: on the course's minimum, 3.11,
every call raises AttributeError. On 3.12+ the call also changes the caller's event loop for
good: set_task_factory() is never undone, so every task the app creates after fetch_all
returns runs eagerly (a leftover after the call, on the caller's objects).
Relabelled from fail-: broken on 3.11 (no eager_task_factory); from 3.12 it runs, and the
check fails it for the loop's task factory left changed.

expect: raised AttributeError: module 'asyncio' has no attribute 'eager_task_factory'
fails from Python 3.12

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
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)  # faster task start
    slots = asyncio.Semaphore(limit)

    async def one(url: str):
        async with slots:
            return await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(one(url)) for url in urls]
    return [task.result() for task in tasks]
