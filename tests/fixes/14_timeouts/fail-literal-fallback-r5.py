"""Returns a fresh literal {'item': None, 'available': False} on timeout instead of copying FALLBACK.

BUG: an app that configures its placeholder at start-up (FALLBACK['item'] = {...}, or rebinding
module.FALLBACK to a dict with more keys) still gets the hard-coded value at the deadline: the
fallback is no longer 'a copy of FALLBACK', and equals it only as long as nobody changes the
module's placeholder. Fresh object, right value for the default FALLBACK, so every test with the
untouched constant passes.

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
        async with asyncio.timeout(timeout) as cm:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
    except TimeoutError:
        if not cm.expired():
            raise
        return {"item": None, "available": False}  # a new dict every time, never the shared one
