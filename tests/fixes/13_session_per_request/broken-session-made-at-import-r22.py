"""One module-level session, created at import: `_session = aiohttp.ClientSession()`, closed in shutdown().

BUG: the session is created outside any event loop, at import time. With the installed
aiohttp 3.14.5, ClientSession() calls asyncio.get_running_loop() and raises
"RuntimeError: no running event loop": the module cannot even be imported by an app that
imports it before asyncio.run (older aiohttp releases only warned and bound the session to
the loop get_event_loop() returned at import, not to the loop the app later runs).
Examiner round 22: it passed while the check process imported the file inside its own
running loop; the file is now imported before any loop runs, as an app imports it.
Verified by verify/13_session_per_request/v13.py: importing the file raises RuntimeError: no
running event loop (aiohttp 3.14.5, Python 3.11); the starter imports and its
asyncio.run(fetch_all([...])) returns [{'item': 1}].
expect: raised RuntimeError: no running event loop

Lesson 13: a session per request.

The job fetches a list of URLs, 10 at a time. Every request creates a new
aiohttp.ClientSession, and with it a new connection pool: each request opens a
fresh TCP connection (against a real HTTPS API, a fresh TLS handshake too), uses
it once and closes it. Share one session, so that the requests reuse a few
kept-alive connections, and close it when the work is done.

Public API (the check calls exactly this):

    async def fetch_all(urls) -> list
        GET every URL in `urls`, at most CONCURRENCY (10) at once within each call,
        and return the JSON bodies in the order of `urls` (each position its own
        object, down to the lists and dicts inside it; a URL listed twice, exactly
        as written, may be fetched once).

    async def shutdown() -> None
        Called once when the app stops, after its last fetch_all: close whatever
        fetch_all keeps open between calls (nothing, in this version). The app runs
        on one event loop from its first fetch_all to shutdown().
"""

import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


_session = aiohttp.ClientSession()


async def fetch_json(url: str) -> dict:
    async with _session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)

    async def fetch_one(url: str) -> dict:
        async with slots:
            return await fetch_json(url)

    return await asyncio.gather(*(fetch_one(url) for url in urls))


async def shutdown() -> None:
    await _session.close()
