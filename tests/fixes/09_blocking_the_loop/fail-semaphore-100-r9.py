"""fetch_all runs at most 100 fetches at once, aiohttp's default connection limit.

BUG: a caller whose session allows more than 100 connections (TCPConnector(limit=0) or
limit=500) gets at most 100 requests at once, where the contract says "all at the same time" and
the lesson says the caller's session sets the limit: fetch_all puts a limit of its own (100,
aiohttp's default connector limit) on the fetches in flight. With the lesson's sizes (4, 12, 100)
nothing changes.

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


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off, and let the loop run meanwhile
    return await read_json(session, url)


MAX_IN_FLIGHT = 100  # aiohttp's default connector limit: more would only queue in the pool


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    gate = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def one(url):
        async with gate:
            return await fetch_json(session, url)

    return await asyncio.gather(*(one(url) for url in urls))
