"""Runs the job in batches of 100 URLs, with one shared session per batch.

BUG: the number of connections still grows with the job, 10 per 100 URLs (1,000 URLs: 100
connections, 100,000 URLs: 10,000), the lesson's mistake divided by 100 instead of removed: the
`async with ClientSession()` sits inside the batch loop, so each batch opens its own pool and 10
new connections. Each batch also waits for its slowest request before the next starts. Jobs of
up to 200 URLs open at most 20 connections.

Lesson 13: a session per request.

The job fetches a list of URLs, 10 at a time. Every request creates a new
aiohttp.ClientSession, and with it a new connection pool: each request opens a
fresh TCP connection (against a real HTTPS API, a fresh TLS handshake too), uses
it once and closes it. Share one session, so that the requests reuse a few
kept-alive connections, and close it when the work is done.

Public API (the check calls exactly this):

    async def fetch_all(urls) -> list
        GET every URL in `urls`, at most CONCURRENCY (10) at once, and return the
        JSON bodies in the order of `urls`.

    async def shutdown() -> None
        Called once when the app stops, after its last fetch_all: close whatever
        fetch_all keeps open between calls (nothing, in this version).
"""

import asyncio

import aiohttp

__all__ = ["CONCURRENCY", "fetch_all", "shutdown"]

CONCURRENCY = 10


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


BATCH = 100  # URLs per gather: a job of 100,000 URLs never holds 100,000 tasks at once


async def fetch_all(urls: list[str]) -> list:
    slots = asyncio.Semaphore(CONCURRENCY)
    results = []
    for first in range(0, len(urls), BATCH):
        async with aiohttp.ClientSession() as session:  # shared by the batch's requests

            async def fetch_one(url: str) -> dict:
                async with slots:
                    return await fetch_json(session, url)

            results += await asyncio.gather(*(fetch_one(url) for url in urls[first:first + BATCH]))
    return results


async def shutdown() -> None:
    pass  # each batch closes its own session
