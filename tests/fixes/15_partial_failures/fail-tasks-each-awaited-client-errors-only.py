"""Wrong: tasks started together, then each awaited in its own try, catching aiohttp.ClientError only.

BUG: a source that runs into the session's timeout makes the page lose every result and leaves
the other tasks running: its TimeoutError is not an aiohttp.ClientError and escapes from the
first await it hits. A cancelled call leaves them running too.
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    tasks = {url: asyncio.create_task(fetch_json(session, url)) for url in urls}
    results, errors = {}, {}
    for url, task in tasks.items():
        try:
            results[url] = await task
        except aiohttp.ClientError as error:
            errors[url] = error
    return results, errors
