"""Hidden checks for lesson 12: unbounded concurrency.

They decide on what the local server saw. Every URL is fetched once and the
results come back in order. The server's peak of requests in flight equals the
limit exactly: above it the bound does not hold; below it (one at a time, say)
it is bounded but needlessly slow, which `<=` alone would let through. Finally,
with one slow URL in every group of `limit`, a freed slot must go to the next
waiting URL at once: batches of `limit` under gather reach the same peak but
leave slots idle while each batch waits for its slowest request, so the check
looks for stretches where fewer than `limit` requests were in flight although
URLs were still waiting (a few ms for a real pool, the slow request's whole
500 ms for batches). A pool whose workers each own a fixed share of the URLs
idles the same way, and fails for the same reason.
"""

from coursekit.concurrency_view import in_flight_steps

TITLE = "Unbounded concurrency"
MINUTES = 35
SUMMARY = "1,000 requests at once → an `asyncio.Semaphore` (or K workers) bounds them"
REQUIRES = {"fetch_all": "async"}
HINTS = [
    "`gather` starts every request at once: nothing in `fetch_all` makes a request wait for "
    "a free slot. What you need is a counter of free slots that every request shares.",
    "`asyncio.Semaphore(limit)` is that counter. `async with slots:` takes a slot, waits while "
    "none is free, and gives it back at the end. Create it once per `fetch_all` call, outside "
    "the per-URL code, so that every request shares the same one.",
    "`slots = asyncio.Semaphore(limit)`, then an inner `async def fetch_one(url):` whose body is "
    "`async with slots: return await fetch_json(session, url)`, and "
    "`return await asyncio.gather(*(fetch_one(url) for url in urls))`.",
]

SLOW_MS, FAST_MS = 500, 10
IDLE_LIMIT_MS = 200  # a real pool idles a few ms at a time; batches idle for about SLOW_MS


def item_urls(ctx, ids, delays) -> list[str]:
    return [f"{ctx.api.url}/items/{n}?delay_ms={ms}" for n, ms in zip(ids, delays, strict=True)]


async def observe(ctx, urls, limit, which="yours"):
    async with ctx.client() as session:
        with ctx.api.recording() as seen:
            result = await ctx.call("fetch_all", session, urls, limit, which=which)
    return result, seen


def idle_while_waiting(seen, limit) -> tuple[float, float]:
    """Longest stretch (s) with fewer than ``limit`` in flight while URLs still waited, and its start."""
    starts = sorted(start for _, start, _ in seen.timeline())
    first, last = starts[0], starts[-1]
    longest, longest_at, below_since = 0.0, first, None
    for at, count in in_flight_steps(seen.timeline()):
        if at > last:
            break
        if count < limit and below_since is None:
            below_since = max(at, first)
        elif count >= limit and below_since is not None:
            if at - below_since > longest:
                longest, longest_at = at - below_since, below_since
            below_since = None
    if below_since is not None and last - below_since > longest:
        longest, longest_at = last - below_since, below_since
    return longest, longest_at


async def check_results(ctx):
    """Every URL is fetched once, and the results come back in the order of the URLs."""
    ids = [17, 3, 42, 8, 25, 1, 30, 12, 9, 50, 6, 21]
    # The first URLs are the slowest, so answers arrive in another order than asked.
    delays = [130 - 10 * index for index in range(len(ids))]
    result, seen = await observe(ctx, item_urls(ctx, ids, delays), 4)
    ctx.expect(isinstance(result, list | tuple),
               f"fetch_all returned a {type(result).__name__}, not a list",
               "the caller reads the results by position, one per URL",
               "return the list that `asyncio.gather` gives you (awaited)")
    expected = [{"item": n} for n in ids]
    got = [body.get("item") if isinstance(body, dict) else body for body in result]
    ctx.expect(len(result) == len(ids),
               f"for {len(ids)} URLs, fetch_all returned {len(result)} results",
               "every URL needs its result, and only one",
               "return one JSON body per URL")
    ctx.expect(list(result) == expected,
               f"asked for items {ids}, got {got}",
               "the caller pairs results with URLs by position: in another order, every "
               "result lands on the wrong URL",
               "keep the order of `urls`: `asyncio.gather` returns results in the order it "
               "was given the awaitables, whatever order they finish in")
    ctx.expect(seen.total_requests == len(ids),
               f"the server got {seen.total_requests} requests for {len(ids)} URLs",
               "each extra request is load the limit was meant to spare the API",
               "request each URL exactly once")


async def check_peak_is_limit(ctx):
    """The server's peak of requests in flight equalled the limit: never above it, and not below."""
    for limit in (5, 8):
        urls = item_urls(ctx, range(40), [50] * 40)
        _, seen = await observe(ctx, urls, limit)
        ctx.record(**{f"peak_limit_{limit}": seen.peak_in_flight})
        ctx.expect(seen.peak_in_flight <= limit,
                   f"with limit={limit}, the server had {seen.peak_in_flight} of the 40 requests "
                   "in flight at once",
                   "the limit does not hold: nothing makes a request wait for a free slot, so "
                   "with 1,000 URLs the API gets as many at once as the session's pool lets "
                   "through (100 by default; all of them with a session per request)",
                   "make every request wait for one of `limit` slots that all the requests "
                   "share: one `asyncio.Semaphore(limit)` per call, not one per request")
        ctx.expect(seen.peak_in_flight == limit,
                   f"with limit={limit}, the server never had more than {seen.peak_in_flight} "
                   "request(s) in flight at once",
                   f"the job may use {limit} at once; with fewer it takes up to {limit}x longer "
                   "than it needs to",
                   "let `limit` requests run together, not fewer: bound the concurrency, "
                   "don't remove it (use `limit` itself, not a number of your own)")


async def check_slots_refilled(ctx):
    """A freed slot goes to the next waiting URL at once, not when a whole batch has finished."""
    limit = 4
    delays = [SLOW_MS if index % limit == 0 else FAST_MS for index in range(16)]
    _, seen = await observe(ctx, item_urls(ctx, range(16), delays), limit)
    idle, at = idle_while_waiting(seen, limit)
    ctx.record(longest_idle_slot_ms=round(idle * 1000))
    ctx.expect(idle * 1000 < IDLE_LIMIT_MS,
               f"with limit={limit} and one {SLOW_MS} ms URL in each group of {limit}, fewer "
               f"than {limit} requests were in flight for {idle * 1000:.0f} ms in a row "
               f"(from {at * 1000:.0f} ms) while URLs were still waiting to start",
               "free slots sat idle: the fast requests finished, and nothing started in "
               "their place until the slow one was done. Batches (gather over "
               f"`urls[i:i + {limit}]`) do this, and so do workers that each own a fixed share "
               "of the URLs",
               "let each request take a slot the moment one is free: one shared "
               "`asyncio.Semaphore(limit)` over all the URLs, or `limit` workers taking the "
               "next URL from one shared queue")


async def measure(ctx):
    limit, delays = 3, [40, 120, 60, 100, 40, 80, 120, 40, 60, 100, 80, 40]
    urls = item_urls(ctx, range(len(delays)), delays)
    for which, color in (("broken", "#d9534f"), ("yours", "#2e8b57")):
        _, seen = await observe(ctx, urls, limit, which)
        ctx.record(**{f"peak_{which}": seen.peak_in_flight})
        bars = [(f"#{index + 1}", start, end)
                for index, (_, start, end) in enumerate(seen.timeline())]
        ctx.show("timeline", color=color, intervals=bars,
                 title=f"12 URLs with limit={limit}, {which}: peak {seen.peak_in_flight} "
                       "in flight at the server")
