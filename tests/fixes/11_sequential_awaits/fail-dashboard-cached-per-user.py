"""Gathers the three requests and memoises the dashboard per user_id in a module-level dict.

BUG: every later call for that user_id returns the first call's dashboard for ever, however the
data changed and whatever base_url it passes (another region, staging vs production, a test
server), without any request: the cache key is only user_id. Every caller also gets the same
dict object (a caller mutating it changes what the next caller sees). Each call is no longer "GET the three endpoints".
"""

import asyncio

import aiohttp

__all__ = ["load_dashboard"]

_cache: dict[int, dict] = {}


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    if user_id in _cache:
        return _cache[user_id]
    user = f"{base_url}/users/{user_id}"
    profile, posts, notifications = await asyncio.gather(
        fetch_json(session, f"{user}/profile"),
        fetch_json(session, f"{user}/posts"),
        fetch_json(session, f"{user}/notifications"),
    )
    _cache[user_id] = {"profile": profile, "posts": posts, "notifications": notifications}
    return _cache[user_id]
