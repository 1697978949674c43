"""Awaits aiohttp and asyncio.sleep, with a little jitter added to each retry pause.

BUG: each pause is RETRY_PAUSES[i] times a random factor between 1.0 and 1.1, so the waits
are up to 10% longer than the policy says (0.3 s becomes up to 0.33 s, 60 s up to 66 s) and
differ from run to run; it also draws from the process's global random generator, shifting
every seeded random sequence of the app. The starter waits exactly RETRY_PAUSES.
"""

import asyncio
import json
import random

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url, raise_for_status=False) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()  # a 4xx raises, as urllib's HTTPError did
        return json.loads(await response.read())  # json finds the encoding in the bytes


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause * random.uniform(1.0, 1.1))  # jitter: no retry stampede
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
