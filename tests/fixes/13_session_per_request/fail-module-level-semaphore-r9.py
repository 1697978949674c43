"""One shared session, closed in shutdown(), and one module-level Semaphore(10) for every job.

BUG: a job whose 10 requests hang (a stuck partner) holds every slot, and any other job, even
one URL against a healthy server, waits behind it until those requests time out (5 minutes by
default): the 10 slots are shared by all jobs of the app, not given to each fetch_all call. The
starter's jobs are independent. (The Semaphore is also created at import, outside any loop.)

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

_session: aiohttp.ClientSession | None = None
_slots = asyncio.Semaphore(CONCURRENCY)  # one pool of 10 slots, like the one pool of connections


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with _slots:
        async with session.get(url) as response:
            response.raise_for_status()
            return await response.json()


async def fetch_all(urls: list[str]) -> list:
    global _session
    if _session is None or _session.closed:
        _session = aiohttp.ClientSession()
    session = _session
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_json(session, url)) for url in urls]
    return [task.result() for task in tasks]


async def shutdown() -> None:
    global _session
    session, _session = _session, None
    if session is not None:
        await session.close()
