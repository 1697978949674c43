"""Hidden checks for lesson 12: unbounded concurrency.

They decide on what the local server saw. Every URL of the list is fetched once (a
repeated one too) and the results come back in order. The server's peak of requests in flight equals the
limit exactly: above it the bound does not hold; below it (one at a time, say)
it is bounded but needlessly slow, which `<=` alone would let through. With one
slow URL in every group of `limit`, a freed slot must go to the next waiting URL
at once: batches of `limit` under gather reach the same peak but leave slots idle
while each batch waits for its slowest request, so the check looks, in the order of the
server's events, at each slow request that still had URLs behind it: while it was in flight,
did another request start after one had ended? A busy machine only delays such a refill;
batches have none, as long as their slowest request runs (the longest stretch with fewer than
`limit` in flight is shown, not decided on). A pool whose workers each own a fixed share of
the URLs idles the same way. One job goes
through a session whose pool has no limit (`TCPConnector(limit=0)`, as the notebook's):
a semaphore clamped to `connector.limit` gets 0 slots there and never starts; another,
with limit=120, must have all 120 in flight at once (the server holds each request until
they are, for up to 3 s): a cap of one's own at 100 (aiohttp's default pool) stays below.
A limit may exceed the number of URLs: with limit=1,000,000 and 3 URLs the call must start
no more tasks than the URLs need (the check's task factory counts every task created on the
loop and refuses any past 20, so `limit` workers started whatever the URLs fail at once
instead of making a million tasks), and return the 3 bodies.

Then the contract of a function an app calls: every request goes through the
session passed in, which is left open, unchanged and usable (the event loop's settings
too: a task factory set in the call outlives it); the caller's list of
URLs is left as it was and each result is an object of its own; when the call
returns, raises or is cancelled, nothing it started is left running for good
(workers left waiting on a queue fail; the rest of a gather after one request
failed may finish on its own, with a note: a TaskGroup would cancel it). A URL that
fails (404, 503, a refused connection) or hangs (no headers, half a body, a
trickle, under the session's timeout) raises its error as the starter does (alone,
or in the ExceptionGroup of a TaskGroup), and at once: not kept until the rest of the
job is done (counted: requests the server had started when the call raised; for the
refused connection only where one is refused at once, as on Linux and macOS: Windows
tries again for about 2 s), and a URL that answers with an error is asked once (no
retry); the next call works. A URL that answers after 40 s, within the caller's session
timeout (300 s; the event loop's clock run 100 times fast), comes back as the starter's
does: a deadline of the call's own (asyncio.timeout, wait_for) fails. Last, on generated lists of
URLs and limits (the empty list too) the results are the starter's; a call that raises
there is named with its input.
"""

import asyncio
import contextlib
import sys
import time
import urllib.parse

import aiohttp
from hypothesis import strategies as st

from coursekit import cpus, slow_api
from coursekit.concurrency_view import (
    DRAIN_S,
    LATE_FACTOR,
    LATE_MS,
    agree_async,
    caller_session,
    expect_callers_session,
    expect_nothing_left,
    expect_raised_like_the_starter,
    expect_session_usable,
    in_flight_steps,
    late_answer,
    leaves,
    plural,
    probe,
    status_of,
)
from coursekit.errors import CourseError, ExerciseBroken
from coursekit.oracle import short

TITLE = "Unbounded concurrency"
MINUTES = 35
SUMMARY = ("1,000 requests gathered at once, as many sent as the session lets through → an "
           "`asyncio.Semaphore` (or K workers) keeps exactly `limit` in flight")
REQUIRES = {"fetch_all": "async"}
HINTS = [
    "`gather` starts every request at once: nothing in `fetch_all` makes a request wait for "
    "a free slot. What you need is a counter of free slots that every request shares.",
    "`asyncio.Semaphore(limit)` is that counter. `async with slots:` takes a slot, waits while "
    "none is free, and gives it back at the end. Create it once per `fetch_all` call, outside "
    "the per-URL code, so that every request shares the same one.",
    "`slots = asyncio.Semaphore(limit)`, an inner `async def fetch_one(url):` whose body is "
    "`async with slots: return await fetch_json(session, url)`, then "
    "`return await asyncio.gather(*(fetch_one(url) for url in urls))`. (An "
    "`asyncio.TaskGroup` instead of gather also cancels the rest of the job when one URL "
    "fails.)",
]

SLOW_MS, FAST_MS = 500, 10
BIG_LIMIT = 120  # a limit past aiohttp's default pool (100), through a pool without one
HANG_TIMEOUT_S = 0.2  # the caller's session timeout while a URL hangs (10x the other URLs')
NUDGE_LEFT = ("nothing `fetch_all` started may run on for good: when it returns, every task "
              "it started must be finished; when it raises, the rest may only finish by "
              f"themselves soon after (gather's way: passed, with a note, within {DRAIN_S:g} s "
              "here): run the requests (or the workers) in an `asyncio.TaskGroup`, which waits "
              "for them all and cancels the rest when one fails")
NUDGE_CANCEL = ("let CancelledError through everywhere (in a pause, in a retry loop: never catch "
                "it without raising it again), and run the requests in an `asyncio.TaskGroup`, "
                "which cancels them all when the caller cancels")
