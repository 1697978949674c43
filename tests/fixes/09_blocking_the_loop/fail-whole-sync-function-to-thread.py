"""Keeps the old synchronous fetch (urllib + time.sleep) and runs all of it in asyncio.to_thread.

BUG: fetch_all runs at most min(32, CPUs + 4) URLs at once and the rest queue (worse during
retries: a thread sleeps 0.45 s doing nothing), as every fetch (requests and pauses) occupies one
of the default executor's threads; the passed aiohttp session is ignored, and the same pool is
shared with every other to_thread of the app. The loop itself is free.
"""

import asyncio
import json
import time
import urllib.error
import urllib.request

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt



def read_json(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        error.close()
        if error.code >= 500:
            return None
        raise


def _fetch_blocking(url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = read_json(url)
        if body is not None:
            return body
        time.sleep(pause)
    return read_json(url)


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    return await asyncio.to_thread(_fetch_blocking, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
