"""gather(return_exceptions=True), then two comprehensions over zip(urls, outcomes) sort the outcomes into results and errors.

BUG: two comprehensions over zip(urls, outcomes) put a url that is listed twice, and whose two requests disagree (a flaky source: one 200, one 503), in
BOTH results and errors: "Every url lands in exactly one of the two" is broken on duplicate
urls. With distinct urls it is exactly right.

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


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    results = {url: each for url, each in zip(urls, outcomes, strict=True)
               if not isinstance(each, BaseException)}
    errors = {url: each for url, each in zip(urls, outcomes, strict=True)
              if isinstance(each, BaseException)}
    return results, errors
