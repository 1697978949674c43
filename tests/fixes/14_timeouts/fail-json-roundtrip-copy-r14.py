"""asyncio.timeout on the whole request; the fallback is a deep copy of FALLBACK made by a JSON round trip.

BUG: an app that puts a datetime or a Decimal in its placeholder ("checked_at", a default price)
gets a TypeError at the deadline instead of the page's placeholder (the hung service now crashes
the page), and tuples come back as lists and integer keys as strings: the JSON round trip is a
copy only for JSON-shaped values. That breaks "return instead a copy of FALLBACK as it is when
the deadline passes". FALLBACK as shipped, and any JSON-like change to it, copies fine.
Verification (verify/14_timeouts/fail-json-roundtrip-copy-r14.py), /never with timeout 0.3,
compared with the notebook's reference shape (asyncio.timeout + dict(FALLBACK)): FALLBACK with
"checked_at": datetime(...): reference returns it after 0.30 s, this attempt raises TypeError
after 0.30 s; FALLBACK {"item": None, "available": False, "sizes": (1, 2), 7: "x"}: reference
returns it unchanged, this attempt returns {"sizes": [1, 2], "7": "x", ...}.

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
import json

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down


def _fresh_fallback() -> dict:
    return json.loads(json.dumps(FALLBACK))  # a deep copy: nothing shared with FALLBACK


async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    deadline = asyncio.timeout(timeout)
    try:
        async with deadline, session.get(url) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        if not deadline.expired():  # the session's own timeout: an error, not the fallback
            raise
        return _fresh_fallback()
