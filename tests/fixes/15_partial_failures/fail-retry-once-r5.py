"""Each request, gathered together, is retried once after 100 ms when it fails; the outcome of the last attempt is sorted into results or errors.

BUG: a failed source is requested twice for one url (double load on a service that is already
failing, a second non-idempotent side effect), and a source that hangs costs the page twice
the caller's session timeout: the caller chose 0.6 s and waits 1.3 s. The exception in
`errors` is the second attempt's, not the one the url first raised. The lesson's own 'retry
with care' asks for a budget this does not keep.

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


async def fetch_with_retry(session: aiohttp.ClientSession, url: str) -> tuple[bool, object]:
    for attempt in range(2):  # one retry for transient failures
        try:
            return False, await fetch_json(session, url)
        except Exception as error:
            if attempt == 1:
                return True, error
            await asyncio.sleep(0.1)
    raise AssertionError("unreachable")


def _sort(urls: list[str], outcomes: list) -> tuple[dict, dict]:
    results: dict = {}
    errors: dict = {}
    for url, (failed, value) in zip(urls, outcomes, strict=True):
        if failed:
            results.pop(url, None)
            errors[url] = value
        else:
            errors.pop(url, None)
            results[url] = value
    return results, errors


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_with_retry(session, url) for url in urls))
    return _sort(urls, outcomes)
