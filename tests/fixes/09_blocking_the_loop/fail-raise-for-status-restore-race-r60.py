"""Turns the caller's session raise_for_status off around each request, then puts it back.

BUG: the flag is saved and restored on the caller's shared session, so two overlapping calls
race: the second saves the False set by the first, and restores it last. After fetch_all (or
two concurrent fetch_json) on a session made with raise_for_status=True, the caller's
session no longer raises for a 4xx/5xx on any later request of the app, and during the calls
the app's own requests on that session do not raise either. The starter never touches the
session.
"""

import asyncio
import json

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    saved = session._raise_for_status
    session._raise_for_status = False  # a 5xx must come back as a status, not an exception
    try:
        async with session.get(url) as response:
            if response.status >= 500:
                return None
            response.raise_for_status()  # a 4xx raises, as urllib's HTTPError did
            return json.loads(await response.read())
    finally:
        session._raise_for_status = saved


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off without holding the loop
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
