"""Wrong: failures mapped to None (the common advice): a hole that looks like data."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results = {url: None if isinstance(outcome, Exception) else outcome
               for url, outcome in zip(urls, outcomes)}
    return results, {}
