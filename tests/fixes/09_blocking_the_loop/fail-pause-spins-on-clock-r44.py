"""aiohttp for the requests; the pause waits for its deadline in a plain loop on time.monotonic(), with no sleep at all.

BUG: the pause holds the event loop's thread and burns a CPU for its whole length, so the
pauses of a gather run one after another: fetch_all over 3 URLs failing every time, with
RETRY_PAUSES set to (0.2, 0.6), took 2.53 s and 0.70 CPU-s (the solution's: 0.90 s and
0.07 CPU-s), the loop stalled for up to 1,555 ms at a time. The loop's thread is computing,
not waiting in a call, so a check on the time spent waiting sees nothing: the check looks at
the time the thread spent computing during the retries' pauses (437 ms at a time here).

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
        When fetch_json raises for a URL (a 4xx answer, a refused connection, a timeout),
        fetch_all raises that error, alone or in an ExceptionGroup.
"""

import asyncio
import json
import time

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str):
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()
        return json.loads(await response.read())


async def fetch_json(session: aiohttp.ClientSession, url: str):
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        end = time.monotonic() + pause  # no time.sleep: it would block the loop
        while time.monotonic() < end:
            pass
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
