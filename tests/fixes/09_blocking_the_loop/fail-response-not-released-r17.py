"""`response = await session.get(url)` without `async with`: a 5xx answer is dropped unread.

BUG: a 5xx whose body is large or still arriving (a stalled or trickling error page) keeps its
connection open after fetch_json has returned, for as long as the response object lives, and
every retry opens another one: read_json awaits session.get() directly and returns None as soon
as it sees a 5xx, without reading or releasing the response. aiohttp gives a connection back by
itself only once the whole body has arrived, so a short error page is released anyway (and a
quick test passes). `async with` (or response.release()) would close them.

Verified: scratch/conn09b.py: fetch_all over 4 URLs of slow_api's
/stall/{n}?status=503 (headers, then half the body, then nothing) returned [None]*4 after 12
requests, and 0.3 s later the server still had 12 connections open (pass files and the starter:
0). scratch/conn09.py: with short 500 bodies no difference (5 connections reused), which is why it
hides.

--- The exercise's contract ---

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

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    response = await session.get(url)
    if response.status >= 500:
        return None
    response.raise_for_status()
    return json.loads(await response.read())


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off, and let the other tasks run meanwhile
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