_calls = []  # every probed call of the learner's fetch_all, for the contract checks


def item_urls(ctx, ids, delays) -> list[str]:
    return [f"{ctx.api.url}/items/{n}?delay_ms={ms}" for n, ms in zip(ids, delays, strict=True)]


async def observe(ctx, session, urls, limit, what="", **options):
    """fetch_all with every probe on; the caller's list must come back as it was given."""
    given = list(urls)
    call = await probe(ctx, "fetch_all", given, limit, session=session,
                       what=what or f"fetch_all over {len(urls)} URLs with limit={limit}",
                       **options)
    _calls.append(call)
    ctx.expect(not call.settings[1]["closed"],
               f"when {call.what} {call.ended}, the session passed in was closed",
               "the session belongs to the caller, who goes on using it: every later request "
               "of the app fails with 'Session is closed'",
               "don't close a session you did not create (no `async with session:`)")
    ctx.expect(given == list(urls),
               f"{call.what} changed the list of URLs it was given: {len(urls)} URLs "
               f"before the call, {len(given)} after"
               + ("" if len(given) != len(urls) else ", in another order or changed"),
               "the list belongs to the caller, who may use it again (to retry, to log, to "
               "pair results with URLs)",
               "read the URLs without changing the list: take them from a queue or an "
               "iterator of your own")
    return call


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


def not_refilled(seen, slow: list[str]) -> list[str]:
    """The slow requests (path and query) during whose flight a slot was freed and not given
    again: another request ended, and none started after it, while this one was in flight.
    Decided on the order of events the server saw, not on how long they took: a busy machine
    delays a refill, it does not remove it."""
    missed = []
    for path in slow:
        mine = [(start, end) for each, start, end in seen.paths if each == path]
        if not mine:
            continue
        began, ended = mine[0]
        others = [(start, end) for each, start, end in seen.paths if each != path]
        freed = [end for _, end in others if began < end < ended]
        if freed and not any(min(freed) < start < ended for start, _ in others):
            missed.append(path)
    return missed


def expect_a_list(ctx, call):
    """The call returned in time, and what it returned is a list."""
    ctx.expect(not call.overran,
               f"{call.what} {call.outcome()}",
               "a correct fix needs a fraction of that time here",
               "start a request as soon as a slot is free, and return when the last one ends")
    ctx.expect(isinstance(call.result, list | tuple),
               f"{call.what} returned a {type(call.result).__name__}, not a list",
               "the caller reads the results by position, one per URL",
               "return the list of results (awaited)")


def expect_results(ctx, call, ids):
    """One JSON body per URL, in order, each an object of its own."""
    result = call.result
    expect_a_list(ctx, call)
    expected = [{"item": n} for n in ids]
    got = [body.get("item") if isinstance(body, dict) else body for body in result]
    ctx.expect(len(result) == len(ids),
               f"for {len(ids)} URLs, fetch_all returned {len(result)} results",
               "every URL needs its result, and only one",
               "return one JSON body per URL")
    ctx.expect(list(result) == expected,
               f"asked for items {list(ids)}, got {got}",
               "the caller pairs results with URLs by position: in another order, every "
               "result lands on the wrong URL",
               "keep the order of `urls`: `asyncio.gather` returns results in the order it "
               "was given the awaitables, and tasks kept in a list can be read in that order")
    shared = len(result) - len({id(body) for body in result})
    ctx.expect(not shared,
               f"for {len(ids)} URLs (items {list(ids)}), {plural(shared, 'result')} "
               "was the very same object as another position's",
               "a caller that changes one result (adds a field, say) changes the other too; "
               "the starter gives each URL an object of its own",
               "give each URL its own result, even when two URLs are the same")


async def check_results(ctx):
    """Every URL is fetched once, and the results come back in the order of the URLs."""
    _loop_at_start.update(loop_settings())  # before any call of fetch_all, for check_callers_session
    ids = [17, 3, 42, 8, 25, 1, 30, 12, 9, 50, 6, 21, 3]
    # The first URLs are the slowest, so answers arrive in another order than asked.
    delays = [130 - 10 * index for index in range(len(ids))]
    urls = item_urls(ctx, ids, delays)
    urls[-1] = urls[1]  # the same URL twice in one job
    async with caller_session() as session:
        call = await observe(ctx, session, urls, 4)
    # A call that returned before its requests were all sent (gather's future, not awaited)
    # is named for that: the server's count alone would blame the repeated URL.
    expect_a_list(ctx, call)
    if call.seen.total_requests < len(ids) and (call.running or call.unawaited):
        expect_nothing_left(ctx, [call], NUDGE_LEFT)
    ctx.expect(call.seen.total_requests == len(ids),
               f"the server got {call.seen.total_requests} requests for {len(ids)} URLs "
               "(the 2nd and the last the very same URL)",
               "each URL of the list is one GET, as the docstring says: an extra request is "
               "load the limit was meant to spare the API, and a repeated URL asked once "
               "misses what changed between the two (or a request that counts)",
               "request each URL of the list exactly once, a repeated one too")
    expect_results(ctx, call, ids)


