"""A deadline of its own only when the caller's session has none ("never hang the page").

BUG: a caller who chose no limit gets a TimeoutError in `errors` for any source slower than 2 s:
the caller's deadline is replaced by one of `fetch_all`'s ("its timeout is the caller's choice",
"add no deadline of your own"). Lesson 14 taught that a source with no deadline can hold the
page for ever, so this version respects the caller's timeout when there is one and, when the
session has no `total` (aiohttp.ClientTimeout() with no arguments), puts its own 2 s
`asyncio.timeout` around each request. Sorting, duplicates, cleanup and cancellation are right,
and the check's case of a 2.5 s source under a caller's 10 s timeout passes.

Verified: scratch/v_extra.py: a 2.5 s source under a session with aiohttp.ClientTimeout()
(no limit): the starter alone returns its body, pass-taskgroup-tagged returns 2 results in
2.51 s, this file puts TimeoutError in errors after 2.00 s. Under a session total=10 it
keeps the source (2 results, 2.50 s), which is the case the lesson's check describes.

Lesson 15: partial failures.

The overview page is built from several sources, fetched at the same time. When one
of them fails, this version loses all of them: the first exception escapes
`asyncio.gather`, the page gets nothing, and the other requests run on with nobody
waiting for them. Keep what arrived, and report what failed.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body (an empty body sent as
        JSON reads as None), `errors` maps each url that failed (an HTTP error status, a
        connection error, a timeout, a body that is not JSON) to the exception it raised.
        Every url lands in exactly one of the two, a url listed twice too (if its
        requests disagree, either outcome may decide).
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

DEFAULT_DEADLINE = 2.0  # seconds, only when the caller's session sets no total timeout


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    deadline = None if session.timeout.total else DEFAULT_DEADLINE

    async def guarded(url: str):
        async with asyncio.timeout(deadline):
            return await fetch_json(session, url)

    outcomes = await asyncio.gather(*(guarded(url) for url in urls), return_exceptions=True)
    outcome = dict(zip(urls, outcomes))
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    return results, errors
