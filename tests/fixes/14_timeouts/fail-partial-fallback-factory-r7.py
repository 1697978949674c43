"""Fix: asyncio.timeout, and the placeholder made by a module-level `functools.partial(dict, FALLBACK)` "a fresh copy every call".

BUG: when the app rebinds FALLBACK to a new dict (`module.FALLBACK = {...}`: a config reload, a
feature flag, a test's monkeypatch.setattr), the call keeps copying the old placeholder, not
"FALLBACK as it is when the deadline passes": the partial holds the dict object FALLBACK named
at import time. Changes made in place on the same dict do show, so a quick
test that mutates FALLBACK passes.

--- The exercise's docstring ---

Lesson 14: timeouts.

The product page asks the catalogue service for an item. Most days it answers in
about 100 ms. The day it hangs (it accepts the connection, then never answers),
this code hangs with it, and every stuck call holds one of the session's connections.
Give the call a deadline, and show the placeholder when the deadline passes.

Public API (the check calls exactly this):

    FALLBACK = {"item": None, "available": False}

    async def fetch_with_fallback(session, url, timeout) -> dict
        GET url and return its JSON body. If the whole call has not completed within
        `timeout` seconds, stop the request and return instead a copy of FALLBACK
        as it is when the deadline passes.
"""

import asyncio
import functools

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down

# A fresh copy of the placeholder on every call.
new_fallback = functools.partial(dict, FALLBACK)


async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    try:
        async with asyncio.timeout(timeout):
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
    except TimeoutError:
        return new_fallback()