async def check_callers_session(ctx):
    """Every request went through the session passed in, left open, unchanged, usable; the loop too."""
    expect_callers_session(ctx, _calls,
                           "send every request with the `session` argument; to bound the "
                           "requests, make them wait for a slot in your own code, not in a "
                           "session (or a connector) of your own")
    async with caller_session() as session:
        await observe(ctx, session, item_urls(ctx, range(3), [10] * 3), 2)
        expect_callers_session(ctx, _calls[-1:])
        await expect_session_usable(ctx, session)
        # The probe's own task watch restores the loop's task factory: a plain call shows it.
        # The settings are compared with those from before fetch_all's first call: a setting
        # made in every call (debug mode, say) is already there before any later one.
        await ctx.call("fetch_all", session, item_urls(ctx, range(3), [0] * 3), 2)
        before = _loop_at_start
        changed = [f"its {name} was {named(before[name])} before the first call and "
                   f"{named(value)} after the calls"
                   for name, value in loop_settings().items() if value != before[name]]
        ctx.expect(not changed,
                   "fetch_all changed the caller's event loop for good: " + "; ".join(changed),
                   "the event loop belongs to the app, which runs every other task on it: a "
                   "setting changed inside fetch_all (a task factory, a handler, debug mode) "
                   "changes how all of them run after the call",
                   "leave the loop's settings alone: bound the requests with your own objects "
                   "(a semaphore, workers), made inside the call")


_loop_at_start = {}  # loop_settings() before the first call of the learner's fetch_all


def named(value) -> str:
    return getattr(value, "__qualname__", None) or repr(value)


def loop_settings() -> dict:
    """What an app sets on its event loop, which a call must leave as it was."""
    loop = asyncio.get_running_loop()
    return {"task factory": loop.get_task_factory(),
            "exception handler": loop.get_exception_handler(), "debug mode": loop.get_debug()}


def trickle_urls(ctx, ids) -> list[str]:
    """URLs whose headers come at once and whose body ({"item": n}) one byte every 5 ms."""
    return [f"{ctx.api.url}/trickle/{n}?every_ms=5" for n in ids]


async def check_peak_is_limit(ctx):
    """The server's peak of requests in flight equalled the limit (or the number of URLs, when fewer): never above it, and not below."""
    unlimited = "URLs, through a session whose pool has no limit (`TCPConnector(limit=0)`)"
    jobs = [(5, 30, unlimited, item_urls(ctx, range(30), [40] * 30)),
            (8, 30, "URLs", item_urls(ctx, range(30), [40] * 30)),
            (10, 3, "URLs", item_urls(ctx, range(3), [40] * 3)),
            (4, 12, "URLs whose bodies come slowly after the headers", trickle_urls(ctx, range(12))),
            (5, 30, "URLs naming the server as 127.0.0.1 and as localhost, in turn",
             [url.replace("127.0.0.1", "localhost") if n % 2 else url
              for n, url in enumerate(item_urls(ctx, range(30), [40] * 30))]),
            # A limit above aiohttp's default pool of 100, and above any cap of "at most 100":
            # the server holds each request until BIG_LIMIT are in at once (coursekit.slow_api).
            (BIG_LIMIT, BIG_LIMIT + 10, unlimited,
             [f"{ctx.api.url}/items/{n}?delay_ms=0&together={BIG_LIMIT}&gate=peak"
              for n in range(BIG_LIMIT + 10)])]
    async with caller_session() as session, caller_session(limit=0) as open_pool:
        for limit, size, kind, urls in jobs:
            call = await observe(ctx, open_pool if kind is unlimited else session, urls, limit,
                                 deadline=(3 + (slow_api.TOGETHER_WAIT_S if limit == BIG_LIMIT
                                                else 0)) * cpus.slowdown(),
                                 what=f"fetch_all over {size} {kind} with limit={limit}")
            peak, want = call.seen.peak_in_flight, min(limit, size)
            ctx.record(**{f"peak_limit_{limit}_urls_{size}": peak})
            everything = peak == size  # none of them waited for another to end
            if peak > limit and kind.endswith("after the headers"):  # the jobs before held
                ctx.fail(f"with limit={limit}, the server had {peak} of the {size} requests "
                         f"in flight at once ({size} {kind})",
                         "the limit held while bodies came at once, and not once they came "
                         "slowly: each request gave its slot back when its headers arrived, "
                         "before its body was read, and the API still works on every request "
                         "whose body it is sending",
                         "hold the slot until the body is read: `async with semaphore:` around "
                         "the whole `async with session.get(url) as response:` block, "
                         "`await response.json()` included")
            ctx.expect(peak <= limit,
                       f"with limit={limit}, the server had {peak} of the {size} requests "
                       f"in flight at once ({size} {kind})",
                       f"the limit does not hold: all {size} were at the server together, none "
                       "sent after another's answer had been read; with nothing holding them "
                       "back, 1,000 URLs put as many on the API at once as the session's pool "
                       "lets through (100 by default; all of them with a session per request)"
                       if everything else
                       f"the limit does not hold: the API got {peak} requests at once where the "
                       f"caller allows {limit}. Making requests wait for a slot is not enough: "
                       "there must be `limit` slots, shared by every request of the call, each "
                       "held until its body is read (a semaphore of another size, one per host "
                       "name, or a slot given back at the headers lets more through)",
                       "make every request wait for one of `limit` slots that all the requests "
                       "share, and hold the slot until the body is read: one "
                       "`asyncio.Semaphore(limit)` per call, not one per request" if everything
                       else "one `asyncio.Semaphore(limit)`, made in the call and shared by "
                       "every URL whatever its host, held until the body is read")
            # Within the limit, more in flight than there are URLs: extra requests, not too few.
            ctx.expect(peak <= size,
                       f"with limit={limit} and {size} {kind}, the server had {peak} requests "
                       f"in flight at once, more than there are URLs "
                       f"({call.seen.total_requests} requests in all)",
                       "each URL of the list is one GET, as the docstring says, however many "
                       "slots are free: an extra request is load the limit was meant to spare "
                       "the API",
                       "request each URL of the list exactly once (a `limit` above the number "
                       "of URLs lets them all run at once, no more)")
            if call.overran:
                slow = (f"with {f'{peak} at a time' if peak else 'none in flight'} it had not "
                        f"finished after {call.overran:g} s, where {want} at a time need a "
                        "fraction of that")
            elif peak:
                slow = (f"with {peak} it takes about {want / peak:.2g} times as long as it "
                        "needs to, or more")
            else:
                slow = "the server got none of its requests: what it returned was not the API's"
            ctx.expect(peak == want,
                       f"with limit={limit} and {size} {kind}, the server never had more than "
                       f"{plural(peak, 'request')} in flight at once"
                       + (f" (and it {call.outcome()})" if call.overran else ""),
                       f"the job may use {want} at once; {slow}",
                       "let `limit` requests run together (or every URL, when there are fewer "
                       "URLs than that), not fewer: bound the concurrency, don't remove it "
                       "(use `limit` itself, not a number of your own, nor a pace"
                       + (", nor the pool's `limit`, which is 0 when the pool has none)"
                          if kind is unlimited else ")"))
            expect_results(ctx, call, list(range(size)))


