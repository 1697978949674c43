"""TODO(lesson): a wrong fix a learner would plausibly write: the mistake moved, not removed.

BUG: the coroutines are created first but still awaited one by one: nothing overlaps.
"""

__all__ = ["fetch_all"]


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    pending = [fetch_json(session, url) for url in urls]
    return [await each for each in pending]
