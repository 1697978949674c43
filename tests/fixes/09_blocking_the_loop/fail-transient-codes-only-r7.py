"""Retries only the "transient" server errors 500, 502, 503 and 504, as many retry libraries do; any other error status raises.

BUG: a 501, 505, 507 or 599 answer now raises ClientResponseError after one attempt, where the
starter (error.code >= 500) tries three times and returns None. The contract retries every 5xx.
A try against /fail (HTTP 500) behaves exactly like the starter.

Lesson 09: blocking the loop.

`fetch_json` was ported from a synchronous script. It reads a URL with urllib and,
when the server fails, waits with time.sleep before trying again. Inside `async def`
both calls hold the event loop: while one request waits, no other task of the app
runs, and `asyncio.gather` in `fetch_all` cannot overlap anything. Make both waits
give the loop back, without changing what the functions return.

Public API (the check calls exactly this):

    async def fetch_json(session, url) -> dict | None
        GET url through the aiohttp `session` and return the JSON body. When the
        server answers with a 5xx status, try again after RETRY_PAUSES[0] seconds,
        then once more after RETRY_PAUSES[1] seconds: three attempts at most.
        Return None when all three fail.

    async def fetch_all(session, urls) -> list[dict | None]
        fetch_json for every URL, all at the same time, results in the order of urls.
"""

import asyncio
import json

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt

RETRYABLE = {500, 502, 503, 504}  # transient server errors


async def read_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    """One attempt: the JSON body, or None when the server failed transiently."""
    async with session.get(url) as response:
        if response.status in RETRYABLE:
            return None
        response.raise_for_status()
        return json.loads(await response.read())


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off before trying again
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