# The last URL of a batch of any round size (and of its divisors: 25, 32, 50...) is slow in
# the long job: a batch of 500 "to keep memory flat" idles its slots there like one of `limit`.
BATCH_ENDS = (63, 99, 127, 199, 249, 255, 499, 511, 999, 1023)
LONG_JOB, LONG_SLOW_MS = 1_100, 1_000
# Batches idle about LONG_SLOW_MS there; a shared pool's longest dip, shown, not decided on, was
# 836 ms at a load of 9 on 2 cores: the decision is whether a freed slot was refilled at all.
LONG_DEADLINE_S = 15  # a shared pool takes 2 to 4 s; batches, a slow URL's second each


async def check_slots_refilled(ctx):
    """A freed slot goes to the next waiting URL at once, not when a whole batch has finished."""
    limit = 4
    delays = [SLOW_MS if index % limit == 0 else FAST_MS for index in range(16)]
    long_delays = [LONG_SLOW_MS if index in BATCH_ENDS else FAST_MS for index in range(LONG_JOB)]
    urls = item_urls(ctx, range(16), delays)
    async with caller_session() as session:
        call = await observe(ctx, session, urls, limit)
    idle, at = idle_while_waiting(call.seen, limit)
    ctx.record(longest_idle_slot_ms=round(idle * 1000))
    slow = [urls[n][len(ctx.api.url):] for n in range(0, 16 - limit, limit)]  # URLs after each
    missed = not_refilled(call.seen, slow)
    ctx.expect(not missed,
               f"with limit={limit} and one {SLOW_MS} ms URL in each group of {limit}, while "
               f"{', '.join(missed)} {'was' if len(missed) == 1 else 'were'} in flight, other "
               f"requests ended and none started in their place, though URLs were waiting (fewer "
               f"than {limit} in flight for up to {idle * 1000:.0f} ms, from {at * 1000:.0f} ms)",
               "free slots sat idle: the fast requests finished, and nothing started in "
               "their place until the slow one was done. Batches (gather over "
               f"`urls[i:i + {limit}]`) do this, and so do workers that each own a fixed share "
               "of the URLs",
               "let each request take a slot the moment one is free: one shared "
               "`asyncio.Semaphore(limit)` over all the URLs, or `limit` workers taking the "
               "next URL from one shared queue")
    # after the short job, which batches of `limit` fail at once; batches of 64 take 10 s here
    async with caller_session() as session:
        long_job = await observe(ctx, session, item_urls(ctx, range(LONG_JOB), long_delays), 10,
                                 deadline=LONG_DEADLINE_S * cpus.slowdown())
    long_idle, long_at = idle_while_waiting(long_job.seen, 10)
    ctx.record(longest_idle_slot_long_job_ms=round(long_idle * 1000))
    missed = not_refilled(long_job.seen, [f"/items/{n}?delay_ms={LONG_SLOW_MS}"
                                          for n in BATCH_ENDS])
    ctx.expect(not missed,
               f"with limit=10 and {LONG_JOB:,} URLs, a few of them slow ({LONG_SLOW_MS:,} ms: the "
               f"last of every round batch, URLs {', '.join(map(str, BATCH_ENDS))}), while "
               f"{len(missed)} of them were in flight other requests ended and none started in "
               f"their place, though URLs were waiting ({missed[0] if missed else ''}; fewer than "
               f"10 in flight for up to {long_idle * 1000:.0f} ms, from {long_at * 1000:.0f} ms)",
               "the URLs went through in batches: at the end of each one, the free slots waited "
               "for its slowest request. A batch of a few hundred URLs keeps no memory flat (a "
               "URL waiting for its slot is a small task or less) and costs the job a slow "
               "request's time at every batch",
               "one shared `asyncio.Semaphore(limit)` over all the URLs, or `limit` workers "
               "taking the next URL from one shared queue: no batches")
    expect_results(ctx, long_job, list(range(LONG_JOB)))


