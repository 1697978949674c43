"""Correct: asyncio.wait_for cancels the request when the deadline passes."""
import asyncio

import aiohttp

FALLBACK = {"item": None, "available": False}


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_with_fallback(session, url, timeout):
    try:
        return await asyncio.wait_for(fetch_json(session, url), timeout)
    except asyncio.TimeoutError:  # noqa: UP041 (the same class as TimeoutError since 3.11)
        return dict(FALLBACK)
