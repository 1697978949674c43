"""Hidden checks for lesson 15: partial failures.

They decide on what came back and what the event loop holds afterwards, against
sources of the local server that answer (`/items/{n}`) or fail with HTTP 500
(`/fail/{n}`): with every source up, every body comes back and the requests
overlap; with two of six failing, the four good bodies are still returned (and
nothing else poses as data), each failure is reported with its exception, and once
`fetch_all` returns no task is left running and no task exception went unretrieved
(the loop's exception handler is watched while the garbage collector runs).
"""

from __future__ import annotations

import asyncio
import gc
from collections import Counter
from dataclasses import dataclass, field

import aiohttp

from coursekit.errors import CheckFailed, ExerciseBroken
from coursekit.loading import describe

TITLE = "Partial failures"
MINUTES = 30
SUMMARY = ("one failure in `gather` loses every result → `return_exceptions=True` or a "
           "`TaskGroup`, each outcome kept or reported")
REQUIRES = {"fetch_all": "async"}
HINTS = [
    "When one call inside `asyncio.gather(...)` raises, gather raises that exception to you "
    "at once: the other results are lost to you, although their requests go on. You need "
    "each call's outcome, good or bad, one by one.",
    "`asyncio.gather(*calls, return_exceptions=True)` waits for every call and returns each "
    "outcome in order: a body, or the exception that call raised. Exceptions are then plain "
    "values in the list: sort them out before anything treats them as data.",
    "`outcomes = await asyncio.gather(*(fetch_json(session, url) for url in urls), "
    "return_exceptions=True)`, then for each `url, outcome in zip(urls, outcomes)`: "
    "`errors[url] = outcome` if `isinstance(outcome, BaseException)`, else "
    "`results[url] = outcome`. A TaskGroup with a try/except inside each task works too.",
]

NAME = "fetch_all"
GOOD = ((11, 200), (12, 230), (13, 260), (14, 290))  # (item, delay in ms): all answer
MIXED = (("items", 1, 150), ("fail", 2, 30), ("items", 3, 200), ("items", 4, 250),
         ("fail", 5, 60), ("items", 6, 300))  # the failures come first, the rest still run


@dataclass
class Observation:
    """One call of fetch_all, summed up: what came back, what the server saw, what was left.

    Only summaries are kept: a returned exception's traceback holds the learner's frames,
    and with them any task they created, which would hide it from the garbage collector.
    """

    shape: str = ""  # "" when fetch_all returned (dict, dict); else what it returned
    results: dict = field(default_factory=dict)  # url -> body, or "<SomeError ...>" if one posed
    errors: dict = field(default_factory=dict)  # url -> ("exception" | "text" | "other", shown)
    raised: str = ""  # "SomeError: message" when fetch_all raised
    raised_by_sources: bool = False  # ... because of the failing sources, not a bug
    broken: str = ""  # the ExerciseBroken message when it raised for another reason
    peak_in_flight: int = 0
    requests: Counter = field(default_factory=Counter)
    leftover_tasks: int = 0
    still_answering: int = 0  # requests in flight at the server when fetch_all returned
    unretrieved: int = 0  # "Task exception was never retrieved" reports from the loop


def url_of(ctx, route: str, item: int, delay_ms: int) -> str:
    return f"{ctx.api.url}/{route}/{item}?delay_ms={delay_ms}"


def short(ctx, url: str) -> str:
    return str(url).removeprefix(ctx.api.url).split("?")[0]


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def sources_failed(error: BaseException) -> bool:
    """True when ``error`` (or every leaf of an ExceptionGroup) came from a failing source."""
    if isinstance(error, BaseExceptionGroup):
        return all(sources_failed(leaf) for leaf in error.exceptions)
    return isinstance(error, aiohttp.ClientError | TimeoutError)


def summarize(ctx, result: Observation, value, error, which: str) -> None:
    if error is not None:
        result.raised = f"{type(error).__name__}: {str(error).replace(ctx.api.url, '')}"[:200]
        result.raised_by_sources = sources_failed(error)
        result.broken = (f"`{NAME}` in {ctx.shown_as(which)} raised "
                         f"{describe(error, ctx.paths[which])}")
        return
    if not (isinstance(value, tuple | list) and len(value) == 2
            and all(isinstance(part, dict) for part in value)):
        result.shape = f"{type(value).__name__} {str(value)[:120]}"
        return
    for url, body in value[0].items():
        result.results[url] = (f"<{type(body).__name__}: {body}>".replace(ctx.api.url, "")[:90]
                               if isinstance(body, BaseException) else body)
    for url, reason in value[1].items():
        if isinstance(reason, BaseException):
            result.errors[url] = ("exception", type(reason).__name__)
        elif isinstance(reason, str) and reason.strip():
            result.errors[url] = ("text", reason)
        else:
            result.errors[url] = ("other", repr(reason)[:60])


