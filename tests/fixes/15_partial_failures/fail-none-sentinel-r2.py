"""Each url gives a (body, error) pair; a url lands in results when it has a body, else in errors.

BUG: a source whose legitimate answer is JSON null lands in errors with the value None, which is
    not an exception, and no error happened. Outcomes are (body, error) pairs, sorted with
    `if body is not None`.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _outcome(session: aiohttp.ClientSession, url: str) -> tuple[dict | None, Exception | None]:
    try:
        return await fetch_json(session, url), None
    except aiohttp.ClientError as error:
        return None, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    pairs = await asyncio.gather(*(_outcome(session, url) for url in urls))
    results, errors = {}, {}
    for url, (body, error) in zip(urls, pairs):
        if body is not None:
            results[url] = body
        else:
            errors[url] = error
    return results, errors
