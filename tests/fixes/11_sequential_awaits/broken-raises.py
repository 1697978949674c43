"""The function raises.

expect: raised KeyError: 'comments' (line 18: return
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session, base_url, user_id):
    parts = {}
    return {"profile": parts["comments"]}
