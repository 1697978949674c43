"""Hidden checks for lesson 11: sequential awaits.

They decide on what the local server saw, not on a stopwatch: one dashboard's
three requests were in flight together, each exactly once, with the right content,
and the event loop never stalled meanwhile.
"""

from coursekit import slow_api

TITLE = "Sequential awaits"
MINUTES = 30
SUMMARY = "awaits one after another → `asyncio.gather` or a `TaskGroup`"
REQUIRES = {"load_dashboard": "async"}
HINTS = [
    "The three requests do not depend on each other, but each `await` waits for its "
    "request to finish before the next line starts the next one.",
    "Create all three coroutines first and await them together: "
    "`asyncio.gather(a, b, c)` returns their results in the order you passed them.",
    "`profile, posts, notifications = await asyncio.gather(fetch_json(session, url1), "
    "fetch_json(session, url2), fetch_json(session, url3))`. An `asyncio.TaskGroup` works too.",
]
PARTS = ("profile", "posts", "notifications")
# A fixed loop stalls about 1 ms; a blocking call stalls it for a request's whole latency.
LOOP_LIMIT_MS = 100


def expected(user_id: int) -> dict:
    return {part: body(user_id) for part, body in slow_api.USER_PARTS.items()}


async def observe(ctx, user_id: int, which: str = "yours"):
    """One dashboard, with the server's counters and a heartbeat on the loop."""
    async with ctx.client() as session:
        with ctx.api.recording() as seen:
            async with ctx.heartbeat() as beat:
                result = await ctx.call("load_dashboard", session, ctx.api.url, user_id,
                                        which=which)
    return result, seen, beat


def sequence(seen) -> str:
    return ", ".join(f"{label} {start * 1000:.0f}–{end * 1000:.0f} ms"
                     for label, start, end in seen.timeline())


async def check_content(ctx):
    """The dashboard holds the right profile, posts and notifications for the user asked for."""
    for user_id in (7, 12):
        result, _, _ = await observe(ctx, user_id)
        ctx.expect(isinstance(result, dict),
                   f"load_dashboard returned a {type(result).__name__}, not a dict",
                   "the page needs the three parts by name",
                   'return {"profile": ..., "posts": ..., "notifications": ...}')
        ctx.expect(set(result) == set(PARTS),
                   f"the dashboard's keys are {sorted(result)}",
                   f"the page reads exactly these keys: {list(PARTS)}",
                   "keep the starter's return statement")
        for part in PARTS:
            ctx.expect(result[part] == expected(user_id)[part],
                       f"for user {user_id}, {part!r} was {result[part]!r}",
                       f"the server sent {expected(user_id)[part]!r}",
                       f"return the JSON body of /users/{user_id}/{part} as it came")


async def check_each_once(ctx):
    """Each of the three endpoints was requested exactly once per dashboard."""
    _, seen, _ = await observe(ctx, 3)
    counts = {part: seen.requests[part] for part in PARTS}
    ctx.expect(counts == dict.fromkeys(PARTS, 1) and seen.total_requests == 3,
               f"one dashboard made these requests: {dict(seen.requests)}",
               "extra requests cost the server and the user time; missing ones lose data",
               "request each of profile, posts and notifications once")


async def check_overlap(ctx):
    """The three requests of one dashboard were in flight at the same time."""
    _, seen, _ = await observe(ctx, 5)
    ctx.record(peak_in_flight=seen.peak_in_flight)
    ctx.expect(seen.peak_in_flight == 3,
               f"the server never had more than {seen.peak_in_flight} of the 3 requests in "
               f"flight at once: {sequence(seen)}",
               "each request still waits for the one before it, so the user waits for the sum "
               "of the three latencies (about 260 ms) instead of the slowest one (about 120 ms)",
               "start all three before awaiting any of them: `asyncio.gather` or a `TaskGroup`")


async def check_loop_free(ctx):
    """The event loop never stalled for more than 100 ms while the dashboard loaded."""
    _, _, beat = await observe(ctx, 9)
    ctx.record(max_loop_lag_ms=round(beat.max_lag_ms, 1))
    ctx.expect(beat.max_lag_ms < LOOP_LIMIT_MS,
               f"the event loop was blocked for {beat.max_lag_ms:.0f} ms at a time",
               "while the loop is blocked, no other request of the app can make progress",
               "use aiohttp through the session you are given, never a blocking HTTP call")


async def measure(ctx):
    for which, color in (("broken", "#d9534f"), ("yours", "#2e8b57")):
        _, seen, _ = await observe(ctx, 1, which)
        ctx.show("timeline", color=color, title=f"One dashboard, {which}: what the server saw",
                 intervals=seen.timeline())
    async with ctx.client() as session:
        await ctx.race(lambda: ctx.call("load_dashboard", session, ctx.api.url, 1, which="broken"),
                       lambda: ctx.call("load_dashboard", session, ctx.api.url, 1),
                       title="One dashboard: median of 3 runs each")
