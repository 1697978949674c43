"""Collects outcomes with asyncio.as_completed (each wrapped in try/except) and zips them with urls.

BUG: each url is reported with another source's body or error, the fastest answer filed under
the first url: as_completed yields in completion order, and zip(urls, outcomes) pairs the
outcomes with the urls in the order given. The counts look right (4 results, 2 errors), the
contents are wrong.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _settle(aw):
    try:
        return await aw
    except Exception as error:
        return error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = [await _settle(next_done)
                for next_done in asyncio.as_completed([fetch_json(session, u) for u in urls])]
    results, errors = {}, {}
    for url, outcome in zip(urls, outcomes):
        (errors if isinstance(outcome, Exception) else results)[url] = outcome
    return results, errors
