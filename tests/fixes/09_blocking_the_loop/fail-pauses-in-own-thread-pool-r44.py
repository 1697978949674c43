"""aiohttp for the requests; the pause is time.sleep in a ThreadPoolExecutor of our own with 64 threads, "an executor sized for the waits you need", as the notebook says.

BUG: a pause cancelled by its caller sleeps on in its thread: fetch_all over a URL answering
503, with RETRY_PAUSES set to (10, 10) and cancelled 0.5 s into the first pause, let the
CancelledError through at once, but a pool thread slept on, and the interpreter exited 10.1 s
after the call began (the solution's: 0.5 s), since a pool's threads are joined at exit. The
pool is large enough for the check's crowd of failing URLs, not for every crowd: 80 URLs
failing at once with pauses of 0.6 s sent their second attempts spread over 707 ms (the
solution's: 241 ms, on the same loaded machine). A pause holds a thread for nothing: the
event loop's own timer (`await asyncio.sleep(pause)`) needs none and ends when cancelled.

Lesson 09: blocking the loop.

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
import time
from concurrent.futures import ThreadPoolExecutor

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt
PAUSER = ThreadPoolExecutor(max_workers=64)  # sized for the waits we need


async def read_json(session: aiohttp.ClientSession, url: str):
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()
        return json.loads(await response.read())


async def fetch_json(session: aiohttp.ClientSession, url: str):
    loop = asyncio.get_running_loop()
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await loop.run_in_executor(PAUSER, time.sleep, pause)  # off the loop's thread
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
