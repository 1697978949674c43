"""Fix: a semaphore, tasks awaited with `asyncio.wait(FIRST_EXCEPTION)`, an empty list answered at once, the rest cancelled and awaited.

CORRECT: the semaphore is per call and FIFO, so peak = limit and freed slots go to the
next URL; results are read from the tasks in URL order; the first error is raised as
itself after the other tasks are cancelled and awaited; a caller's cancellation goes
through the `finally`, which cancels and awaits every task. The empty list is handled
before asyncio.wait (compare fail-wait-first-exception-empty).

--- The exercise's docstring ---

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
    if not urls:
        return []  # asyncio.wait() refuses an empty set
    slots = asyncio.Semaphore(limit)

    async def one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    tasks = [asyncio.create_task(one(url)) for url in urls]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    finally:  # the first error, or the caller's cancellation: stop the rest and wait for them
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            raise task.exception()
    return [task.result() for task in tasks]
