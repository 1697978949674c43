"""The whole call under `asyncio.timeout(timeout)`; the copy of FALLBACK is made before the request, so that the timeout path has nothing left to do.

BUG: an app that changes its placeholder while calls are waiting (a feature flag, a translated
text, a new field rolled out) still gets the old one from every call that was in flight at that
moment, up to `timeout` seconds of stale fallbacks: the copy is a snapshot of FALLBACK as it was
when the call STARTED, not when the deadline passes. Fresh copy, right timing, nothing left
running: only the content is wrong.

Lesson 14: timeouts.

The product page asks the catalogue service for an item. Most days it answers in
about 100 ms. The day it hangs (it accepts the connection, then never answers),
this code hangs with it, and every stuck call holds one of the session's connections.
Give the call a deadline, and show the placeholder when the deadline passes.

Public API (the check calls exactly this):

    FALLBACK = {"item": None, "available": False}

    async def fetch_with_fallback(session, url, timeout) -> dict
        GET url and return its JSON body. If the whole call has not completed within
        `timeout` seconds, stop the request and return a copy of FALLBACK instead.
"""

import asyncio

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down


async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    fallback = dict(FALLBACK)  # ready before we start: the timeout path must be instant
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
    except TimeoutError:
        return fallback
