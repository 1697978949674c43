"""The limit argument was dropped from the signature.

expect: raised TypeError: fetch_all() takes 2 positional arguments but 3 were given
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
