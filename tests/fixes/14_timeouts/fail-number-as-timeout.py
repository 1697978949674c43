"""Correct: aiohttp also takes a plain number of seconds as the total timeout."""
import asyncio

import aiohttp

FALLBACK = {"item": None, "available": False}


async def fetch_with_fallback(session, url, timeout):
    try:
        async with session.get(url, timeout=timeout) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return FALLBACK.copy()