async def check_nothing_left_running(ctx):
    """After every call so far, no task it started was still running, and the session was intact."""
    expect_nothing_left(ctx, _calls, NUDGE_LEFT)
    expect_callers_session(ctx, _calls)


async def check_calls_independent(ctx):
    """Two fetch_all calls at the same time each get their own `limit` slots."""
    limit, size = 3, 12
    async with caller_session() as session:
        with ctx.api.recording() as seen:
            first, second = await asyncio.gather(
                ctx.call("fetch_all", session, item_urls(ctx, range(size), [40] * size), limit),
                ctx.call("fetch_all", session, item_urls(ctx, range(100, 100 + size), [40] * size),
                         limit))
    ctx.record(peak_two_calls=seen.peak_in_flight)
    ctx.expect(list(first) == [{"item": n} for n in range(size)]
               and list(second) == [{"item": n} for n in range(100, 100 + size)],
               "two calls of fetch_all at the same time returned "
               f"{[b.get('item') if isinstance(b, dict) else b for b in first]} and "
               f"{[b.get('item') if isinstance(b, dict) else b for b in second]}",
               "each call must get the results of its own URLs",
               "keep everything a call needs (its slots, its results) inside that call")
    ctx.expect(seen.peak_in_flight == 2 * limit,
               f"two calls of fetch_all at the same time, each with limit={limit}, had at most "
               f"{seen.peak_in_flight} requests in flight together",
               f"each call may use its own {limit} slots: calls that share slots (kept in the "
               "module between calls) slow each other down, and one big job starves every "
               "other caller",
               "create the slots inside `fetch_all`, once per call")


def faulty_urls(ctx, fault: str) -> list[str]:
    """A job of 12 URLs, 4 at a time, whose third URL fails fast while the others take 150 ms."""
    urls = item_urls(ctx, range(12), [150] * 12)
    urls[2] = fault
    return urls


def expect_fails_like_the_starter(ctx, call, kinds, status, starter_says, nudge):
    expect_raised_like_the_starter(
        ctx, call, kinds, status, f"{call.what} {call.outcome()}",
        f"the starter {starter_says}: the caller learns that the job failed, and why. "
        "A result with a gap (None, an error object, an error body) in it looks like "
        "data to a caller who reads it by position",
        nudge, NUDGE_LEFT)


REFUSED_AT_ONCE_S = 0.05  # a refusal this quick comes back while the first 4 URLs (150 ms) run


async def refusal_s(ctx) -> float:
    """How long a connection to the refused address takes to fail here: at once on Linux and
    macOS; on Windows a refused connection is tried again for about 2 s, even on 127.0.0.1."""
    address = urllib.parse.urlsplit(ctx.api.refused_url)
    started = time.perf_counter()
    with contextlib.suppress(OSError):  # refused (TimeoutError is an OSError too)
        async with asyncio.timeout(5):
            _, writer = await asyncio.open_connection(address.hostname, address.port)
            writer.close()
    return time.perf_counter() - started


def expect_asked_once(ctx, call, status):
    """The URL answering ``status`` was requested once, as the list names it."""
    asked = call.seen.requests["status"]
    ctx.expect(asked <= 1,
               f"{call.what}: the server got {asked} requests for the URL that answers HTTP "
               f"{status}, which the list names once",
               "each URL of the list is one GET, as the docstring says: asking again at once, "
               "inside the job, adds load on an API that is failing (a 503 often means it is "
               "overloaded), and the caller, who gets the error, decides whether to try again",
               "request each URL once and let its error reach the caller (retries, with a "
               "pause between them and a cap, are lesson 15's subject)")


