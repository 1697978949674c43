"""asyncio.timeout on the whole request; the fallback is built as {**DEFAULTS, **FALLBACK} so the page template always finds its "item" and "available" keys.

BUG: when the app changes its placeholder and leaves a key out on purpose (drops "available" for
a "reason", say), the old key comes back from the defaults in the fallback, and the page gets a
placeholder the app no longer has. That breaks "return instead a copy of FALLBACK as it is when
the deadline passes".
Any FALLBACK that keeps both keys (as shipped, or with values changed or keys added) is copied
exactly. Verification (verify/14_timeouts/fail-merge-defaults-r14.py), /never with timeout 0.3:
FALLBACK replaced by {"item": None, "reason": "maintenance"}: reference shape returns exactly
that after 0.33 s; this attempt returns {'item': None, 'available': False, 'reason':
'maintenance'}.

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
        as it is when the deadline passes. Errors that come back sooner (a timeout
        of the session's own among them) are raised.
"""

import asyncio

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down
_DEFAULTS = {"item": None, "available": False}  # the keys the page template needs


async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    deadline = asyncio.timeout(timeout)
    try:
        async with deadline, session.get(url) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        if not deadline.expired():
            raise
        return {**_DEFAULTS, **FALLBACK}  # a fresh dict, never missing a key
