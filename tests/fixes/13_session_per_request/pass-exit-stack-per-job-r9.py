"""A session per job entered on an AsyncExitStack, with its own TCPConnector(limit=10), a semaphore and a TaskGroup.

CORRECT: the job's session (and connector) is closed when the job ends, on success, error or
cancellation; its pool of 10 is its own (not shared with other jobs), and the semaphore keeps the
queue outside aiohttp so the connector's limit never makes a request wait; shutdown() has nothing
to close.

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
import contextlib

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(urls: list[str]) -> list:
    async with contextlib.AsyncExitStack() as stack:
        # A pool of CONCURRENCY connections for this job; the semaphore keeps the queue
        # outside aiohttp (its timeout would count a wait for the connector's limit).
        connector = aiohttp.TCPConnector(limit=CONCURRENCY)
        session = await stack.enter_async_context(aiohttp.ClientSession(connector=connector))
        slots = asyncio.Semaphore(CONCURRENCY)

        async def fetch_one(url: str) -> dict:
            async with slots:
                return await fetch_json(session, url)

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(fetch_one(url)) for url in urls]
        return [task.result() for task in tasks]


async def shutdown() -> None:
    return None  # every job's session is closed when its job ends
