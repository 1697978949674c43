"""Wrong: gather with return_exceptions, but errors kept as short messages, not the exceptions.

BUG: the caller can no longer tell a timeout (to retry) from a 404 (not to), nor read the status
or the traceback: the docstring maps each failed url to the exception it raised, and a message
loses its type, its status and its traceback.
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
