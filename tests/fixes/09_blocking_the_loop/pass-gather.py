"""Wrong: every wait awaited, but fetch_all keeps a bare gather.

BUG: when one URL raises (a 4xx answer, a refused connection), gather raises at once
without cancelling the other requests: they go on running, with nobody waiting for
them, after fetch_all has raised.
"""
import asyncio

import aiohttp

RETRY_PAUSES = (0.15, 0.3)


async def get(session, url):
    async with session.get(url, raise_for_status=True) as response:
        return await response.json()


async def fetch_json(session, url):
    for pause in (*RETRY_PAUSES, None):
        try:
            return await get(session, url)
        except aiohttp.ClientResponseError as error:
            if error.status < 500:
                raise
        if pause is not None:
            await asyncio.sleep(pause)
    return None


async def fetch_all(session, urls):
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
