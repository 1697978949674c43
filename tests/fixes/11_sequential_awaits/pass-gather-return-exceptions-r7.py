"""Runs the three requests with gather(return_exceptions=True), then raises the failure (alone, or several in an ExceptionGroup) or returns the dashboard.

CORRECT: the three start together; the call returns only once all three have ended, so nothing it started outlives it, whether it returns or raises; a failed part's own exception is raised unchanged (two or three failures together in an ExceptionGroup, which the contract allows); a caller's cancellation cancels the outer gather, which cancels the three children and re-raises CancelledError. No deadline of its own, each part asked once, parts keyed by name, not by completion order.

Lesson 11: sequential awaits.

A dashboard needs three independent things about a user. This version asks for
them one after another, so the user waits for the sum of the three latencies.
Make the three requests run at the same time, so the wait is only the slowest one.

Public API (the check calls exactly this):

    async def load_dashboard(session, base_url, user_id) -> dict
        GET {base_url}/users/{user_id}/profile, .../posts and .../notifications
        and return {"profile": ..., "posts": ..., "notifications": ...}, the JSON bodies.
"""

import asyncio

import aiohttp

__all__ = ["load_dashboard"]


async def fetch_json(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def load_dashboard(session: aiohttp.ClientSession, base_url: str, user_id: int) -> dict:
    user = f"{base_url}/users/{user_id}"
    parts = ("profile", "posts", "notifications")
    results = await asyncio.gather(*(fetch_json(session, f"{user}/{part}") for part in parts),
                                   return_exceptions=True)
    errors = [result for result in results if isinstance(result, BaseException)]
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise BaseExceptionGroup("dashboard parts failed", errors)
    return dict(zip(parts, results, strict=True))
