"""One task per url in a dict `{url: task}`, gathered with return_exceptions=True and sorted by the type of each outcome.

BUG: for a url listed twice, fetch_all can return while one of its requests still runs, and when
that request fails the log shows 'Task exception was never retrieved': a url listed twice starts
two requests, but the dict comprehension keeps only the second task, and nobody awaits the
first. Its outcome is ignored even where it is the one that would decide. With distinct urls it
is correct.

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error) to the exception it
        raised. Every url lands in exactly one of the two.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = {url: asyncio.create_task(fetch_json(session, url)) for url in urls}
    outcomes = await asyncio.gather(*tasks.values(), return_exceptions=True)
    results: dict = {}
    errors: dict = {}
    for url, outcome in zip(tasks, outcomes, strict=True):
        if isinstance(outcome, Exception):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
