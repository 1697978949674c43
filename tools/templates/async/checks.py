"""Hidden checks for lesson {{NN}}: {{TITLE}}.

TODO(lesson): one paragraph: what the checks decide on (what the local server saw, the loop's
heartbeat), and why that evidence does not depend on how busy the machine is.
"""

import asyncio

import aiohttp

TITLE = "{{TITLE}}"
MINUTES = 30  # TODO(lesson): reading + exercise, measured on a learner
SUMMARY = "TODO(lesson): the mistake → the fix"
REQUIRES = {"fetch_all": "async"}
HINTS = [
    "TODO(lesson): a gentle hint: where to look.",
    "TODO(lesson): closer: the tool to use.",
    "TODO(lesson): nearly the answer, still in words.",
]
LOOP_LIMIT_MS = 100  # a fixed loop stalls about 1 ms; a blocking call for a request's latency


def item_urls(ctx, ids, delay_ms=50) -> list[str]:
    return [f"{ctx.api.url}/items/{n}?delay_ms={delay_ms}" for n in ids]


async def observe(ctx, urls):
    """One call, with the server's counters, the loop's heartbeat and the tasks left behind."""
    before = asyncio.all_tasks()
    async with ctx.client() as session:
        with ctx.api.recording() as seen:
            async with ctx.heartbeat() as beat:
                result = await ctx.call("fetch_all", session, urls)
    await asyncio.sleep(0)
    left = [task for task in asyncio.all_tasks() - before if not task.done()]
    return result, seen, beat, left


async def check_results_in_order(ctx):
    """Every URL's body comes back once, in the order of the URLs, with nothing left running."""
    for ids in ([5, 3, 900, 1], [42]):
        result, seen, _, left = await observe(ctx, item_urls(ctx, ids))
        ctx.expect(list(result) == [{"item": n} for n in ids],
                   f"for items {ids}, fetch_all returned {result!r}",
                   "the caller pairs results with URLs by position",
                   "keep the order of `urls`")
        ctx.expect(seen.total_requests == len(ids),
                   f"the server got {seen.total_requests} requests for {len(ids)} URLs",
                   "each extra request is load for nothing", "request each URL once")
        ctx.expect(not left, f"{len(left)} task(s) were still running after fetch_all returned",
                   "work nobody waits for keeps running and its errors are never seen",
                   "await or cancel every task before returning")


async def check_errors_raise(ctx):
    """An HTTP error raises ClientResponseError, as the docstring says, and the next call works."""
    async with ctx.client() as session:
        try:
            await ctx.call("fetch_all", session, [f"{ctx.api.url}/status/503"], catch=False)
        except* aiohttp.ClientResponseError:
            pass
        else:
            ctx.fail("a URL that answered 503 did not raise",
                     "the caller cannot tell a failure from data",
                     "keep `response.raise_for_status()`")
    result, *_ = await observe(ctx, item_urls(ctx, [7]))
    ctx.expect(result == [{"item": 7}], f"after a failure, the next call returned {result!r}",
               "one failure must not break later calls", "leave no state behind a failure")


async def check_requests_overlap(ctx):
    """The requests were in flight at the server at the same time, and the loop never stalled."""
    # TODO(lesson): the probe of the lesson's own mistake, at two sizes.
    for count in (3, 8):
        _, seen, beat, _ = await observe(ctx, item_urls(ctx, range(count), 100))
        ctx.record(**{f"peak_of_{count}": seen.peak_in_flight})
        ctx.expect(seen.peak_in_flight == count,
                   f"of {count} URLs, at most {seen.peak_in_flight} were in flight at once",
                   "each request waited for the previous one: the user waits for the sum",
                   "start every request before awaiting any")
        ctx.expect(beat.max_lag_ms < LOOP_LIMIT_MS,
                   f"the event loop stalled for {beat.max_lag_ms:.0f} ms",
                   "nothing else in the app could run meanwhile",
                   "never block inside `async def`")


async def measure(ctx):
    urls = item_urls(ctx, range(5), 60)

    async def timed(which):
        async with ctx.client() as session:
            await ctx.call("fetch_all", session, urls, which=which)

    await ctx.race(lambda: timed("broken"), lambda: timed("yours"))
