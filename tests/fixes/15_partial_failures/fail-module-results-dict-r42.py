"""A results dict kept at module level (a cache of every body seen), a new errors dict per call; a failed url is taken out of the cache.

BUG: results carries the bodies of every earlier call into the next: the page gets parts it did
not ask for, and a body from before poses as this call's. The check lists the keys that were
not in the call's list (some 200 urls of earlier calls, the first five shown) as urls of
earlier calls, not as failed sources.
"""
import asyncio

RESULTS: dict = {}  # kept at module level: every body seen


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    unique = list(dict.fromkeys(urls))
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    errors = {}
    for url, outcome in zip(unique, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            errors[url] = outcome
            RESULTS.pop(url, None)
        else:
            RESULTS[url] = outcome
    return RESULTS, errors
