"""Handles outcomes as they arrive with asyncio.as_completed, each tagged with its url, and cancels what is left if the caller gives up.

CORRECT: every request task returns (url, ok, value) itself, so the arrival order of
asyncio.as_completed does not matter; a finally cancels and awaits the tasks, which only does
anything when the caller cancels or times out (as_completed alone would leave them running).

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


async def tagged(session: aiohttp.ClientSession, url: str) -> tuple[str, bool, object]:
    try:
        return url, True, await fetch_json(session, url)
    except Exception as error:
        return url, False, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = [asyncio.create_task(tagged(session, url)) for url in dict.fromkeys(urls)]  # a url once
    results, errors = {}, {}
    try:
        for arrival in asyncio.as_completed(tasks):
            url, ok, value = await arrival
            (results if ok else errors)[url] = value
    finally:
        for task in tasks:  # only a cancellation leaves any running: stop them, and wait
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors
