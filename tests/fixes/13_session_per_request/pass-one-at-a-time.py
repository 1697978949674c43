"""Correct for this lesson: one session, one request at a time (one connection, reused)."""
import aiohttp


async def fetch_all(urls):
    results = []
    async with aiohttp.ClientSession() as session:
        for url in urls:
            async with session.get(url) as response:
                response.raise_for_status()
                results.append(await response.json())
    return results


async def shutdown():
    pass
