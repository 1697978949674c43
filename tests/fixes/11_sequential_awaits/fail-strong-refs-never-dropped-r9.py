"""gather() over three create_task()s kept in a module-level set (the asyncio docs' strong references), never removed.

BUG: memory grows with every call for the life of the process, by the three finished tasks
each call leaves in the module's set, each holding its JSON body (or its exception with
traceback, frames and the response). The docs' pattern is add() plus
add_done_callback(set.discard), and the discard is missing. Memory grows
by three tasks per dashboard, for ever: a leftover of every call, invisible in one call.

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

# Strong references to running tasks, so the garbage collector cannot drop one half-way
# (the asyncio docs' advice for create_task).
_background: set[asyncio.Task] = set()


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    user = f"{base_url}/users/{user_id}"
    tasks = [asyncio.create_task(fetch_json(session, f"{user}/{part}"))
             for part in ("profile", "posts", "notifications")]
    _background.update(tasks)
    profile, posts, notifications = await asyncio.gather(*tasks)
    return {"profile": profile, "posts": posts, "notifications": notifications}
