"""asyncio.as_completed over coroutines that return (url, body, error): order does not matter.

CORRECT (unusual): each outcome carries its own url, so completion order cannot mix them up; every
request runs concurrently; the loop consumes every outcome before returning, so no task is left;
on outside cancellation the finally block cancels and awaits the rest.
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def _tagged(session: aiohttp.ClientSession, url: str):
    try:
        return url, await fetch_json(session, url), None
    except Exception as error:
        return url, None, error


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = [asyncio.ensure_future(_tagged(session, url)) for url in dict.fromkeys(urls)]
    results, errors = {}, {}
    try:
        for next_done in asyncio.as_completed(tasks):
            url, body, error = await next_done
            if error is None:
                results[url] = body
            else:
                errors[url] = error
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors
