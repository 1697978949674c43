"""Wrong: a shared (Bounded)Semaphore under gather: when one URL fails, the rest of the job runs on.

BUG: gather raises the first error at once but neither cancels nor waits for the other
requests: those in flight and those waiting for a slot go on hitting the API after
fetch_all has raised, with nobody waiting for them.
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls, limit):
    slots = asyncio.BoundedSemaphore(limit)

    async def fetch_one(url):
        await slots.acquire()
        try:
            return await fetch_json(session, url)
        finally:
            slots.release()

    return list(await asyncio.gather(*(fetch_one(url) for url in urls)))
