"""Correct: `limit` workers in a TaskGroup pulling from one shared enumerate() iterator."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls, limit):
    pending = iter(enumerate(urls))
    results = [None] * len(urls)

    async def worker():
        for index, url in pending:
            results[index] = await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:
        for _ in range(limit):
            group.create_task(worker())
    return results
