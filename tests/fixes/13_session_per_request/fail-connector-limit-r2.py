"""Correct, unusual: no semaphore at all; one session per fetch_all whose connector allows exactly CONCURRENCY connections.

"""

import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


async def fetch_all(urls: list[str]) -> list:
    # limit= caps the pool as a whole (every host): a request waits for a free
    # connection, so at most CONCURRENCY requests are ever in flight, on reused sockets.
    connector = aiohttp.TCPConnector(limit=CONCURRENCY, limit_per_host=0)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def fetch_one(url: str) -> dict:
            async with session.get(url) as response:
                response.raise_for_status()
                return await response.json()

        return await asyncio.gather(*(fetch_one(url) for url in urls))


async def shutdown() -> None:
    pass
