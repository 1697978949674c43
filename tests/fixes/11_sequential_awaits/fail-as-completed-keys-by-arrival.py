"""Runs the three requests with asyncio.as_completed and fills the dict in the order they finish.

BUG: the page shows another panel's data, and nothing raises: with the usual latencies "profile"
gets the notifications body, "posts" the profile body, "notifications" the posts body, because
as_completed yields in completion order, not in the order given, and the bodies are put under
the keys in the order given. Fast, concurrent, and wrong: only someone reading the page would
notice.
"""

import asyncio

import aiohttp

__all__ = ["load_dashboard"]

PARTS = ("profile", "posts", "notifications")


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    user = f"{base_url}/users/{user_id}"
    coros = [fetch_json(session, f"{user}/{part}") for part in PARTS]
    bodies = [await next_done for next_done in asyncio.as_completed(coros)]
    return dict(zip(PARTS, bodies))
