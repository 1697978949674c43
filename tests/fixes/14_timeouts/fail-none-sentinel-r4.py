"""Starts with body = None, fills it inside asyncio.timeout, and returns FALLBACK when body is still None.

BUG: a service that answers JSON `null` (no such item, nothing to show) or an empty body, which
response.json() reads as None, gets the "service down" placeholder, in time, where the starter
returns None, so the page tells the user it is unavailable: None is also a legitimate answer. Any other answer,
and every timeout, is right.

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
    body = None  # stays None when the deadline passes
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url) as response:
                response.raise_for_status()
                body = await response.json()
    except TimeoutError:
        pass
    return body if body is not None else dict(FALLBACK)
