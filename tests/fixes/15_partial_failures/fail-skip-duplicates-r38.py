"""Sorts outcomes, but drops urls listed more than once (treats them as a caller bug).

BUG: a url the caller listed twice lands in neither dict: the page has no part and no
error for a source it asked for.
"""
import asyncio
from collections import Counter


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    counts = Counter(urls)
    unique = [url for url in counts if counts[url] == 1]
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(unique, outcomes):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
