"""Lesson 15 attempt (right): plain tasks and asyncio.wait, every task cancelled and awaited on exit.

One task per url (a list, so a url listed twice keeps both), `asyncio.wait` for all of them, then
each task's exception or result read in the caller's url order. If the caller cancels, the
`finally` cancels every task and waits for them, reading each exception, before the cancellation
goes on up.

BUG: none expected. Each task's exception is read (no "never retrieved"), nothing outlives the call,
the first outcome of a duplicated url decides and it lands in only one dict.
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
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # reads every exception
    results, errors = {}, {}
    for url, task in zip(urls, tasks, strict=True):
        if url in results or url in errors:
            continue
        error = task.exception()
        if error is None:
            results[url] = task.result()
        else:
            errors[url] = error
    return results, errors
