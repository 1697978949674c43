"""Pauses with a future and call_later on the event loop, remembered on first use.

BUG: the loop is cached in a module global the first time a pause happens, and every later
pause arms its timer on that loop: in a second asyncio.run (a new loop, as in a test suite,
a CLI run twice, a worker thread with its own loop) the first 5xx answer makes fetch_json
raise RuntimeError('Event loop is closed') instead of retrying, and with two live loops in
two threads the timer is armed on the other thread's loop. The starter retries in every
loop.
"""

import asyncio
import json

import aiohttp

__all__ = ["RETRY_PAUSES", "fetch_all", "fetch_json"]

RETRY_PAUSES = (0.15, 0.3)  # seconds to wait before the second and the third attempt

_loop: asyncio.AbstractEventLoop | None = None


def _wake(done: asyncio.Future) -> None:
    if not done.done():
        done.set_result(None)


async def _pause(seconds: float) -> None:
    """Give the loop back for `seconds`: a future resolved by a timer."""
    global _loop
    if _loop is None:
        _loop = asyncio.get_running_loop()
    done = _loop.create_future()
    timer = _loop.call_later(seconds, _wake, done)
    try:
        await done
    finally:
        timer.cancel()  # nothing left armed when the caller cancels


async def read_json(session: aiohttp.ClientSession, url: str) -> object:
    """One attempt: the JSON body, or None when the server failed (5xx)."""
    async with session.get(url, raise_for_status=False) as response:
        if response.status >= 500:
            return None
        response.raise_for_status()  # a 4xx raises, as urllib's HTTPError did
        return json.loads(await response.read())  # json finds the encoding in the bytes


async def fetch_json(session: aiohttp.ClientSession, url: str) -> object:
    for pause in RETRY_PAUSES:
        body = await read_json(session, url)
        if body is not None:
            return body
        await _pause(pause)  # back off without holding the loop
    return await read_json(session, url)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
