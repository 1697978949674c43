"""The retry policy as a recursion; fetch_all waits for every task (asyncio.wait), then reads the results in url order.

BUG: a 4xx error reaches the caller only once every other URL has ended: asyncio.wait's default
(ALL_COMPLETED) waits for the slowest URL first, a hanging one for the session's whole timeout,
one that keeps failing for all its retries and pauses. (Catalogued as pass-recursive-retry.py
until round 48, when the check began holding a URL back until the call has raised.)
"""

import asyncio
import json
import time
import urllib.error
import urllib.request

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt



async def _once(session: aiohttp.ClientSession, url: str) -> tuple[bool, dict | None]:
    async with session.get(url) as response:
        if response.status >= 500:
            return False, None
        response.raise_for_status()
        return True, json.loads(await response.read())


async def _with_retries(session, url, pauses):
    ok, body = await _once(session, url)
    if ok or not pauses:
        return body
    await asyncio.sleep(pauses[0])
    return await _with_retries(session, url, pauses[1:])


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    return await _with_retries(session, url, tuple(RETRY_PAUSES))


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    if not urls:
        return []
    futures = [asyncio.ensure_future(fetch_json(session, url)) for url in urls]
    try:
        await asyncio.wait(futures)
    finally:
        for future in futures:
            future.cancel()
    return [future.result() for future in futures]
