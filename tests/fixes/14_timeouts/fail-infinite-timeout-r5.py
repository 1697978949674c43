"""ClientTimeout(total=timeout, ceil_threshold=timeout + 1) with `timeout <= 0` answered first, a way to tame aiohttp's rounding of the deadline.

BUG: with timeout=math.inf ("no deadline", a legitimate float) aiohttp computes ceil(loop.time() +
inf) because inf >= ceil_threshold (inf + 1 is inf), and the call raises OverflowError: cannot
convert float infinity to integer, against a HEALTHY service that the starter answers in 0.1 s. No
ceil_threshold helps: TimeoutHandle.start uses >=. (It also shares the cancellation race of fail-
clienttimeout-eats-cancel.)

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
    if timeout <= 0:  # ClientTimeout treats 0 (and less) as "no limit": answer a spent budget here
        return dict(FALLBACK)
    # ceil_threshold above the timeout, so aiohttp never rounds the deadline up to a whole second
    deadline = aiohttp.ClientTimeout(total=timeout, ceil_threshold=timeout + 1)
    try:
        async with session.get(url, timeout=deadline) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return dict(FALLBACK)
