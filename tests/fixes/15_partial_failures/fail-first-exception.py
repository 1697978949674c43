"""Uses asyncio.wait(return_when=FIRST_EXCEPTION) and sorts the done tasks into results/errors.

BUG: it returns at the first failure: the urls still running are in neither dict (the contract
says every url lands in exactly one), their tasks keep running after the function returned with
nobody reading them, and a later failure among them is logged as "Task exception was never
retrieved".
"""

import asyncio

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    tasks = {asyncio.create_task(fetch_json(session, url)): url for url in urls}
    done, _pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    results, errors = {}, {}
    for task in done:
        if task.exception() is not None:
            errors[tasks[task]] = task.exception()
        else:
            results[tasks[task]] = task.result()
    return results, errors
