"""Takes the pauses as a keyword argument defaulting to RETRY_PAUSES: bound once, at definition time.

BUG: configuration (or a test) that changes RETRY_PAUSES after the import is ignored: the calls
still sleep the pauses RETRY_PAUSES held at import, because a default value is evaluated when the
def runs. The check says it changes RETRY_PAUSES, and the docstring says to wait RETRY_PAUSES[0]
and RETRY_PAUSES[1] seconds, read when the call is made.
"""
import asyncio

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()  # 4xx: raise at once, as urllib did
        return await response.json(content_type=None)


async def fetch_json(session: aiohttp.ClientSession, url: str,
                     pauses: tuple[float, ...] = RETRY_PAUSES) -> dict | None:
    # the pauses as a parameter: a caller (or a test) can pass shorter ones
    for pause in pauses:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off before trying again
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
