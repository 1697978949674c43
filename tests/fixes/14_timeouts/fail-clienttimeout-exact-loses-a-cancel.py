"""Correct: aiohttp's ClientTimeout with no rounding (ceil_threshold=inf), and 0 answered at once.

CORRECT: `ceil_threshold` is the length from which aiohttp rounds deadlines up to whole
seconds; set above any timeout, the total deadline is exact. A budget of 0 or less is
already spent: the fallback, without asking.
"""

import math

import aiohttp

__all__ = ["FALLBACK", "fetch_with_fallback"]

FALLBACK = {"item": None, "available": False}


async def fetch_with_fallback(session, url, timeout):
    if timeout <= 0:
        return dict(FALLBACK)
    deadline = aiohttp.ClientTimeout(total=timeout, ceil_threshold=math.inf)
    try:
        async with session.get(url, timeout=deadline) as response:
            response.raise_for_status()
            return await response.json()
    except TimeoutError:
        return dict(FALLBACK)
