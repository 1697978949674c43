"""Awaits aiohttp and asyncio.sleep; a server that already failed and then refuses counts as failed.

BUG: once a URL has answered 5xx, a connection error on a later attempt (refused, reset,
disconnected) is taken as one more failed attempt, so fetch_json returns None (or the body
of a later attempt) where the contract and the starter raise that error: a server that
answers 500 and then goes down makes fetch_all return None for it instead of raising the
ClientConnectorError/URLError.
"""

import asyncio
import json

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


async def _attempt(session: aiohttp.ClientSession, url: str, failed_before: bool) -> object:
    try:
        return await read_json(session, url)
    except aiohttp.ClientConnectionError:
        if not failed_before:
            raise  # a refused connection on the first attempt is an error, not a 5xx
        return None  # the server was already failing: it is still down, one more failure


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    failed = False
    for pause in RETRY_PAUSES:
        body = await _attempt(session, url, failed)
        if body is not None:
            return body
        failed = True
        await asyncio.sleep(pause)  # back off without holding the loop
    return await _attempt(session, url, failed)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
