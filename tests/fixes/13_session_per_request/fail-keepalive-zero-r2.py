"""One shared session per fetch_all call, closed by `async with`, whose connector keeps no idle connection.

BUG: keepalive_timeout=0 tells the pool to close each connection as soon as its response has been
    read. The session is shared and closed properly, but it pools nothing: every request still opens
    a new TCP connection (in production also a new TLS handshake), which is exactly the lesson's
    mistake. Results, the limit and the cleanup all look perfect. Only the server's connection
    count, SYN/TLS-handshake metrics or TIME_WAIT sockets on the client show it.
"""

import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


def _connector() -> aiohttp.TCPConnector:
    # No idle sockets lingering between requests or after the job: close each one as soon
    # as it is free, so nothing is left for shutdown() to clean up.
    return aiohttp.TCPConnector(limit=CONCURRENCY, keepalive_timeout=0)


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)
    async with aiohttp.ClientSession(connector=_connector()) as session:

        async def fetch_one(url: str) -> dict:
            async with slots, session.get(url) as response:
                response.raise_for_status()
                return await response.json()

        return await asyncio.gather(*(fetch_one(url) for url in urls))


async def shutdown() -> None:
    pass  # the session lives and dies inside fetch_all
