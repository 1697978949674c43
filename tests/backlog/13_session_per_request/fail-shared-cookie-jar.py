"""One session kept for the whole app, closed in shutdown(), with aiohttp's default cookie jar.

BUG: the shared session stores every Set-Cookie it receives and sends it back on later jobs,
whoever they run for. The starter's session per request never sends a cookie. An API that sets
a session/auth or load-balancer cookie on one tenant's call now sees it on the next tenant's
calls (identity and data mixed between users), and the jar grows with every cookie. The right
shared session uses cookie_jar=aiohttp.DummyCookieJar(). (The catalogue's pass-module-session
shape has the same behaviour.)
"""

import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10

_session: aiohttp.ClientSession | None = None


def _shared_session() -> aiohttp.ClientSession:
    global _session
    if _session is None or _session.closed:
        _session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))
    return _session


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(urls: list[str]) -> list:
    session = _shared_session()
    slots = asyncio.Semaphore(CONCURRENCY)

    async def fetch_one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    return await asyncio.gather(*(fetch_one(url) for url in urls))


async def shutdown() -> None:
    global _session
    if _session is not None:
        session, _session = _session, None
        await session.close()
