"""Wrong: a TaskGroup whose tasks each catch their own failure, but only aiohttp.ClientError.

The TimeoutError of the session's deadline is not an aiohttp.ClientError: that task fails, the
TaskGroup cancels the others and raises an ExceptionGroup: every result is lost.
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
