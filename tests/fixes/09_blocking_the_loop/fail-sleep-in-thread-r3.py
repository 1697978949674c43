"""aiohttp for the requests; the pause runs as `await asyncio.to_thread(time.sleep, pause)`.

BUG: when more URLs pause at once than the loop's default executor has threads (min(32, CPUs
+ 4), 6 on a 2-CPU machine), pauses queue and last longer than RETRY_PAUSES, and every other
to_thread user of the app (file reads, DNS) waits behind them: each pause holds one of those
threads. The loop itself is free. A cancelled fetch returns at once but
its thread keeps sleeping out the pause. Shows only with more failing URLs than pool
threads.

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
import time

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()
        return await response.json()


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.to_thread(time.sleep, pause)  # the pause off the loop's thread
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))

