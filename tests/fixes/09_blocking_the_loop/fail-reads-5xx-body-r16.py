"""Lesson 09 wrong fix: aiohttp and asyncio.sleep, but the body is read before the status is looked at.

BUG: a 5xx answer whose body stalls (the upstream sends the status and headers, then half the
body and nothing more, as overloaded proxies do) holds the fetch until the caller's session
timeout fires (5 minutes with aiohttp's default ClientTimeout), then raises TimeoutError after one
attempt, instead of retrying twice and returning None: read_json reads the whole answer (to log
what a failing upstream said) before it decides on the status. The starter's urllib raised
HTTPError as soon as the 5xx status line arrived and closed it without reading the body. A "5xx is retried, whatever its body" contract broken by a slow body.

Verified: scratch/v09.py stall5xx: URL /stall/1?status=503, session ClientTimeout(total=3):
starter: None after 0.52 s, 3 requests; this fix: TimeoutError after 3.0 s, 1 request
(a correct fix: None after 0.48 s, 3 requests). On /fail/1, /items/1 and /status/404 the fix
answers as the starter does.

Original contract (from the starter):

Public API (the check calls exactly this):

    async def fetch_json(session, url)
        GET url through the aiohttp `session` and return the JSON body, whatever
        JSON value it holds (an object, a list, a number, a string...). When the
        server answers with a 5xx status, try again after RETRY_PAUSES[0] seconds,
        then once more after RETRY_PAUSES[1] seconds: three attempts at most.
        Return None when all three fail.

    async def fetch_all(session, urls) -> list
        fetch_json for every URL, all at the same time, results in the order of urls.
        When fetch_json raises for a URL (a 4xx answer, a refused connection, a timeout),
        fetch_all raises that error, alone or in an ExceptionGroup.
"""

import asyncio
import json
import logging

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt

log = logging.getLogger(__name__)


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        raw = await response.read()  # the whole answer, whatever its status
    if response.status >= 500:
        log.warning("upstream %s answered %s: %.200r", url, response.status, raw)
        return None
    response.raise_for_status()  # a 4xx answer raises at once
    return json.loads(raw)  # bytes: json finds the encoding (BOM, UTF-16) itself


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off, and let the loop run meanwhile
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
