"""Hidden checks for lesson 13: a session per request.

They decide on what the local server counted and on what Python reported. The
results are right and in order, and at most 10 requests run at once. Then the
app runs two jobs of 60 requests each: the TCP connections the server accepted
per job must stay at most 20 (one shared session needs at most 10, the limit on
requests in flight; a session per request needs 60). Last, after the jobs and
`shutdown()`, a garbage collection must find no unclosed session, connector or
socket (ResourceWarning, or aiohttp's "Unclosed ..." report to the event loop),
and the server must see every connection closed. So a session kept for the
whole app and closed in `shutdown()` passes, like one `async with` session per
job; a session that is never closed, or closed only by the garbage collector,
fails.
"""

import asyncio
import contextlib
import gc
import time
import warnings
from collections import Counter

TITLE = "A session per request"
MINUTES = 30
SUMMARY = "a new `ClientSession` per call → one shared session, closed at the end"
REQUIRES = {"fetch_all": "async", "shutdown": "async"}
HINTS = [
    "Every call of `fetch_json` opens a new `aiohttp.ClientSession`. A session owns a pool of "
    "connections, so each request gets a pool of its own, opens a new connection, uses it once "
    "and closes it.",
    "Create one session for the whole job, in `fetch_all`, and pass it to `fetch_json` as an "
    "argument. `async with aiohttp.ClientSession() as session:` closes it when the job is done; "
    "make sure every request has finished before that block ends.",
    "`async def fetch_json(session, url)` uses `session.get(url)`; in `fetch_all`, put the "
    "`gather(...)` inside `async with aiohttp.ClientSession() as session:` and call "
    "`fetch_json(session, url)` in `fetch_one`. `shutdown` can stay empty.",
]

CONCURRENCY = 10
JOB = 60  # requests per job
MAX_CONNECTIONS = 2 * CONCURRENCY  # a shared session needs at most CONCURRENCY; per request: JOB


def item_urls(ctx, ids, delay_ms) -> list[str]:
    delays = delay_ms if isinstance(delay_ms, list) else [delay_ms] * len(ids)
    return [f"{ctx.api.url}/items/{n}?delay_ms={ms}" for n, ms in zip(ids, delays, strict=True)]


async def job(ctx, ids=range(JOB), delay_ms=20, which="yours"):
    """One fetch_all of the given items, with what the server saw."""
    with ctx.api.recording() as seen:
        result = await ctx.call("fetch_all", item_urls(ctx, ids, delay_ms), which=which)
    return result, seen


@contextlib.contextmanager
def leak_reports():
    """Collects ResourceWarnings and aiohttp's 'Unclosed ...' loop reports, after a gc.collect()."""
    found = Counter()
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()

    def handler(loop, context):
        message = str(context.get("message", ""))
        if message.lower().startswith("unclosed"):
            return  # aiohttp reports it as a ResourceWarning too, counted below
        if previous is not None:
            previous(loop, context)
        else:
            loop.default_exception_handler(context)

    loop.set_exception_handler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield found
            gc.collect()
        for warning in caught:
            if issubclass(warning.category, ResourceWarning):
                found[str(warning.message).split(" <")[0].split(" fd=")[0]] += 1
    finally:
        loop.set_exception_handler(previous)


async def open_connections(ctx, wait: float = 2.0) -> int:
    """Connections still open at the server, once it has had ``wait`` s to see them close."""
    deadline = time.perf_counter() + wait
    while True:
        count = ctx.api.stats().open_connections
        if count == 0 or time.perf_counter() > deadline:
            return count
        await asyncio.sleep(0.02)


async def check_results(ctx):
    """fetch_all returns every item's JSON body, in the order of the URLs."""
    ids = [17, 3, 42, 8, 25, 1, 30, 12, 9, 50, 6, 21]
    result, seen = await job(ctx, ids, [130 - 10 * index for index in range(len(ids))])
    ctx.expect(isinstance(result, list | tuple),
               f"fetch_all returned a {type(result).__name__}, not a list",
               "the caller reads one result per URL, by position",
               "return the list that `asyncio.gather` gives you (awaited)")
    got = [body.get("item") if isinstance(body, dict) else body for body in result]
    ctx.expect(list(result) == [{"item": n} for n in ids],
               f"asked for items {ids}, got {got}",
               "every URL needs its own result, in the order of the URLs",
               "keep the starter's gather: it returns results in the order of the URLs")
    ctx.expect(seen.total_requests == len(ids),
               f"the server got {seen.total_requests} requests for {len(ids)} URLs",
               "each URL should cost one request",
               "request each URL exactly once")


async def check_bounded(ctx):
    """At most 10 requests are in flight at once, as before."""
    _, seen = await job(ctx)
    ctx.record(peak_in_flight=seen.peak_in_flight)
    ctx.expect(seen.peak_in_flight <= CONCURRENCY,
               f"the server had {seen.peak_in_flight} of {JOB} requests in flight at once",
               f"the job promises the API at most {CONCURRENCY} at once (lesson 12)",
               "keep the starter's Semaphore around each request")


async def check_reuses_connections(ctx):
    """Two jobs of 60 requests each: each job made at most 20 TCP connections, not one per request."""
    counts = []
    for _ in range(2):
        _, seen = await job(ctx)
        counts.append(seen.connections)
    ctx.record(connections_per_job=max(counts))
    ctx.expect(max(counts) <= MAX_CONNECTIONS,
               f"the server accepted {counts[0]} and {counts[1]} TCP connections for two jobs "
               f"of {JOB} requests each",
               "every request paid for a new connection (a TCP handshake here; TCP and TLS "
               "against a real HTTPS API) and threw it away: each ClientSession has a "
               "connection pool of its own, so a session per request reuses nothing",
               f"share one session for all the requests of the job: at most {CONCURRENCY} "
               "connections are then enough, each reused from one request to the next")


async def check_closed(ctx):
    """After the last job and shutdown(), nothing is left unclosed: no warnings, no open connections."""
    with leak_reports() as leaks:
        await job(ctx)
        await ctx.call("shutdown")
    ctx.record(unclosed_reports=sum(leaks.values()))
    ctx.expect(not leaks,
               "after a job and shutdown(), the garbage collector found: "
               + ", ".join(f"{what} ({count}x)" for what, count in leaks.items()),
               "a session that is never closed keeps its connections (and their sockets) until "
               "the garbage collector happens to find it; in a long-running app they pile up",
               "close every session you create: `async with aiohttp.ClientSession() as "
               "session:` around the job, or `await session.close()` in shutdown()")
    still_open = await open_connections(ctx)
    ctx.record(open_after_shutdown=still_open)
    ctx.expect(still_open == 0,
               f"2 s after shutdown(), the server still had {still_open} connection(s) open "
               "from this client",
               "a session (or a connector) was never closed: its pooled connections stay open "
               "for as long as the process lives, holding a socket here and a slot on the server",
               "if you keep a session between calls, close it in shutdown(): "
               "`await session.close()`")


async def measure(ctx):
    for which in ("broken", "yours"):
        _, seen = await job(ctx, which=which)
        ctx.record(**{f"connections_{which}": seen.connections})
    await ctx.race(lambda: job(ctx, delay_ms=0, which="broken"),
                   lambda: job(ctx, delay_ms=0),
                   title=f"{JOB} requests to a 0 ms server, {CONCURRENCY} at a time: median of 3")
    await ctx.call("shutdown")
