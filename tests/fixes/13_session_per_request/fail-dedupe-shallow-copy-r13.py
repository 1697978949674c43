"""One session per job (async with), each distinct URL fetched once, and every position given its own copy of the body (copy.copy).

BUG: a caller that edits one position of a URL listed twice (appends to its "tags", fills in a
nested "price") edits the other too: copy.copy copies the top level only, so the two dicts
share every inner list and dict. That breaks "each position its own object" for JSON bodies
that nest.
The course API's bodies are flat ({"item": n}), where a shallow copy is indistinguishable from
a deep one. Verification (verify/13_session_per_request/fail-dedupe-shallow-copy-r13.py): the
URL /json?value={"tags":["a"],"price":{"eur":1}} listed twice: starter, inner lists shared:
False, after results[0]["tags"].append("x") results[1]["tags"] == ['a']; this attempt, shared:
True, results[1]["tags"] == ['a', 'x']. One request instead of two, 1 connection.

Lesson 13: a session per request.

The job fetches a list of URLs, 10 at a time. Every request creates a new
aiohttp.ClientSession, and with it a new connection pool: each request opens a
fresh TCP connection (against a real HTTPS API, a fresh TLS handshake too), uses
it once and closes it. Share one session, so that the requests reuse a few
kept-alive connections, and close it when the work is done.

Public API (the check calls exactly this):

    async def fetch_all(urls) -> list
        GET every URL in `urls`, at most CONCURRENCY (10) at once within each call,
        and return the JSON bodies in the order of `urls` (each position its own
        object; a URL listed twice may be fetched once).

    async def shutdown() -> None
        Called once when the app stops, after its last fetch_all: close whatever
        fetch_all keeps open between calls (nothing, in this version).
"""

import asyncio
import copy

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)
    unique = list(dict.fromkeys(urls))  # a URL listed twice is fetched once
    async with aiohttp.ClientSession() as session:

        async def fetch_one(url: str) -> dict:
            async with slots:
                return await fetch_json(session, url)

        bodies = dict(zip(unique, await asyncio.gather(*(fetch_one(url) for url in unique)),
                          strict=True))
    return [copy.copy(bodies[url]) for url in urls]  # each position its own object


async def shutdown() -> None:
    pass  # fetch_all closes its session itself
