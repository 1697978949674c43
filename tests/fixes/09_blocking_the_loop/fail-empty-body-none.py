"""A sentinel tells a failed attempt from the body, and the body is read with response.json(content_type=None).

BUG: an empty 200 body comes back as None after one request, which tells the caller "the server
failed three times" for an answer that came at once, where the starter raises JSONDecodeError:
aiohttp's json() is not json.load, and for an empty body it returns None instead of raising.
"""

import asyncio

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt
FAILED = object()  # one attempt met a 5xx answer


async def read_json(session: aiohttp.ClientSession, url: str):
    """One attempt: the JSON body, or FAILED when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return FAILED
        response.raise_for_status()
        return await response.json(content_type=None)


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not FAILED:
            return body
        await asyncio.sleep(pause)
    body = await read_json(session, url)
    return None if body is FAILED else body


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_json(session, url)) for url in urls]
    return [task.result() for task in tasks]
