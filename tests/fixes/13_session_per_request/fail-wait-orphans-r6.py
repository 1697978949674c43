"""One session per fetch_all call (async with); requests run as tasks and `asyncio.wait` lets them all finish before the session closes.

BUG: a job cancelled while its requests hang leaves its tasks running against a session it then closes, and their errors are logged as never retrieved: `asyncio.wait` does not cancel its tasks when the call waiting on it is cancelled. The `async with` closes the session under them, so each one ends later with an error that nobody retrieves ("Task exception was never retrieved"), and tasks not yet at the semaphore go on to call a closed session. On errors and on success it is fine.
(The examiner's file also called `asyncio.wait` on an empty set for an empty list of URLs: ValueError; guarded here with `if tasks:` so that the cancellation is what fails.)

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
    async with aiohttp.ClientSession() as session:

        async def fetch_one(url: str) -> dict:
            async with slots:
                async with session.get(url) as response:
                    response.raise_for_status()
                    return await response.json()

        tasks = [asyncio.create_task(fetch_one(url)) for url in urls]
        if tasks:
            await asyncio.wait(tasks)  # let every request finish before the session closes
        return [task.result() for task in tasks]  # raises the first failure, in url order


async def shutdown() -> None:
    pass  # every job closes its own session
