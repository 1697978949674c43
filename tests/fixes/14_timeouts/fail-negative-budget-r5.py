"""ClientTimeout(total=timeout, ceil_threshold above it), with `if not timeout:` answering a spent budget of 0 itself.

BUG: a negative timeout (a budget already overrun) means no limit at all, so against a hung
service the call waits for ever: aiohttp's TimeoutHandle only arms a deadline when total > 0, so
a NEGATIVE timeout (a budget
already overrun, the `left = deadline - loop.time()` of the notebook's page budget, which is
negative as soon as the page is late) means no limit at all; `if not timeout` only catches exactly
0 / 0.0. Against a hung service the call waits for the service (forever). Timeouts of 0, 0.3, 0.6
and 5.27 s behave correctly.

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
    if not timeout:  # ClientTimeout(total=0) means "no limit": a spent budget gets the fallback now
        return dict(FALLBACK)
    deadline = aiohttp.ClientTimeout(total=timeout, ceil_threshold=max(timeout, 5) + 1)
    try:
        async with session.get(url, timeout=deadline) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return dict(FALLBACK)
