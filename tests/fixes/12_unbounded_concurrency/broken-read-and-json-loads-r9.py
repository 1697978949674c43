"""Semaphore + TaskGroup, the body decoded with json.loads(await response.read()) instead of response.json().

BUG: not the JSON body `response.json()` gives: an empty body raises JSONDecodeError (the starter
returns None); a body in the charset the server declares (latin-1) raises UnicodeDecodeError
(json.loads guesses UTF-8 from the bytes); an answer that is not JSON by its Content-Type
(text/html, an error page from a proxy) is returned as data instead of raising ContentTypeError.
Relabelled from fail-: the check's comparison with the starter finds the empty body first,
where it raises (the message names the input and the starter's [None]).

expect: JSONDecodeError: Expecting value

Lesson 12: unbounded concurrency.

A job fetches many items from an API. This version starts every request at once:
with a thousand URLs, a thousand requests are sent together, as many as the
session's connector lets through (100 for a default aiohttp session, every one
with limit=0), however many the API can take. Keep at most `limit` requests in
flight at any moment, use all `limit` of them, and keep the results in order.

Public API (the check calls exactly this):

    async def fetch_all(session, urls, limit) -> list
        GET every URL in `urls` through `session` (an aiohttp.ClientSession) and
        return the JSON bodies in the order of `urls`, with never more than
        `limit` requests in flight at once.
"""
import asyncio
import json

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        # json.loads straight from the bytes: skips aiohttp's decode-to-str step.
        return json.loads(await response.read())


async def fetch_all(session: aiohttp.ClientSession, urls: list[str], limit: int) -> list:
    slots = asyncio.Semaphore(limit)

    async def fetch_one(url: str) -> dict:
        async with slots:
            return await fetch_json(session, url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_one(url)) for url in urls]
    return [task.result() for task in tasks]
