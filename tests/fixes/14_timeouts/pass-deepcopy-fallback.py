"""Correct: `copy.deepcopy(FALLBACK)` and every part of ClientTimeout named."""
import copy

import aiohttp

FALLBACK = {"item": None, "available": False}


async def fetch_with_fallback(session, url, timeout):
    deadline = aiohttp.ClientTimeout(total=timeout, connect=timeout, sock_read=timeout)
    try:
        async with session.get(url, timeout=deadline) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return copy.deepcopy(FALLBACK)
