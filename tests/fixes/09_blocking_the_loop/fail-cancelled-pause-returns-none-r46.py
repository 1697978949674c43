"""Wrong: a pause cancelled by the app's shutdown ends the call gracefully, with None, instead of an error.

BUG: fetch_json cancelled during a pause between attempts returns None instead of raising
CancelledError: on a URL that answers HTTP 503, cancelled 80 ms in (in its first pause),
`task.cancel()` then `await task` returned None and the task did not end cancelled, and
`asyncio.wait_for(fetch_json(...), 0.08)` returned None where the solution raises TimeoutError:
the caller's deadline reads as "the URL failed three times". fetch_all hides it, as
asyncio.gather (and a TaskGroup) raises the caller's cancellation by itself once its
children end, whatever they return, so only fetch_json called alone shows it.

`fetch_json` was ported from a synchronous script. It reads a URL with urllib and,
when the server fails, waits with time.sleep before trying again. Inside `async def`
both calls hold the event loop: while one request waits, no other task of the app
runs, and `asyncio.gather` in `fetch_all` cannot overlap anything. Make both waits
give the loop back, without changing what the functions return.

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

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()
        return json.loads(await response.read())


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        try:
            await asyncio.sleep(pause)  # back off without holding the loop
        except asyncio.CancelledError:
            return None  # shutting down: no more attempts, nothing to report
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
