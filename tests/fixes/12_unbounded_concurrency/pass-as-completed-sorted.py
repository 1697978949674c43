"""Correct: as_completed with a Semaphore, each result tagged with its index and put back in place."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls, limit):
    slots = asyncio.Semaphore(limit)

    async def fetch_one(index, url):
        async with slots:
            return index, await fetch_json(session, url)

    results = [None] * len(urls)
    for next_done in asyncio.as_completed([fetch_one(i, url) for i, url in enumerate(urls)]):
        index, body = await next_done
        results[index] = body
    return results
