"""Starts the three parts as tasks and collects them with `async for ... in asyncio.as_completed(...)`.

BUG: two faults. (1) `async for` over asyncio.as_completed exists only since Python 3.13; on 3.11,
which the course supports ("Python 3.11 or newer"), every call raises TypeError and leaves the
three tasks it created running with nobody awaiting them. (2) On 3.13, where it works, the tasks
are owned by nobody: when the caller cancels, as_completed does not cancel them, so they run on
(a hanging part for ever).

expect: 'async for' requires an object with __aiter__ method
fails from Python 3.13

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
    tasks = {asyncio.create_task(fetch_json(session, f"{user}/{part}")): part for part in PARTS}
    bodies = {}
    async for done in asyncio.as_completed(tasks):  # yields the tasks themselves as they finish
        bodies[tasks[done]] = done.result()
    return {part: bodies[part] for part in PARTS}
