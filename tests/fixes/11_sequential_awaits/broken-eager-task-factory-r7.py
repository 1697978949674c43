"""Switches the running loop to asyncio.eager_task_factory (Python 3.12+) so the three tasks start their requests immediately, then gathers them.

BUG: it changes the caller's event loop for good: after the first dashboard every task the application creates anywhere runs eagerly, up to its first suspension, inside create_task, which changes ordering for the rest of the app (code that relied on create_task not running anything yet now runs early, synchronously). The loop's task factory is never restored. On Python 3.11 asyncio.eager_task_factory does not exist: AttributeError on every call.

expect: module 'asyncio' has no attribute 'eager_task_factory'
fails from Python 3.12

Lesson 11: sequential awaits.

A dashboard needs three independent things about a user. This version asks for
them one after another, so the user waits for the sum of the three latencies.
Make the three requests run at the same time, so the wait is only the slowest one.

Public API (the check calls exactly this):

    async def load_dashboard(session, base_url, user_id) -> dict
        GET {base_url}/users/{user_id}/profile, .../posts and .../notifications
        and return {"profile": ..., "posts": ..., "notifications": ...}, the JSON bodies.
"""

import asyncio

import aiohttp

__all__ = ["load_dashboard"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)  # 3.12+: tasks start at once, no extra hop
    user = f"{base_url}/users/{user_id}"
    profile, posts, notifications = await asyncio.gather(
        fetch_json(session, f"{user}/profile"), fetch_json(session, f"{user}/posts"),
        fetch_json(session, f"{user}/notifications"))
    return {"profile": profile, "posts": posts, "notifications": notifications}
