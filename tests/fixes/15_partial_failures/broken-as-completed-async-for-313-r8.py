"""Python 3.13's `async for task in asyncio.as_completed(tasks)`, which yields the original tasks, mapped back to their urls.

BUG: asynchronous iteration of asyncio.as_completed() (and getting the original tasks back) is
new in Python 3.13. On the course's minimum, 3.11 (and 3.12), it returns a plain generator and
every call raises TypeError ("'async for' requires an object with __aiter__ method"), so the
page gets neither results nor errors. On 3.13 it is right.
Relabelled from fail-: otherwise right, it cannot run before 3.13, where it passes.

expect: 'async for' requires an object with __aiter__ method
passes from Python 3.13

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body, `errors` maps each url
        that failed (an HTTP error status, a connection error, a timeout, a body that is
        not JSON) to the exception it raised. Every url lands in exactly one of the two,
        a url listed twice too (if its requests disagree, either outcome may decide).
"""


import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    url_of = {asyncio.ensure_future(fetch_json(session, url)): url for url in urls}
    outcome: dict = {}
    try:
        async for task in asyncio.as_completed(url_of):
            error = task.exception()
            outcome[url_of[task]] = task.result() if error is None else error
    finally:
        for task in url_of:
            task.cancel()
        await asyncio.gather(*url_of, return_exceptions=True)
    results = {url: body for url, body in outcome.items() if not isinstance(body, BaseException)}
    errors = {url: error for url, error in outcome.items() if isinstance(error, BaseException)}
    return results, errors
