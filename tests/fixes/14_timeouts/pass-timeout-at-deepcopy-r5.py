"""asyncio.timeout_at on an absolute loop deadline, its own expiry checked, and a deep copy of FALLBACK.

CORRECT: timeout_at(loop.time() + timeout) is asyncio.timeout spelled as an absolute deadline
(exact, works for 0, negative and inf); a TimeoutError that is not this deadline's is re-raised;
copy.deepcopy gives a fresh fallback that shares nothing with FALLBACK even if the placeholder is
configured with nested values, and FALLBACK is read at call time.

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
import copy

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down


async def fetch_with_fallback(session, url, timeout):
    loop = asyncio.get_running_loop()
    deadline = asyncio.timeout_at(loop.time() + timeout)  # an absolute deadline on the loop's clock
    try:
        async with deadline:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
    except TimeoutError:
        if not deadline.expired():  # a TimeoutError that is not ours came back in time: raise it
            raise
    return copy.deepcopy(FALLBACK)
