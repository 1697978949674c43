"""Lesson 15 attempt: sorted outcomes, and every failure also kept in a module-level log.

`fetch_all` returns `(results, errors)` like the reference, and appends each failure to
`RECENT_FAILURES` "so a /health page or a metrics exporter can show which sources are down".

BUG: memory that grows for as long as the process lives. The list is never trimmed, and each entry
holds the exception with its traceback, whose frames keep the request, the response and its
connection objects alive. A service whose one source is down fails on every page view: after
10,000 page views it holds 10,000 tracebacks (tens of megabytes, climbing until the process is
killed), and nothing in one call's results shows it.
"""

import asyncio
import time

import aiohttp

__all__ = ["RECENT_FAILURES", "fetch_all"]

RECENT_FAILURES: list[tuple[float, str, BaseException]] = []  # (when, url, error) for /health


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    outcome = dict(zip(urls, outcomes))
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    now = time.time()
    RECENT_FAILURES.extend((now, url, error) for url, error in errors.items())
    return results, errors
