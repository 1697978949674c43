"""gather(return_exceptions=True); each request keeps the caller's total deadline, with a 5 s default when the caller set none.

BUG: a caller who set only sock_read=0.5 (to cut stalls, not slow answers) waits 5 s for a
stall, and a caller who chose no deadline at all gets a TimeoutError for a source that takes 6
s: the per-request timeout REPLACES the caller's whole session ClientTimeout, so the caller's
other settings are dropped. To be sure there is a deadline, each request gets its own
ClientTimeout(total=the session's total, or 5 s). With a session total set (0.6 s, 10 s) it
behaves exactly as it should, which is what a quick test uses.

--- The exercise's docstring ---

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

DEFAULT_TOTAL = 5.0  # lesson 14: no call without a deadline


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    # The caller's deadline if it chose one, else ours.
    timeout = aiohttp.ClientTimeout(total=session.timeout.total or DEFAULT_TOTAL)
    async with session.get(url, timeout=timeout) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(urls, outcomes, strict=True):
        if isinstance(outcome, Exception):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
