"""Start one named task per url and collect them as they complete (async for over asyncio.as_completed), so each outcome is sorted the moment it arrives.

BUG: Written against Python 3.13, where `async for` over asyncio.as_completed yields the original tasks. On Python 3.11 (the course's interpreter) as_completed returns a plain generator: `async for` raises TypeError on every call, after the tasks were started, so nothing is returned, every request runs on, and each failing task's exception is never retrieved. On 3.13 it works in normal runs, but as_completed does not cancel its tasks either: a caller that cancels fetch_all leaves every request running.
A third bug on 3.13: for a url listed twice it skips the second task without reading it, so a
failed one is logged as 'Task exception was never retrieved'.
Relabelled from fail-: broken on 3.11 and 3.12; on 3.13 it runs and fails (checks: a url listed
twice ..., and a caller that cancels fetch_all ...).

expect: 'async for' requires an object with __aiter__ method
fails from Python 3.13

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
    tasks = [asyncio.create_task(fetch_json(session, url), name=url) for url in urls]
    results, errors = {}, {}
    # Python 3.13: "async for" over as_completed yields the original tasks, so the url is known.
    async for task in asyncio.as_completed(tasks):
        url = task.get_name()
        if url in results or url in errors:
            continue  # a url listed twice: its first outcome decides
        try:
            results[url] = task.result()
        except Exception as error:
            errors[url] = error
    return results, errors
