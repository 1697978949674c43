"""Lesson 14: timeouts (reference solution).

A deadline on the whole request: aiohttp gives up after `timeout` seconds, closes
the connection (so the service stops working for nobody) and raises TimeoutError,
which becomes the placeholder.

Public API (the check calls exactly this):

    FALLBACK = {"item": None, "available": False}

    async def fetch_with_fallback(session, url, timeout) -> dict
        GET url and return its JSON body. If the whole call has not completed within
        `timeout` seconds, stop the request and return a copy of FALLBACK instead.
"""

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down


# It takes `timeout` because it owns the fallback (ruff ASYNC109 would leave the deadline to callers).
async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:  # noqa: ASYNC109
    deadline = aiohttp.ClientTimeout(total=timeout)  # connect + send + wait + read, all of it
    try:
        async with session.get(url, timeout=deadline) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return dict(FALLBACK)
