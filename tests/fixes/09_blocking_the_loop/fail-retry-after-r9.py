"""Backs off with asyncio.sleep, honouring a 5xx answer's Retry-After header when it sends one.

BUG: on a 5xx that sends a Retry-After header it waits what the header says instead of
RETRY_PAUSES (the contract's retry policy: RETRY_PAUSES[0] then RETRY_PAUSES[1] seconds). A
server asking for 120 s would hold the call for four minutes; a 503 from a load balancer often
carries one.

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


async def read_json(session: aiohttp.ClientSession, url: str):
    """One attempt: (JSON body, None), or (None, Retry-After seconds or None) on a 5xx."""
    async with session.get(url) as response:
        if response.status >= 500:
            retry_after = response.headers.get("Retry-After", "")
            return None, float(retry_after) if retry_after.isdigit() else None
        response.raise_for_status()  # 4xx: raise at once
        return json.loads(await response.read()), None


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body, asked = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(asked if asked is not None else pause)  # the server knows best
    return (await read_json(session, url))[0]


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
