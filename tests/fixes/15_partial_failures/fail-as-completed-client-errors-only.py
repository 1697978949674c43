"""Wrong: asyncio.as_completed, each outcome filed as it arrives, but only aiohttp.ClientError is caught.

BUG: a source that hangs until the caller's session times out makes the page lose every result
again: its TimeoutError is not an aiohttp.ClientError, so it escapes.
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def labelled(session, url):
    try:
        return url, await fetch_json(session, url), None
    except aiohttp.ClientError as error:
        return url, None, error


async def fetch_all(session, urls):
    results, errors = {}, {}
    for next_done in asyncio.as_completed([labelled(session, url) for url in urls]):
        url, body, error = await next_done
        if error is None:
            results[url] = body
        else:
            errors[url] = error
    return results, errors
