"""Wrong: a TaskGroup whose tasks each catch their own failure, but only aiohttp.ClientError.

BUG: a source that runs into the session's deadline makes the page lose every result: its
TimeoutError is not an aiohttp.ClientError, so that task fails, and the TaskGroup cancels the
others and raises an ExceptionGroup.
"""
import asyncio

import aiohttp


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def outcome_of(session, url):
    try:
        return True, await fetch_json(session, url)
    except aiohttp.ClientError as error:
        return False, error


async def fetch_all(session, urls):
    async with asyncio.TaskGroup() as group:
        tasks = {url: group.create_task(outcome_of(session, url)) for url in urls}
    results, errors = {}, {}
    for url, task in tasks.items():
        ok, value = task.result()
        (results if ok else errors)[url] = value
    return results, errors
