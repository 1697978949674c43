"""Lesson 15 attempt (right): a TaskGroup whose tasks return their own outcome, never raise.

Each task runs a small wrapper that returns `(True, body)` or `(False, exception)`, catching
`Exception` only, so the group never fails and a cancellation of the caller still goes through
(the TaskGroup cancels and awaits every task). Outcomes are sorted in the caller's url order; a url
listed twice is decided by its last request, as `dict(zip(urls, ...))` would.

BUG: none expected. Every url lands in exactly one dict with its body or its exception, no task
outlives the call, the caller's session and list are used as they are.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _settle(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    try:
        return True, await fetch_json(session, url)
    except Exception as error:
        return False, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_settle(session, url)) for url in urls]
    results, errors = {}, {}
    for url, task in zip(urls, tasks, strict=True):
        ok, value = task.result()
        results.pop(url, None)
        errors.pop(url, None)
        (results if ok else errors)[url] = value
    return results, errors
