"""Gives the status line and headers one asyncio.timeout(timeout), then the body another one.

BUG: a service whose headers take most of the budget and whose body then stalls or trickles
keeps the call up to twice `timeout` before the fallback comes: the headers and the body each
get a deadline of their own, not one for the whole call.
It only shows when the headers are slow; against a service that sends its headers at once and
stalls in the body (the notebook's /stall and /trickle defaults) the first phase costs ~0 ms and
the fallback comes on time, and /never or a slow 503 time out in the first phase, also on time.

Original docstring of the exercise:

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


async def fetch_with_fallback(session, url, timeout):
    try:
        async with asyncio.timeout(timeout):  # the status line and headers
            response = await session.get(url)
    except TimeoutError:
        return dict(FALLBACK)
    async with response:
        response.raise_for_status()
        try:
            async with asyncio.timeout(timeout):  # the body
                return await response.json()
        except TimeoutError:
            return dict(FALLBACK)
