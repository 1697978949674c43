"""The semaphore taken and given back by hand (acquire, release) with no try/finally.

BUG: a request that raises keeps its slot for ever: no try/finally gives it back. With
limit=1 every request queued behind a failed one waits
on the semaphore for good after gather has raised (with a larger limit the job runs on with
fewer slots). Smallest input: limit=1, urls=[a 404, two good ones].
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str], limit: int) -> list:
    slots = asyncio.Semaphore(limit)

    async def fetch_one(url: str) -> dict:
        await slots.acquire()  # wait for one of the `limit` slots
        body = await fetch_json(session, url)
        slots.release()  # the next URL may go
        return body

    return await asyncio.gather(*(fetch_one(url) for url in urls))
