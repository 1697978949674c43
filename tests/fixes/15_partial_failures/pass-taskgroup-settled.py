"""A TaskGroup over small wrappers that catch Exception and return (ok, value): the group never fails.

CORRECT: the lesson's "catch inside each task" pattern: every request runs concurrently, each
outcome is kept (body or exception), nothing is cancelled by a sibling's failure, and the
TaskGroup guarantees that no task outlives the call, also when the caller cancels it
(CancelledError is not an Exception, so it is not swallowed).
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
        tasks = {url: group.create_task(_settle(session, url)) for url in urls}
    results, errors = {}, {}
    for url, task in tasks.items():
        ok, value = task.result()
        (results if ok else errors)[url] = value
    return results, errors