async def observe(ctx, urls: list[str], which: str = "yours") -> Observation:
    """Call fetch_all, then look at the loop and the server before anything is cleaned up."""
    reports: list[dict] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _, context: reports.append(context))
    result = Observation()
    try:
        async with ctx.client() as session:
            before = asyncio.all_tasks()
            with ctx.api.recording() as seen:
                value = error = None
                try:
                    value = await ctx.call(NAME, session, list(urls), which=which, catch=False)
                except (CheckFailed, ExerciseBroken):
                    raise
                except Exception as raised:  # sorted out by the checks
                    error = raised
                result.still_answering = ctx.api.stats().in_flight
                leftover = [task for task in asyncio.all_tasks()
                            if task not in before and not task.done()]
                result.leftover_tasks = len(leftover)
                summarize(ctx, result, value, error, which)
                del value, error, before
                for task in leftover:  # clean up after the learner, before the session closes
                    task.cancel()
                if leftover:
                    await asyncio.wait(leftover, timeout=1)
                del leftover
                gc.collect()  # a finished task whose exception nobody read reports itself now
            result.peak_in_flight = seen.peak_in_flight
            result.requests = seen.requests
    finally:
        loop.set_exception_handler(previous)
    result.unretrieved = sum("never retrieved" in context.get("message", "")
                             for context in reports)
    return result


def unpack(ctx, result: Observation) -> None:
    ctx.expect(not result.shape,
               f"{NAME} returned {result.shape}",
               "the page unpacks `results, errors = await fetch_all(session, urls)`: two dicts",
               "return a tuple `(results, errors)` of two dicts keyed by url")


def shown(value) -> str:
    return value if isinstance(value, str) and value.startswith("<") else repr(value)


async def check_all_good(ctx):
    """With every source answering, every body is in results and errors is empty."""
    urls = [url_of(ctx, "items", item, delay) for item, delay in GOOD]
    result = await observe(ctx, urls)
    if result.raised:
        raise ExerciseBroken(f"{result.broken}, with every source answering.")
    unpack(ctx, result)
    ctx.expect(result.errors == {},
               "with every source answering, errors named "
               + ", ".join(short(ctx, url) for url in result.errors),
               "errors is for the sources that failed; none did",
               "put a url in errors only when its request raised")
    for url, (item, _) in zip(urls, GOOD, strict=True):
        ctx.expect(result.results.get(url) == {"item": item},
                   f"results[{short(ctx, url)!r}] was "
                   + (shown(result.results[url]) if url in result.results else "missing"),
                   f"the server sent {{'item': {item}}}",
                   "key results by the url as given, and keep each JSON body as it came")


async def check_concurrent(ctx):
    """The requests still go out together: all of them in flight at the same time."""
    urls = [url_of(ctx, "items", item, delay) for item, delay in GOOD]
    result = await observe(ctx, urls)
    ctx.record(peak_in_flight=result.peak_in_flight)
    ctx.expect(result.peak_in_flight == len(urls),
               f"the server never had more than {result.peak_in_flight} of the {len(urls)} "
               "requests in flight at once",
               "handling each failure must not cost the concurrency: one by one, the page "
               "waits for the sum of the latencies (lesson 11)",
               "start every request before awaiting any: gather, a TaskGroup, or tasks")


