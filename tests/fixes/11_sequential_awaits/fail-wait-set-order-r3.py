"""Three tasks and `asyncio.wait(tasks)`, the results zipped with the part names from the `done` set.

BUG: the bodies land under the wrong keys (posts under "profile"...), or under the right ones by
luck, from one call to the next: `done` is a set, iterated in the order of the tasks' hashes,
not of the parts. asyncio.wait also does not cancel anything when the caller cancels, so all
three requests run on after a cancellation.

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

PARTS = ("profile", "posts", "notifications")


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    user = f"{base_url}/users/{user_id}"
    tasks = [asyncio.create_task(fetch_json(session, f"{user}/{part}")) for part in PARTS]
    done, _ = await asyncio.wait(tasks)  # all three at once, wait for every one
    return {part: task.result() for part, task in zip(PARTS, done, strict=True)}
