"""Pauses by waiting on a module-level shutdown Event with a timeout, so that a shutdown can cut the back-off short.

BUG: every event loop after the first one to pause (a second asyncio.run, a test's fresh loop,
a worker thread's loop) gets RuntimeError "... is bound to a different event loop" at the first
5xx: the pause waits on a module-level asyncio.Event (so a shutdown could cut it short), and an
asyncio primitive binds to the first event loop that waits on it. State kept between calls: "tried afresh by the next
call" fails across loops.

Lesson 09: blocking the loop.

`fetch_json` was ported from a synchronous script. It reads a URL with urllib and,
when the server fails, waits with time.sleep before trying again. Inside `async def`
both calls hold the event loop: while one request waits, no other task of the app
runs, and `asyncio.gather` in `fetch_all` cannot overlap anything. Make both waits
give the loop back, without changing what the functions return.

Public API (the check calls exactly this):

    async def fetch_json(session, url)
        GET url through the aiohttp `session` and return the JSON body, whatever
        JSON value it holds (an object, a list, a number, a string...). When the
        server answers with a 5xx status, try again after RETRY_PAUSES[0] seconds,
        then once more after RETRY_PAUSES[1] seconds: three attempts at most.
        Return None when all three fail.

    async def fetch_all(session, urls) -> list
        fetch_json for every URL, all at the same time, results in the order of urls.
"""

import asyncio
import json

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()  # 4xx: raise at once
        return json.loads(await response.read())  # bytes: json detects the encoding, as json.load did


SHUTTING_DOWN = asyncio.Event()  # set it at shutdown: pending back-offs end at once


async def pause_for(seconds: float) -> None:
    try:
        await asyncio.wait_for(SHUTTING_DOWN.wait(), timeout=seconds)
    except TimeoutError:
        pass  # the normal case: the pause is over


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None or SHUTTING_DOWN.is_set():
            return body
        await pause_for(pause)  # back off, and let the loop run meanwhile
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
