"""Correct, unusual: a TaskGroup whose tasks never fail (each returns a tagged outcome), sorted with match/case.

"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _settle(session: aiohttp.ClientSession, url: str) -> tuple[str, str, object]:
    try:
        return ("ok", url, await fetch_json(session, url))
    except Exception as error:
        return ("failed", url, error)


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    async with asyncio.TaskGroup() as group:  # cancelled together if *we* are cancelled
        settled = [group.create_task(_settle(session, url)) for url in dict.fromkeys(urls)]
    results, errors = {}, {}
    for task in settled:
        match task.result():
            case ("ok", url, body):
                results[url] = body
            case ("failed", url, error):
                errors[url] = error
    return results, errors
