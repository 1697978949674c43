"""Gathers with return_exceptions=True, then raises the first failed part in key order.

BUG: an error is reported only once every part has ended. When the profile service answers 503
at once and the posts service hangs, the caller gets the 503 only when posts times out (the
session's timeout, 300 s by default), where the starter raised it after the profile's 20 ms, and
nothing cancels the hung request meanwhile: failing fast became failing slowest.
"""

import asyncio

import aiohttp

__all__ = ["load_dashboard"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    user = f"{base_url}/users/{user_id}"
    parts = ("profile", "posts", "notifications")
    results = await asyncio.gather(*(fetch_json(session, f"{user}/{part}") for part in parts),
                                   return_exceptions=True)
    for result in results:  # same error as the starter: the first part's, in order
        if isinstance(result, BaseException):
            raise result
    return dict(zip(parts, results, strict=True))
