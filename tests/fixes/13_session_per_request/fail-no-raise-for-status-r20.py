"""One session per call, each body read with `await response.json()`, raise_for_status() dropped
("json() raises anyway if something is wrong").

BUG: an error status with a JSON body (an API's {"error": ...} on 500 or 404) is returned
as if it were a result; the starter raises ClientResponseError for it. The job returns
{"status": 500} in the results instead of failing.

Verified by verify/13_session_per_request/fail-no-raise-for-status-r20.py: [/items/1, /status/500]: starter raised ClientResponseError 500, attempt returned [{'item': 1}, {'status': 500}].

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


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession() as session:

        async def fetch_one(url: str) -> dict:
            async with slots, session.get(url) as response:
                return await response.json()

        return await asyncio.gather(*(fetch_one(url) for url in urls))


async def shutdown() -> None:
    pass
