"""Fix: `async for task in asyncio.as_completed(tasks)`, each outcome sorted as it arrives by the url its task maps to.

BUG: `as_completed` became an async iterator yielding the original tasks only in Python
3.13. On Python 3.11 and 3.12 (the course's kernel is 3.11) it is a plain generator of
new coroutines: every call raises `TypeError: 'async for' requires an object with
__aiter__ method, got generator` (after starting every request: the finally cancels
them). Written and tried on 3.13, it seems to behave.
A second bug, which shows on 3.13: when the caller cancels (or its own deadline expires), the
finally only asks the tasks to stop (task.cancel()) and does not wait for them: fetch_all
returns while they still run (check: a caller that cancels fetch_all ... stops it, and its
requests with it). Relabelled from fail-: broken on 3.11 and 3.12, fails from 3.13.

expect: 'async for' requires an object with __aiter__ method
fails from Python 3.13

--- The exercise's docstring ---

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error, a timeout, a body that is
        not JSON) to the exception it raised. Every url lands in exactly one of the two,
        a url listed twice too (if its requests disagree, either outcome may decide).
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = {asyncio.create_task(fetch_json(session, url)): url for url in urls}
    results, errors = {}, {}
    try:
        # Sort each outcome as soon as it arrives; async iteration yields the tasks themselves.
        async for task in asyncio.as_completed(tasks):
            try:
                results[tasks[task]] = task.result()
            except Exception as error:
                errors[tasks[task]] = error
    finally:
        for task in tasks:
            task.cancel()
    for url in errors.keys() & results.keys():
        del errors[url]  # a url listed twice: one outcome only
    return results, errors