async def check_failing_url(ctx):
    """A URL that fails (404, 503, refused) raises its error at once, asked once; the next call still works."""
    api = ctx.api
    refused_in = await refusal_s(ctx)
    ctx.record(refusal_ms=round(refused_in * 1000))
    faults = [
        (f"{api.url}/status/404", "answers HTTP 404", aiohttp.ClientResponseError, 404,
         "raises aiohttp.ClientResponseError with status 404 (`raise_for_status()`)"),
        (f"{api.url}/status/503", "answers HTTP 503", aiohttp.ClientResponseError, 503,
         "raises aiohttp.ClientResponseError with status 503 (`raise_for_status()`)"),
        (f"{api.refused_url}/items/99", "is refused", (aiohttp.ClientConnectionError, OSError),
         None, "raises aiohttp.ClientConnectorError"),
    ]
    async with caller_session() as session:
        for url, how, kinds, status, starter_says in faults:
            refused = status is None
            call = await observe(ctx, session, faulty_urls(ctx, url), 4, raises=True,
                                 deadline=2 + (refused_in if refused else 0),
                                 what=f"fetch_all over 12 URLs (limit=4) whose third URL {how}")
            expect_fails_like_the_starter(
                ctx, call, kinds, status, starter_says,
                "let the request's exception reach the caller: keep `raise_for_status()` and "
                "don't catch the error (an ExceptionGroup from a TaskGroup is fine)")
            if not refused:
                expect_asked_once(ctx, call, status)
            elif refused_in > REFUSED_AT_ONCE_S:
                continue  # refused late (Windows): the rest of the job may end first, rightly
            started = sum(start <= call.returned_s for _, start, _ in call.seen.timeline())
            ctx.expect(started <= 4 + 2,
                       f"{call.what} raised only once the server had started {started} of "
                       "the 12 requests, although the failure came back while the first 4 "
                       "were in flight",
                       "the error was held back until the rest of the job was done: with a "
                       "thousand URLs behind the failed one, the caller waits for all of them "
                       "to learn the job failed (the starter raises at the first failure), "
                       "and the API serves them all for results thrown away",
                       "let the first error end the job at once instead of keeping it for the "
                       "end: an `asyncio.TaskGroup` raises it and cancels the rest")
            if call.seen.total_requests > 4 + 2 and not getattr(ctx, "_noted_rest", False):
                ctx._noted_rest = True  # the starter fetches them all too: worth knowing, not a fail
                ctx.note(f"{call.what}: the server got {call.seen.total_requests} of the 12 "
                         "requests, although the failure came back while the first 4 were in "
                         "flight. The job went on after it had failed; an `asyncio.TaskGroup` "
                         "would have cancelled the rest at once.")
        # One slot: a slot the failed request kept would leave the others waiting for ever.
        call = await observe(ctx, session, [f"{api.url}/status/404",
                                            *item_urls(ctx, range(2), [20, 20])], 1, raises=True,
                             deadline=2, what="fetch_all over 3 URLs (limit=1) whose first URL "
                                              "answers HTTP 404")
        expect_fails_like_the_starter(
            ctx, call, aiohttp.ClientResponseError, 404, faults[0][4],
            "give the slot back on every path, the failing request's too: `async with` the "
            "semaphore (or release it in a `finally`)")
        expect_asked_once(ctx, call, 404)
        after = await observe(ctx, session, item_urls(ctx, range(5), [10] * 5), 2,
                              what="the call after the failed ones")
        expect_results(ctx, after, list(range(5)))


async def check_hanging_url(ctx):
    """A URL that hangs fails within the session's timeout, and leaves nothing running."""
    api = ctx.api
    hangs = [("/never", "never sends its headers"), ("/stall/1", "stops half-way through its body"),
             ("/trickle/1?every_ms=100", "sends its body one byte every 100 ms")]
    async with caller_session(total_s=HANG_TIMEOUT_S) as session:
        for path, how in hangs:
            urls = item_urls(ctx, range(12), [20] * 12)
            urls[2] = api.url + path
            call = await observe(ctx, session, urls, 4, raises=True, deadline=2,
                                 what=f"fetch_all over 12 URLs (limit=4) whose third URL {how}, "
                                      f"with a session timeout of {HANG_TIMEOUT_S:g} s")
            expect_fails_like_the_starter(
                ctx, call, TimeoutError, None,
                f"raises TimeoutError after the session's {HANG_TIMEOUT_S:g} s",
                "let the session's timeout do its work and its TimeoutError reach the caller")
    async with caller_session() as session:  # a timeout that a loaded machine cannot hit
        after = await observe(ctx, session, item_urls(ctx, range(5), [0] * 5), 2,
                              what="the call after the hanging ones")
        expect_results(ctx, after, list(range(5)))


LATE_URLS, LATE_LIMIT = 6, 3
LATE_SESSION_S = 300  # the caller's session timeout there: aiohttp's default
LATE_GUARD_S = 250  # the check's own guard, on the fast clock too: 2.5 s


async def check_late_answer(ctx):
    """A URL that answers after 40 s, within the caller's session timeout, is fetched: no deadline of the call's own."""
    urls = item_urls(ctx, range(LATE_URLS), [LATE_MS] + [0] * (LATE_URLS - 1))
    async with caller_session(total_s=LATE_SESSION_S) as session:
        with ctx.api.recording():
            outcome = await late_answer(
                ctx, ctx.call("fetch_all", session, urls, LATE_LIMIT, catch=False,
                              timeout=LATE_GUARD_S),
                [{"item": n} for n in range(LATE_URLS)])
    ctx.expect(outcome == "ok",
               f"fetch_all over {LATE_URLS} URLs (limit={LATE_LIMIT}) whose first URL answers "
               f"after {LATE_MS * LATE_FACTOR / 1000:g} s (the check ran the event loop's clock "
               f"{LATE_FACTOR} times fast: {LATE_MS} ms here), through a session whose timeout "
               f"is {LATE_SESSION_S} s, {outcome}; the starter returns the {LATE_URLS} bodies",
               "how long a request may take is the caller's to decide, with the session's "
               "timeout, as in the starter: a deadline of your own (asyncio.timeout or "
               "wait_for, around a request or the whole job, or a timeout= on the request) "
               "turns an API's slow day into failed jobs",
               "add no deadline of your own: fetch_all bounds how many requests run at once, "
               "not how long each may take (timeouts are lesson 14's subject)")


