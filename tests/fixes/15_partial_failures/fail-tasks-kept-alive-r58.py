"""Lesson 15 attempt: sorted outcomes, every task kept in a module-level set so none is collected.

The asyncio docs warn that the event loop keeps only weak references to tasks, so each request task
is added to `_RUNNING` ("keep a strong reference") before gather sorts the outcomes.

BUG: the docs' pattern has a second half, `task.add_done_callback(_RUNNING.discard)`, and it is
missing: the set only grows. Every finished task stays referenced for the life of the process, and
with it its result (the whole JSON body) or its exception and traceback. A page that fetches six
sources leaks six bodies per view: memory that climbs until the service is restarted, invisible in
any single call.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

_RUNNING: set[asyncio.Task] = set()  # strong references, so the loop cannot drop a task


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = [asyncio.create_task(fetch_json(session, url)) for url in urls]
    _RUNNING.update(tasks)
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    outcome = dict(zip(urls, outcomes))
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    return results, errors
