"""Lesson 15 attempt: asyncio.as_completed, each outcome stored as it arrives.

Every url is fetched at once; each finished request is sorted into `results` or `errors` the
moment it completes, so the first answers are ready early and nothing waits for the list order.

BUG: both dicts come back in completion order, not in the order of `urls`. The starter (and
`dict(zip(urls, ...))`) keeps the caller's order; here a page that renders its panels by iterating
`results` shows them in a different order on every load (whichever source answered first), and a
caller that zips `results.values()` with its own list of panel names pairs the wrong bodies with the
wrong names. Nothing raises: the content is silently shuffled.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _outcome(session, url):
    try:
        return url, True, await fetch_json(session, url)
    except Exception as error:
        return url, False, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    results, errors = {}, {}
    tasks = [asyncio.ensure_future(_outcome(session, url)) for url in urls]
    try:
        for next_done in asyncio.as_completed(tasks):
            url, ok, value = await next_done
            if url in results or url in errors:
                continue  # a url listed twice: the first outcome decides
            (results if ok else errors)[url] = value
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors
