"""Wrong: catches the gather, reports the one failure it saw, and returns what was done by then."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    tasks = {url: asyncio.create_task(fetch_json(session, url)) for url in urls}
    try:
        await asyncio.gather(*tasks.values())
    except aiohttp.ClientResponseError as error:
        results = {url: task.result() for url, task in tasks.items()
                   if task.done() and task.exception() is None}
        return results, {str(error.request_info.url): error}
    return {url: task.result() for url, task in tasks.items()}, {}
