"""An anyio task group, one task per distinct URL, each filing its body or its Exception.

Right: every request runs at the same time and ends in exactly one dict; an Exception is
filed with the very object raised; a cancellation from outside is not caught (CancelledError
is not an Exception), so the group cancels the rest, waits for them and fetch_all raises.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> tuple[dict, dict]
        GET every url of `urls` at the same time, and return `(results, errors)`:
        `results` maps each url that answered to its JSON body (an empty body sent as
        JSON reads as None), `errors` maps each url that failed (an HTTP error status, a
        connection error, a timeout, a body that is not JSON) to the exception it raised.
        Every url lands in exactly one of the two, a url listed twice too (if its
        requests disagree, either outcome may decide).
"""

import aiohttp
import anyio

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()  # an HTTP 500 becomes aiohttp.ClientResponseError
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> tuple[dict, dict]:
    results, errors = {}, {}

    async def one(url: str) -> None:
        try:
            results[url] = await fetch_json(session, url)
        except Exception as exc:
            errors[url] = exc

    async with anyio.create_task_group() as group:
        for url in dict.fromkeys(urls):
            group.start_soon(one, url)
    return results, errors