async def check_keeps_good(ctx):
    """When some sources fail, the good bodies still come back, and nothing else poses as data."""
    urls = [url_of(ctx, *source) for source in MIXED]
    good = {url: {"item": item} for url, (route, item, _) in zip(urls, MIXED, strict=True)
            if route == "items"}
    result = await observe(ctx, urls)
    if result.raised:
        if not result.raised_by_sources:
            raise ExerciseBroken(f"{result.broken}.")
        unattended = (f"; {count(result.leftover_tasks, 'request')} ran on with nobody waiting"
                      if result.leftover_tasks else "")
        ctx.fail(f"with 2 of 6 sources failing (HTTP 500), {NAME} raised "
                 f"{result.raised}{unattended}",
                 f"one failing source cost the page all {len(good)} good answers, and the "
                 "caller cannot even tell which sources were fine",
                 "collect each call's outcome instead of letting the first exception escape")
    unpack(ctx, result)
    results = result.results
    ctx.record(good_kept=sum(results.get(url) == body for url, body in good.items()))
    missing = [short(ctx, url) for url in good if url not in results]
    ctx.expect(not missing,
               f"with 2 of 6 sources failing, results held {len(good) - len(missing)} of the "
               f"{len(good)} sources that answered; missing: {', '.join(missing)}",
               "the page could have shown those; it lost them to someone else's failure",
               "every url that answered belongs in results")
    posing = [f"{short(ctx, url)} → {shown(value)}"[:100]
              for url, value in results.items() if url not in good]
    ctx.expect(not posing,
               "results also held the failed sources: " + ", ".join(posing),
               "a failure disguised as data: the page will draw an exception, None or an "
               "error body as if that source had answered, and nobody learns it failed",
               "keep the failed urls out of results; they belong in errors")
    for url, body in good.items():
        ctx.expect(results[url] == body,
                   f"results[{short(ctx, url)!r}] was {shown(results[url])}",
                   f"the server sent {body!r}",
                   "keep each JSON body as it came")


async def check_reports_failures(ctx):
    """Every failed source is reported in errors, with the exception that says what went wrong."""
    urls = [url_of(ctx, *source) for source in MIXED]
    failed = [url for url, (route, _, _) in zip(urls, MIXED, strict=True) if route == "fail"]
    result = await observe(ctx, urls)
    if result.raised:
        raise ExerciseBroken(f"{result.broken}.")
    unpack(ctx, result)
    errors = result.errors
    reported = [short(ctx, url) for url in failed if url in errors]
    ctx.record(failures_reported=len(reported))
    ctx.expect(len(reported) == len(failed),
               f"{len(failed)} sources failed with HTTP 500 "
               f"({', '.join(short(ctx, url) for url in failed)}); errors reported "
               + (', '.join(reported) if reported else "none of them"),
               "a failure nobody reports is invisible: the page shows less and no one can "
               "tell why, or that a dependency is down",
               "put every url whose request raised into errors, with its exception")
    extra = [short(ctx, url) for url in errors if url not in failed]
    ctx.expect(not extra,
               f"errors also named {', '.join(extra)}, which answered",
               "errors is for the sources that failed",
               "key errors by the failed urls as given")
    vague = [f"{short(ctx, url)} → {errors[url][1]}" for url in failed
             if errors[url][0] == "other"]
    ctx.expect(not vague,
               "errors says that these failed, not why: " + ", ".join(vague),
               "whoever reads the report (a log, a metric, the page) needs the status or "
               "the error to act on it",
               "store the exception each failed request raised")


async def check_nothing_left(ctx):
    """Nothing is left running when fetch_all returns, and no task's exception goes unread."""
    result = await observe(ctx, [url_of(ctx, *source) for source in MIXED])
    ctx.record(leftover_tasks=result.leftover_tasks, unretrieved=result.unretrieved)
    ctx.expect(result.leftover_tasks == 0,
               f"{count(result.leftover_tasks, 'task')} still running after {NAME} returned, "
               f"with {count(result.still_answering, 'request')} still open at the server",
               "work nobody waits for: its result or error is lost, it holds connections, and "
               "it may still act after the page has been sent",
               "await every task you start before returning (or cancel it)")
    ctx.expect(not result.unretrieved,
               f"the event loop reported {count(result.unretrieved, 'task')} whose exception "
               "nobody read ('Task exception was never retrieved')",
               "a task failed and nobody looked: that failure is neither returned nor reported",
               "await every task you create, or read its `exception()`")


async def measure(ctx):
    urls = [url_of(ctx, *source) for source in MIXED]
    notes = []
    for which, label in (("broken", "the starter"), ("yours", "yours")):
        try:
            result = await observe(ctx, urls, which=which)
        except ExerciseBroken as error:
            notes.append(f"{label}: {error}")
            continue
        if result.raised:
            notes.append(f"{label} raised {result.raised.split(':')[0]} and returned nothing, "
                         f"while {count(result.leftover_tasks, 'request')} ran on unattended")
        elif not result.shape:
            notes.append(f"{label} returned {count(len(result.results), 'result')} and reported "
                         f"{count(len(result.errors), 'failure')}")
        if which == "yours":
            ctx.record(results_returned=len(result.results), failures_listed=len(result.errors))
    ctx.note("With 2 of 6 sources failing: " + "; ".join(notes) + ".")
