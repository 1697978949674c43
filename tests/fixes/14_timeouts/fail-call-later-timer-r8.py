"""A hand-made deadline, meant to be portable to Python 3.10 (it is not: task.uncancel() is
3.11+): loop.call_later cancels the calling task at the deadline, and that cancellation becomes the fallback.

BUG: when the request fails in time (a 404, a 503, a refused connection), the error is raised as
it should be, and then, at the deadline, the caller's task gets a CancelledError from nowhere
while it is doing something else entirely (rendering, the next request): the timer is cancelled
only when the request succeeds, so it stays armed and cancels the caller's task.

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

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}  # what the page shows when the service is down



async def fetch_with_fallback(session: aiohttp.ClientSession, url: str, timeout: float) -> dict:
    task = asyncio.current_task()
    expired = False

    def on_deadline() -> None:
        nonlocal expired
        expired = True
        task.cancel()

    timer = asyncio.get_running_loop().call_later(max(timeout, 0), on_deadline)
    try:
        async with session.get(url) as response:
            response.raise_for_status()
            body = await response.json()
    except asyncio.CancelledError:
        if expired and task.uncancel() == 0:  # our own deadline, not the caller's cancellation
            return dict(FALLBACK)
        raise
    timer.cancel()
    return body
