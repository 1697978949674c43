"""Learner kept a sliding window of tasks by hand: asyncio.wait(FIRST_COMPLETED), one new task per finished one.

Correct: at most `limit` tasks exist at once, a finished one is replaced at once, results
are stored by index; the first error is raised as soon as it arrives, and a finally block
cancels and awaits whatever is still pending (on an error and on the caller's cancellation),
so nothing runs on and no exception goes unretrieved.

Lesson 12: unbounded concurrency.

A job fetches many items from an API. This version starts every request at once:
with a thousand URLs, gather starts a thousand requests together, and as many
reach the API as the session's connector lets through (100 for a default aiohttp
session, all of them with limit=0), however many the API can take. Keep at most
`limit` requests in flight at any moment, use all `limit` of them, and keep the
results in order.

Public API (the check calls exactly this):

    async def fetch_all(session, urls, limit) -> list
        GET every URL in `urls` through `session` (an aiohttp.ClientSession) and
        return the JSON bodies in the order of `urls`, with never more than
        `limit` requests in flight at once (`limit` is at least 1 and may
        exceed len(urls)).
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str], limit: int) -> list:
    results: list = [None] * len(urls)
    todo = iter(enumerate(urls))
    pending: dict[asyncio.Task, int] = {}

    def start_next() -> None:
        for index, url in todo:
            pending[asyncio.create_task(fetch_json(session, url))] = index
            return

    try:
        for _ in range(min(limit, len(urls))):
            start_next()
        while pending:
            done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            failed = []
            for task in done:
                index = pending.pop(task)
                if task.exception() is None:
                    results[index] = task.result()
                    start_next()
                else:
                    failed.append(task.exception())
            if failed:
                raise failed[0]
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
    return results
