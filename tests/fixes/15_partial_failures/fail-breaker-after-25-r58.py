"""Lesson 15 attempt: sorted outcomes, plus a small circuit breaker for sources that stay down.

A source that failed 25 times in a row is not asked again for 30 s; while its breaker is open it is
reported in `errors` at once with a `ConnectionError("circuit open")`, so a dead dependency stops
costing every page a timeout. Fewer failures than that change nothing.

BUG: memory hidden in a helper whose callers expect every source asked on every call. After 25
failed calls in a row (a few seconds of traffic on a busy page), a source that has come back is
still reported as failed for 30 s without being asked, with an exception it never raised; the
per-url counters live for the whole process (one entry per distinct url: memory that grows) and
are shared by every caller, so one page's failures switch the source off for all the others. A test
that checks recovery after 20 failures never opens the breaker.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]

TRIP_AFTER = 25     # consecutive failures
COOL_DOWN = 30.0    # seconds, on the event loop's clock
_failures: dict[str, int] = {}
_open_until: dict[str, float] = {}


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    loop = asyncio.get_running_loop()
    if _open_until.get(url, 0.0) > loop.time():
        raise ConnectionError(f"circuit open for {url}")
    try:
        async with session.get(url) as response:
            response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
            body = await response.json()
    except Exception:
        _failures[url] = _failures.get(url, 0) + 1
        if _failures[url] >= TRIP_AFTER:
            _open_until[url] = loop.time() + COOL_DOWN
        raise
    _failures[url] = 0
    return body


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    outcome = dict(zip(urls, outcomes))
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    return results, errors
