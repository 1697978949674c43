"""asyncio.timeout on the whole call, and inside it a retry (50 ms apart) when the server drops the connection, the classic keep-alive race, for as long as the budget allows.

BUG: a service that closes every connection without answering (crashing, restarting, an
overloaded proxy resetting) is retried every 50 ms until the deadline, and the caller gets the
placeholder instead of the ServerDisconnectedError the starter raised at once: the error is
hidden and the sick service hammered. That breaks "Errors that come back sooner ... are raised". The retries stay inside the one deadline, so the whole call is never overrun, and
404, 503, 504, refused and the session's own timeout are raised as before (ClientOSError is not
retried, so a refused connect is not either). Verification
(verify/14_timeouts/fail-retry-disconnect-r14.py): a server that accepts, reads the request and
closes, timeout 0.6: reference shape raises ServerDisconnectedError after 0.00 s, 2
connections (aiohttp's own single retry); this attempt returns the fallback after 0.60 s, having
opened 20 connections.

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
RETRY_PAUSE = 0.05


async def _get_json(session: aiohttp.ClientSession, url: str) -> dict:
    while True:
        try:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()
        except aiohttp.ServerDisconnectedError:
            await asyncio.sleep(RETRY_PAUSE)  # a dropped keep-alive connection: try again


async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    deadline = asyncio.timeout(timeout)
    try:
        async with deadline:  # the retries share this one deadline
            return await _get_json(session, url)
    except TimeoutError:
        if not deadline.expired():
            raise
        return dict(FALLBACK)
