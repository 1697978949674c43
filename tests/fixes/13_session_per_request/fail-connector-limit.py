"""Correct: one session whose connector allows 10 connections does the bounding itself."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        return await response.json()


async def fetch_all(urls):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=10)) as session:
        return await asyncio.gather(*(fetch_json(session, url) for url in urls))


async def shutdown():
    pass
