"""Gathered with return_exceptions=True; a timeout, whose str() is empty, is stored as a new TimeoutError that names the url, for a readable report.

BUG: a source that hangs is reported with a TimeoutError that was never raised: its
`__traceback__` is None, so the caller's `logger.exception` or `traceback.print_exception` shows
a message and no line of code, and the request's own exception (its traceback, its cause) is
gone. The type is right (TimeoutError), so a check of types alone sees nothing.
"""
import asyncio

__all__ = ["fetch_all"]


async def fetch_json(session, url):
    async with session.get(url) as response:
        response.raise_for_status()
        return await response.json()


async def fetch_all(session, urls):
    unique = list(dict.fromkeys(urls))
    outcomes = await asyncio.gather(*(fetch_json(session, url) for url in unique),
                                    return_exceptions=True)
    results, errors = {}, {}
    for url, outcome in zip(unique, outcomes, strict=True):
        if isinstance(outcome, TimeoutError):
            errors[url] = TimeoutError(f"no answer from {url} within the session's timeout")
        elif isinstance(outcome, BaseException):
            errors[url] = outcome
        else:
            results[url] = outcome
    return results, errors