async def check_cancelled(ctx):
    """Cancelled by its caller, fetch_all stops at once, with every request it started."""
    async with caller_session() as session:
        call = await observe(ctx, session, item_urls(ctx, range(12), [300] * 12), 4,
                             what="fetch_all over 12 URLs of 300 ms (limit=4)",
                             cancel_when=lambda stats: stats.requests["items"] >= 4)
        ctx.expect(call.cancelled,
                   f"cancelled by its caller, {call.what} {call.outcome()} instead of "
                   "raising CancelledError",
                   "a caller that gives up (a deadline, a user who left) must get its "
                   "CancelledError back, not a result or another error",
                   "never catch CancelledError (nor BaseException) without raising it again")
        ctx.expect(call.late_requests == 0,
                   f"after {call.what} was cancelled by its caller, "
                   f"{plural(call.late_requests, 'more request')} reached the server",
                   "the job went on after the caller gave up: something caught the "
                   "cancellation, or left a task that nobody cancelled",
                   NUDGE_CANCEL)
        expect_nothing_left(ctx, [call], NUDGE_LEFT)
        after = await observe(ctx, session, item_urls(ctx, range(5), [10] * 5), 2,
                              what="the call after the cancelled one")
        expect_results(ctx, after, list(range(5)))


HUGE_LIMIT = 1_000_000  # "may exceed len(urls)": a caller's "no real cap" (len of a big table)
HUGE_URLS = 3
TASKS_PER_URL = 4  # a task per URL, a worker per URL, a producer: a few per URL at most
TASK_CAP = TASKS_PER_URL * HUGE_URLS + 8  # past this the check stops the call's task creation


class TooManyTasks(Exception):
    """Raised into the learner's code by the check's task factory once the cap is passed."""


class TaskCap:
    """Counts the tasks created on the loop while inside; past ``cap``, creating one raises.

    A call that starts a task per unit of `limit` would otherwise make a million of them
    before its first await: seconds and a gigabyte. Stopped at the cap, it costs nothing.
    """

    def __init__(self, cap: int):
        self.cap, self.count, self.stopped = cap, 0, False

    def __enter__(self) -> "TaskCap":
        self._loop = asyncio.get_running_loop()
        self._previous = self._loop.get_task_factory()

        def factory(loop, coro, **options):
            self.count += 1
            if self.count > self.cap:
                self.stopped = True
                coro.close()  # never awaited, on purpose: no warning about it
                raise TooManyTasks(f"the check stopped task number {self.count}")
            if self._previous is not None:
                return self._previous(loop, coro, **options)
            return asyncio.Task(coro, loop=loop, **options)

        self._loop.set_task_factory(factory)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.set_task_factory(self._previous)


async def check_huge_limit(ctx):
    """A limit far above the number of URLs (a million for 3) starts no more tasks than the URLs need."""
    urls = item_urls(ctx, range(HUGE_URLS), [0] * HUGE_URLS)
    what = f"fetch_all over {HUGE_URLS} URLs with limit={HUGE_LIMIT:,}"
    async with caller_session() as session:
        with TaskCap(TASK_CAP) as cap:
            # raises=True: the error the cap raises into a loop of create_task is judged here
            call = await observe(ctx, session, urls, HUGE_LIMIT, what=what, raises=True,
                                 deadline=3)
    ctx.record(tasks_huge_limit=call.started)
    ctx.expect(not cap.stopped,
               f"{what} asked for more than {TASK_CAP} tasks (the check refused the next "
               f"one and stopped the call there), where {HUGE_URLS} URLs need "
               f"{HUGE_URLS} requests, a task (or a worker) each at most",
               "the work grew with `limit`, not with the URLs: a caller who passes a large "
               "limit to mean \"no real cap\" (the size of a big table, sys.maxsize), as the "
               "docstring allows, pays a task per unit of limit; "
               "limit=200,000 for 3 URLs takes seconds and hundreds of MB, and sys.maxsize "
               "never returns",
               "start no more workers (or tasks) than there are URLs to fetch: "
               "`min(limit, len(urls))` workers, or a task per URL that waits on a "
               "`Semaphore(limit)`, which costs nothing however large `limit` is")
    if call.error is not None:
        raise ExerciseBroken(f"`fetch_all` in {ctx.shown_as()} {call.outcome()} "
                             f"({what}), where the starter returns the {HUGE_URLS} bodies.")
    expect_results(ctx, call, list(range(HUGE_URLS)))
    expect_nothing_left(ctx, [call], NUDGE_LEFT)
    small, huge = [await python_calls(ctx, urls, limit) for limit in (HUGE_URLS, HUGE_LIMIT)]
    ctx.record(python_calls_limit_3=small, python_calls_huge_limit=huge)
    ctx.expect(huge <= small + CALLS_MARGIN,
               f"{what}, Python made {huge:,} function calls on the event loop's thread; with "
               f"limit={HUGE_URLS}, {small:,}",
               "the work grew with `limit`, not with the URLs (a stop signal or a slot per "
               "unit of limit, put in a queue or a list): a caller who passes sys.maxsize to "
               "mean \"no real cap\" waits for ever",
               "size what you build by the URLs: `min(limit, len(urls))` workers and as many "
               "stop signals, or a Semaphore(limit), which costs nothing however large `limit` is")


