"""Lesson 09 wrong fix: the backoff pause awaited inside `async with session.get(...)`.

BUG: under the caller's connection limit (TCPConnector(limit=...), the limit fetch_all leaves
to the caller), URLs that could run wait behind URLs that are only sleeping: the pause sleeps
while the failed response is still open. When the 5xx body has not fully arrived (a proxy's error
page still streaming, or stalled), aiohttp cannot hand the connection back before the block
exits, so each pausing retry keeps one of the session's pooled connections checked out for the
whole pause. The pause itself does not block the loop. (A small 5xx body already received in
full is released on EOF, so /fail/N hides it.)

Verified: scratch/v09.py holds: session TCPConnector(limit=2), fetch_all of
2 x /stall/N?status=503 and 4 x /items/N: a correct fix (pass-raise-for-status-taskgroup)
starts the first item at 0.02 s and returns after 0.55 s; this fix starts the first item at
0.51 s and returns after 0.73 s. With 2 x /fail/N instead: both 0.06 s. Unlimited session:
same results as the starter ([None, None, {'item': 3}, ...]).

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

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    pauses = (*RETRY_PAUSES, None)  # no pause after the third attempt
    for pause in pauses:
        async with session.get(url) as response:
            if response.status >= 500:
                if pause is None:
                    return None
                await asyncio.sleep(pause)  # back off, giving the loop back
                continue
            response.raise_for_status()  # 4xx: raise at once
            body = json.loads(await response.read())
        if body is not None:
            return body
        if pause is None:
            return None
        await asyncio.sleep(pause)  # a null body is retried, as the starter does
    return None


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
