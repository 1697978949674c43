"""One session per job; the tasks are collected with Python's async-for over asyncio.as_completed, which yields the tasks themselves, and sorted back into order.

BUG: `async for` over asyncio.as_completed() and getting the original tasks back are new in
Python 3.13. On Python 3.11 and 3.12 as_completed() returns a plain generator: every job,
even an empty one, raises TypeError ("'async for' requires an object with __aiter__ method")
instead of returning results (its finally block cancels the requests it started). On 3.13 it
is correct, so a learner on a newer Python sees it work.
Relabelled from fail-: otherwise right, it cannot run before 3.13, where it passes.

expect: 'async for' requires an object with __aiter__ method
passes from Python 3.13

Lesson 13: a session per request.

The job fetches a list of URLs, 10 at a time. Every request creates a new
aiohttp.ClientSession, and with it a new connection pool: each request opens a
fresh TCP connection (against a real HTTPS API, a fresh TLS handshake too), uses
it once and closes it. Share one session, so that the requests reuse a few
kept-alive connections, and close it when the work is done.

Public API (the check calls exactly this):

    async def fetch_all(urls) -> list
        GET every URL in `urls`, at most CONCURRENCY (10) at once, and return the
        JSON bodies in the order of `urls`.

    async def shutdown() -> None
        Called once when the app stops, after its last fetch_all: close whatever
        fetch_all keeps open between calls (nothing, in this version).
"""


import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:

        async def fetch_one(url: str) -> dict:
            async with slots:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        tasks = {asyncio.ensure_future(fetch_one(url)): index for index, url in enumerate(urls)}
        results: list = [None] * len(urls)
        try:
            async for task in asyncio.as_completed(tasks):  # yields the original tasks
                results[tasks[task]] = task.result()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return results


async def shutdown() -> None:
    pass
