"""Wrong: tasks started together, then each awaited in its own try, catching aiohttp.ClientError only.

A session timeout (TimeoutError) escapes from the first await it hits, losing every result and
leaving the other tasks running; a cancelled call leaves them running too.
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
