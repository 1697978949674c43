"""Wrong: a TaskGroup with no handling per task: it cancels the rest and raises an ExceptionGroup."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    async with asyncio.TaskGroup() as group:
        tasks = {url: group.create_task(fetch_json(session, url)) for url in urls}
    return {url: task.result() for url, task in tasks.items()}, {}
