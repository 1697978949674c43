"""aiohttp retry loop that tests the body with `if body := await read_json(...)` instead of `is not None`.

BUG: a URL whose JSON body is falsy ({}, [], 0, "", false) is requested three times, with 0.15
+ 0.3 s of pauses, before its (valid) body is returned on the third try: such a body is taken
for a failure. Results stay right, so only counting requests shows it; each such answer costs 3
requests and 0.45 s more.

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
        if body := await read_json(session, url):
            return body
        await asyncio.sleep(pause)
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))

