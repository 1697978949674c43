"""Non-blocking attempts that also treat aiohttp.ServerDisconnectedError (the upstream dropping the connection) as a transient failure, like a 5xx.

BUG: a dropped connection is retried and ends as None, where the contract retries 5xx answers
only; any other failure raises (the starter raises RemoteDisconnected at once). Here a server that closes the connection without answering is
retried with pauses and the call returns None, hiding the error from the caller. Refused
connections (ClientConnectorError) and timeouts still raise after one attempt, so those
classic error-path tests pass.

Original docstring of the exercise:

Lesson 09: blocking the loop.

`fetch_json` was ported from a synchronous script. It reads a URL with urllib and,
when the server fails, waits with time.sleep before trying again. Inside `async def`
both calls hold the event loop: while one request waits, no other task of the app
runs, and `asyncio.gather` in `fetch_all` cannot overlap anything. Make both waits
give the loop back, without changing what the functions return.

Public API (the check calls exactly this):

    async def fetch_json(session, url) -> dict | None
        GET url through the aiohttp `session` and return the JSON body. When the
        server answers with a 5xx status, try again after RETRY_PAUSES[0] seconds,
        then once more after RETRY_PAUSES[1] seconds: three attempts at most.
        Return None when all three fail.

    async def fetch_all(session, urls) -> list[dict | None]
        fetch_json for every URL, all at the same time, results in the order of urls.
"""

import asyncio
import json

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    """One attempt: the JSON body, or None when the server failed (5xx or dropped us)."""
    try:
        async with session.get(url) as response:
            if response.status >= 500:
                return None
            response.raise_for_status()  # 4xx: raise at once
            return json.loads(await response.read())
    except aiohttp.ServerDisconnectedError:
        return None  # the upstream went away mid-request: transient, like a 5xx


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict | None:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await asyncio.sleep(pause)  # back off without holding the loop
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list[dict | None]:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
