"""Wrong: the three requests under asyncio.gather, nothing more.

BUG: the three run together and the dashboard is right, but when one request fails
gather raises at once without cancelling the other two: they go on running (and
using the caller's session) after load_dashboard has raised, with nobody waiting.
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session, base_url, user_id):
    user = f"{base_url}/users/{user_id}"
    profile, posts, notifications = await asyncio.gather(
        fetch_json(session, f"{user}/profile"),
        fetch_json(session, f"{user}/posts"),
        fetch_json(session, f"{user}/notifications"),
    )
    return {"profile": profile, "posts": posts, "notifications": notifications}
