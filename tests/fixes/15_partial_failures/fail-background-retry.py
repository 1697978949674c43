"""Wrong: correct results, but failed sources are retried in tasks nobody waits for."""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(urls, outcomes):
        if isinstance(outcome, Exception):
            errors[url] = outcome
            asyncio.create_task(fetch_json(session, url))  # noqa: RUF006 (warm up for next time)
        else:
            results[url] = outcome
    return results, errors
