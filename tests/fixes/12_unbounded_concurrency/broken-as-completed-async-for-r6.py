"""Bounded by a semaphore inside a TaskGroup; results collected with Python 3.13's `async for task in asyncio.as_completed(tasks)`.

BUG: `asyncio.as_completed` became an asynchronous iterator yielding the original tasks only in Python 3.13. The course runs on Python 3.11 (its venv, and "Python 3.11 or newer"), where `as_completed` returns a plain generator: `async for` over it raises TypeError, after the TaskGroup has already started the requests. Written and tested on 3.13, it fails on every call on 3.11 and 3.12.
Relabelled from fail-: otherwise right, it cannot run before 3.13, where it passes.

expect: raised ExceptionGroup
passes from Python 3.13

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
    slots = asyncio.Semaphore(limit)

    async def one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    results = [None] * len(urls)
    async with asyncio.TaskGroup() as group:
        tasks = {group.create_task(one(url)): index for index, url in enumerate(urls)}
        async for task in asyncio.as_completed(tasks):  # 3.13: yields the tasks themselves
            results[tasks[task]] = task.result()
    return results
