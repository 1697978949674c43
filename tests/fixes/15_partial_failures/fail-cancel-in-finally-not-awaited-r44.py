"""One task per url and asyncio.wait, with a `finally` that reads every finished task's exception and cancels every task, so a cancelled caller stops the requests.

BUG: when the caller's own deadline cancels fetch_all, the cancellation goes through while its
3 unfinished tasks have not ended: cancelled, never awaited, they can end only after fetch_all
has returned to its caller. Here they end one loop iteration later and the requests do stop
(the server had 0 open 50 ms later), but `task.cancel()` only asks: a task with cleanup to
await, or one that catches the cancellation, would run on with nobody waiting for it, and what
it raised then nobody would read. gather and a TaskGroup await the tasks they cancel; so does
`await asyncio.gather(*tasks, return_exceptions=True)` in the `finally`. A `task.cancel()` of
the caller's task hides it: the caller awaits that task, which gives the cancelled ones their
turn first.
"""
import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = {url: asyncio.create_task(fetch_json(session, url)) for url in dict.fromkeys(urls)}
    try:
        if tasks:
            await asyncio.wait(tasks.values())
    finally:
        for task in tasks.values():
            if task.done() and not task.cancelled():
                task.exception()  # read, so nothing is reported as never retrieved
            task.cancel()  # the caller gave up: stop the requests too
    results, errors = {}, {}
    for url, task in tasks.items():
        error = task.exception()
        if error is None:
            results[url] = task.result()
        else:
            errors[url] = error
    return results, errors
