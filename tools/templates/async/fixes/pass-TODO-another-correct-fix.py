"""TODO(lesson): another correct fix, written the way some learners would (e.g. gather).

Every lesson needs at least four: strictness must never reject a right answer.
"""

import asyncio

__all__ = ["fetch_all"]


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    return await asyncio.gather(*(fetch_json(session, url) for url in urls))
