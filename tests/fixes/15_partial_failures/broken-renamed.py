"""The function was renamed.

expect: has no function `fetch_all` (functions found: fetch_everything, fetch_json)
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_everything(session, urls):
    return {}, {}
