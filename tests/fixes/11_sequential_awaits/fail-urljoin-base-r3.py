"""A TaskGroup (right), with the URLs built by urllib.parse.urljoin(base_url, f"users/{user_id}/{part}").

BUG: with a base_url that has a path without a trailing slash, "http://host/api" (an API
behind a path prefix or a gateway), it requests http://host/users/3/profile, not
http://host/api/users/3/profile: urljoin replaces the last path segment of the base, where the
contract says GET {base_url}/users/{user_id}/profile.
With a base of only scheme and host, as in the notebook, it is right.

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
from urllib.parse import urljoin

import aiohttp

__all__ = ["load_dashboard"]

PARTS = ("profile", "posts", "notifications")


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    # urljoin instead of gluing strings: no doubled or missing slashes.
    urls = [urljoin(base_url, f"users/{user_id}/{part}") for part in PARTS]
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_json(session, url)) for url in urls]
    return {part: task.result() for part, task in zip(PARTS, tasks, strict=True)}
