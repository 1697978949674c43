"""Lesson {{NN}}: {{TITLE}}.

TODO(lesson): two sentences: what this code is for, and the mistake that makes it slow.
Keep the starter correct: it is the oracle the checks compare the learner's results with.

Public API (the check calls exactly this):

    async def fetch_all(session, urls) -> list
        The JSON body of each URL, in the order of ``urls``, fetched with ``session``;
        an HTTP error status raises ``aiohttp.ClientResponseError``.
"""

import aiohttp

__all__ = ["fetch_all"]


async def fetch_json(session: aiohttp.ClientSession, url: str):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session: aiohttp.ClientSession, urls: list[str]) -> list:
    # TODO(lesson): replace this example mistake (awaits one after another) with the lesson's own.
    return [await fetch_json(session, url) for url in urls]
