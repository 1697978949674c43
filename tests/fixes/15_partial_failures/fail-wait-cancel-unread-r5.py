"""Every request a task; `asyncio.wait` for all of them, each task's outcome read with `task.exception()`; on a cancellation the tasks are cancelled and awaited in `finally`.

BUG (submitted as correct by an examiner): each time a caller gives up while a source is down,
asyncio logs "Task exception was never retrieved" with the traceback, as an error: when the
caller cancels fetch_all after one source has already failed, the `finally` cancels and awaits
only the unfinished tasks, and the failed one's exception is read only on the way to the return
that never comes. It is right whenever it runs to the end. gather, a TaskGroup, or a
`gather(*tasks, return_exceptions=True)` in the `finally` read every outcome.

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


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = [asyncio.ensure_future(fetch_json(session, url)) for url in urls]
    try:
        if tasks:
            await asyncio.wait(tasks)
    finally:
        unfinished = [task for task in tasks if not task.done()]
        for task in unfinished:
            task.cancel()
        if unfinished:
            await asyncio.wait(unfinished)
    results: dict = {}
    errors: dict = {}
    for url, task in zip(urls, tasks, strict=True):
        error = task.exception()
        if error is None:
            errors.pop(url, None)
            results[url] = task.result()
        else:
            results.pop(url, None)
            errors[url] = error
    return results, errors
