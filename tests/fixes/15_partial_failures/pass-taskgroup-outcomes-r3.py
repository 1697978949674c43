"""Runs a TaskGroup of small wrappers that return (ok, body or exception), so the group itself never fails, and sorts the pairs.

CORRECT: each request runs in a small wrapper that returns (True, body) or (False, exception),
catching Exception only, so the TaskGroup never fails and never cancels a sibling; the pairs are
sorted by their flag, never by the type or truth of the body. A caller's cancellation is not an
Exception: the group cancels every request and re-raises it.

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error) to the exception it
        raised. Every url lands in exactly one of the two.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def outcome(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    try:
        return True, await fetch_json(session, url)
    except Exception as error:  # timeouts too; a cancellation is not an Exception and goes on
        return False, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    async with asyncio.TaskGroup() as group:
        tasks = [(url, group.create_task(outcome(session, url))) for url in dict.fromkeys(urls)]
    results, errors = {}, {}
    for url, task in tasks:
        ok, value = task.result()
        (results if ok else errors)[url] = value
    return results, errors
