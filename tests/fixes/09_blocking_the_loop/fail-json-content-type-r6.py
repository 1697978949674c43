"""aiohttp read, asyncio.sleep pauses, but the body decoded with `await response.json()` (its default content-type check).

BUG: response.json() refuses a body whose Content-Type is not application/json (raises
aiohttp.ContentTypeError, a ClientResponseError) even with status 200; the starter's
json.load(response) decodes any body. An upstream that sends JSON as text/plain or text/html
(common behind proxies and old servers) now makes fetch_json, and the whole fetch_all gather,
raise where the starter returned the body. Needs `content_type=None` or json.loads(read()).

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


async def read_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()
        return await response.json()  # aiohttp decodes the JSON body itself


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off without holding the loop
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
