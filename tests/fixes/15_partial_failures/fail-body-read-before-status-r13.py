"""Wrong: each body read with response.json() before raise_for_status().

BUG: a 503 whose body stalls is a TimeoutError (after the session's timeout) instead of
ClientResponseError(503); an error sent as text is a ContentTypeError. (The body is read first
and the status checked after, "so the error body is read and the connection released".)
Smallest input: /stall/1?status=503 under a session timeout of 0.6 s.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str):
    async with session.get(url) as response:
        body = await response.json()
        response.raise_for_status()
        return body


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls),
                                    return_exceptions=True)
    outcome = dict(zip(urls, outcomes))  # one outcome per url, a url listed twice too
    results = {url: each for url, each in outcome.items() if not isinstance(each, BaseException)}
    errors = {url: each for url, each in outcome.items() if isinstance(each, BaseException)}
    return results, errors
