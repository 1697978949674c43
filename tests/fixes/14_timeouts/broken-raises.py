"""The function raises on a good answer.

expect: raised KeyError: 'price' (line 15: return
"""
import asyncio

import aiohttp

FALLBACK = {"item": None, "available": False}


async def fetch_with_fallback(session, url, timeout):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=timeout)) as response:
        body = await response.json()
        return {"item": body["item"], "price": body["price"]}
