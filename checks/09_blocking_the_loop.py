"""Hidden checks for lesson 09: blocking the loop.

They decide on a heartbeat task's largest gap on the running event loop (a blocking
call stalls it for the whole wait) and on what the local server saw: requests in
flight together, and retries that still come with their pauses between them.
"""

TITLE = "Blocking the event loop"
MINUTES = 35
SUMMARY = "`time.sleep` and urllib inside `async def` → `await asyncio.sleep`, aiohttp, `to_thread`"
REQUIRES = {"fetch_json": "async", "fetch_all": "async"}
HINTS = [
    "Only two lines wait: `urllib.request.urlopen(...)` and `time.sleep(pause)`. Neither "
    "has an `await`, so while they wait the event loop's only thread waits with them.",
    "Make `read_json` an `async def` that takes the session: `async with session.get(url) "
    "as response:`, `response.status` for the 5xx test, `await response.json()` for the "
    "body. Then `await read_json(session, url)` in `fetch_json`.",
    "The pause becomes `await asyncio.sleep(pause)`. Keep the pauses and the three "
    "attempts; `fetch_all` can stay as it is. If a blocking call truly cannot be replaced "
    "(a vendor SDK), `await asyncio.to_thread(blocking_function, url)` runs it on a thread.",
]
LIMIT_MS = 100  # the longest stall allowed; the starter stalls 300 to 400 ms
PAUSES = (0.15, 0.3)  # the starter's RETRY_PAUSES
ITEMS = (11, 12, 13, 14)
_observed: dict = {}


async def observe(ctx, paths: tuple[str, ...], which: str = "yours"):
    """fetch_all over ``paths`` with the server's counters and a heartbeat; kept per run."""
    key = (which, paths)
    if key not in _observed:
        urls = [ctx.api.url + path for path in paths]
        async with ctx.client() as session:
            with ctx.api.recording() as seen:
                async with ctx.heartbeat() as beat:
                    result = await ctx.call("fetch_all", session, urls, which=which)
        _observed[key] = (result, seen, beat)
    return _observed[key]


def items_paths() -> tuple[str, ...]:
    return tuple(f"/items/{n}" for n in ITEMS)  # 100 ms each


def failing_paths() -> tuple[str, ...]:
    return ("/fail/1?delay_ms=20",)


def sequence(seen) -> str:
    return ", ".join(f"{start * 1000:.0f}–{end * 1000:.0f} ms" for _, start, end in seen.timeline())


async def check_content(ctx):
    """fetch_json and fetch_all return the JSON bodies in order, and None for a URL that keeps failing."""
    async with ctx.client() as session:
        one = await ctx.call("fetch_json", session, f"{ctx.api.url}/items/42?delay_ms=10")
    ctx.expect(one == {"item": 42},
               f"fetch_json on /items/42 returned {one!r}",
               'the server sent {"item": 42}',
               "return the JSON body: `await response.json()`")
    paths = ("/items/3?delay_ms=20", "/fail/7?delay_ms=10", "/items/5?delay_ms=20")
    result, _, _ = await observe(ctx, paths)
    want = [{"item": 3}, None, {"item": 5}]
    ctx.expect(isinstance(result, list | tuple) and list(result) == want,
               f"fetch_all on /items/3, /fail/7, /items/5 returned {result!r}",
               f"the caller expects {want!r}: one result per URL, in order, None for the "
               "URL that answers HTTP 500 every time",
               "keep the starter's return values: the JSON body, or None after three 5xx answers")


async def check_retries(ctx):
    """A failing URL is tried three times, with the pauses of RETRY_PAUSES between the attempts."""
    _, seen, _ = await observe(ctx, failing_paths())
    attempts = seen.timeline()
    ctx.expect(len(attempts) == 3,
               f"a URL that answers HTTP 500 every time was requested {len(attempts)} times",
               "the retry policy is three attempts: fewer gives up on a server that might "
               "recover, more hammers one that is failing",
               "keep the loop over RETRY_PAUSES and the final attempt after it")
    gaps = [attempts[i + 1][1] - attempts[i][2] for i in range(2)]
    ctx.record(retry_gaps_ms=[round(gap * 1000) for gap in gaps])
    ctx.expect(all(gap >= 0.6 * pause for gap, pause in zip(gaps, PAUSES, strict=True)),
               "the server saw the retries " + " and ".join(f"{gap * 1000:.0f} ms" for gap in gaps)
               + " after the attempt before them",
               f"the pauses are {PAUSES[0]:g} s and {PAUSES[1]:g} s: retrying at once hits a "
               "struggling server again before it had a chance to recover",
               "the pause must still last as long, it just must not hold the loop: "
               "is every `asyncio.sleep(...)` awaited?")


async def check_loop_free_requests(ctx):
    """The event loop never stalled for more than 100 ms while fetch_all fetched four items."""
    _, _, beat = await observe(ctx, items_paths())
    ctx.record(max_loop_lag_ms=round(beat.max_lag_ms, 1))
    ctx.expect(beat.max_lag_ms < LIMIT_MS,
               f"while fetch_all fetched {len(ITEMS)} items (100 ms each at the server), the "
               f"event loop was blocked for {beat.max_lag_ms:.0f} ms at a time",
               "a blocking HTTP call holds the loop's only thread until the answer arrives: "
               "no other task can run, not even the other requests of the same gather",
               "send the request through the aiohttp `session` you are given: "
               "`async with session.get(url) as response:`")


async def check_overlap(ctx):
    """The four requests of one fetch_all were in flight at the server at the same time."""
    _, seen, _ = await observe(ctx, items_paths())
    ctx.record(peak_in_flight=seen.peak_in_flight)
    ctx.expect(seen.peak_in_flight == len(ITEMS),
               f"the server had at most {seen.peak_in_flight} of the {len(ITEMS)} requests in "
               f"flight at once: {sequence(seen)}",
               "gather overlaps coroutines only while they are suspended at an await: the "
               "requests still run one after another",
               "start every request with the session and await it; keep `asyncio.gather` in "
               "fetch_all")


async def check_loop_free_backoff(ctx):
    """The event loop never stalled for more than 100 ms while fetch_json paused between retries."""
    _, _, beat = await observe(ctx, failing_paths())
    ctx.record(max_backoff_lag_ms=round(beat.max_lag_ms, 1))
    ctx.expect(beat.max_lag_ms < LIMIT_MS,
               f"while fetch_json waited between attempts at a failing URL, the event loop "
               f"was blocked for {beat.max_lag_ms:.0f} ms at a time",
               "time.sleep holds the thread for the whole pause: every other task of the app "
               "waits too, although there is nothing to do but wait",
               "`await asyncio.sleep(pause)` suspends only this coroutine")


async def measure(ctx):
    for which, color in (("broken", "#d9534f"), ("yours", "#2e8b57")):
        _, seen, beat = await observe(ctx, items_paths(), which)
        ctx.show("stalls", samples=beat.samples, limit_ms=LIMIT_MS,
                 title=f"Fetching {len(ITEMS)} items, {which}: the event loop's stalls")
        ctx.show("timeline", color=color, intervals=seen.timeline(),
                 title=f"Fetching {len(ITEMS)} items, {which}: what the server saw")
    urls = [ctx.api.url + path for path in items_paths()]
    async with ctx.client() as session:
        await ctx.race(lambda: ctx.call("fetch_all", session, urls, which="broken"),
                       lambda: ctx.call("fetch_all", session, urls),
                       title=f"fetch_all of {len(ITEMS)} items: median of 3 runs each")
