"""Wrong: gather with return_exceptions, but errors kept as short messages, not the exceptions.

The docstring maps each failed url to the exception it raised: a message loses its type (retry a
timeout, not a 404), its status and its traceback.
"""
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
        if isinstance(outcome, aiohttp.ClientResponseError):
            errors[url] = f"HTTP {outcome.status}"
        elif isinstance(outcome, Exception):
            errors[url] = repr(outcome)
        else:
            results[url] = outcome
    return results, errors