CALLS_MARGIN = 50_000  # calls a huge limit may add (the same job: about none); a million shows


async def python_calls(ctx, urls: list[str], limit: int) -> int:
    """Python function calls on this thread during fetch_all(session, urls, limit)."""
    counted = [0]

    def count(frame, event, arg):
        if event == "call":
            counted[0] += 1

    async with caller_session() as session:
        sys.setprofile(count)
        try:
            await ctx.call("fetch_all", session, urls, limit, timeout=30)
        except ExerciseBroken:
            pass  # judged above, on the first call
        finally:
            sys.setprofile(None)
    return counted[0]


# Answers where reading the body yourself differs from `response.json()`: an empty body (None),
# a charset of the server's own (latin-1), JSON text under a content type that is not JSON
# (the starter raises aiohttp.ContentTypeError), unicode, null, an empty list.
AWKWARD = ("/json?value=", "/json?value=%22caf%C3%A9%22&charset=latin-1",
           "/json?value=%7B%22a%22%3A%201%7D&type=text/html", "/json?value=%22%E2%98%83%22",
           "/json?value=null", "/json?value=%5B%5D")


@st.composite
def jobs(draw):
    """URLs with repeats, sparse and huge ids, awkward answers, shuffled delays, and a limit
    from 1 to past the end."""
    paths = draw(st.lists(st.one_of(
        st.one_of(st.integers(0, 20), st.integers(0, 10**15)).map(lambda n: f"/items/{n}"),
        st.sampled_from(AWKWARD)), max_size=10))
    if paths and draw(st.booleans()):
        paths.insert(draw(st.integers(0, len(paths))), draw(st.sampled_from(paths)))
    delays = draw(st.lists(st.integers(0, 5), min_size=len(paths), max_size=len(paths)))
    return [f"{path}{'&' if '?' in path else '?'}delay_ms={ms}"
            for path, ms in zip(paths, delays, strict=True)], draw(st.integers(1, len(paths) + 2))


def raised(error: BaseException) -> str:
    """What the caller learns from an exception: its kinds and statuses (a TaskGroup's opened)."""
    kinds = sorted({(type(leaf).__name__, status_of(leaf)) for leaf in leaves(error)})
    return "raised " + ", ".join(f"{kind} (status {status})" if status else kind
                                 for kind, status in kinds)


async def check_like_the_starter(ctx):
    """On generated lists of URLs (awkward answers too) and limits, fetch_all does what the starter does."""
    async with caller_session() as session:
        async def both(job):
            paths, limit = job
            urls = [ctx.api.url + path for path in paths]
            try:
                expected = list(await ctx.call("fetch_all", session, list(urls), limit,
                                               which="broken", catch=False))
            except CourseError:
                raise
            except Exception as error:  # the starter raises (a body that is not JSON): compared
                expected = raised(error)
            try:
                got = await ctx.call("fetch_all", session, list(urls), limit,
                                     catch=isinstance(expected, list))
            except ExerciseBroken as error:  # Hypothesis shrinks it: the smallest input is named
                raise ExerciseBroken(
                    f"{error} The input: fetch_all(session, {paths!r}, {limit}) (paths shown "
                    f"without the server's address), for which the starter returns "
                    f"{short(expected, 120)}.") from None
            except CourseError:
                raise
            except Exception as error:
                got = raised(error)
            return expected, list(got) if isinstance(got, list | tuple) else got

        await agree_async(ctx, jobs(), both, examples=12,
                          what="fetch_all(session, urls, limit) (paths shown without the "
                               "server's address)",
                          meaning="the starter puts every request on the API at once, but what "
                                  "it returns (or raises) is right: a fix must keep every "
                                  "answer, on every input a real application sends, not only on "
                                  "the notebook's example",
                          nudge="run both versions on that list and limit and compare; every "
                                "URL gets its own result, at its own position, the JSON body "
                                "as `response.json()` reads it (or its error)")


async def measure(ctx):
    limit, delays = 3, [40, 120, 60, 100, 40, 80, 120, 40, 60, 100, 80, 40]
    async with caller_session() as session:
        calls = {which: await probe(ctx, "fetch_all", item_urls(ctx, range(len(delays)), delays),
                                    limit, session=session, which=which, what="")
                 for which in ("broken", "yours")}
        last = max((stop for call in calls.values() for _, _, stop in call.seen.timeline()),
                   default=None)  # one axis for both pictures: the shorter run looks shorter
        for which, color in (("broken", "#d9534f"), ("yours", "#2e8b57")):
            seen = calls[which].seen
            ctx.record(**{f"peak_{which}": seen.peak_in_flight})
            bars = [(f"#{index + 1}", start, end)
                    for index, (_, start, end) in enumerate(seen.timeline())]
            ctx.show("timeline", color=color, intervals=bars, end=last,
                     title=f"12 URLs with limit={limit} (a shorter job than the checks', to keep "
                           f"the picture small), {which}: peak {seen.peak_in_flight} in flight "
                           "at the server")

