"""Hidden checks for lesson 14: timeouts.

They decide on what the local server saw and on a guard the check keeps itself:
a service that answers in time still gets its answer through; against a service
that never answers, the fallback comes back before the check's guard (the timeout
plus a wide margin; the check stops waiting there, so the starter costs about a
second, not aiohttp's 300 s); and once it has, nothing is left running: no task in
the event loop, no request still open at the server.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field

from coursekit.errors import ExerciseBroken
from coursekit.loading import describe

TITLE = "Timeouts"
MINUTES = 30
SUMMARY = "a call with no deadline → `ClientTimeout` / `asyncio.timeout` and a fallback"
REQUIRES = {"fetch_with_fallback": "async"}
HINTS = [
    "Nothing in `fetch_with_fallback` ever gives up: it waits as long as the service does. "
    "Give the whole request a deadline of `timeout` seconds, and decide what to return when "
    "the deadline passes.",
    "aiohttp takes a deadline per request: `session.get(url, timeout=aiohttp.ClientTimeout("
    "total=timeout))`. `async with asyncio.timeout(timeout):` around the request works too. "
    "Both raise `TimeoutError` when time is up.",
    "Wrap the request in `try:` ... `except TimeoutError: return dict(FALLBACK)`, with "
    "`timeout=aiohttp.ClientTimeout(total=timeout)` on `session.get`. A `connect=` timeout "
    "alone does not help: connecting to a hung service succeeds at once.",
]

NAME = "fetch_with_fallback"
FALLBACK = {"item": None, "available": False}
TIMEOUT = 0.3  # seconds: the deadline the check asks for against the hanging service
SLACK = 0.9  # the check stops waiting at TIMEOUT + SLACK: 4x what a working deadline takes
SETTLE = 1.0  # seconds the server gets to notice that a cancelled request's client went away


@dataclass
class Attempt:
    """One guarded call: what came back, when, and what it left behind."""

    guard: float
    value: object = None
    error: BaseException | None = None
    answered: bool = False  # returned (or raised) before the check's guard
    seconds: float = 0.0
    requests: Counter = field(default_factory=Counter)
    leftover_tasks: int = 0
    open_requests: int = 0  # still in flight at the server SETTLE s after the call


async def attempt(ctx, url: str, timeout: float, which: str = "yours") -> Attempt:  # noqa: ASYNC109
    """Call the learner's function with the check's own guard; observe server and loop after."""
    guard = timeout + SLACK
    result = Attempt(guard=guard)
    function = ctx.function(NAME, which)
    async with ctx.client() as session:
        before = asyncio.all_tasks()
        with ctx.api.recording() as seen:
            start = time.perf_counter()
            with ctx.watch(NAME, guard + 2, which):
                try:
                    async with asyncio.timeout(guard) as deadline:
                        result.value = await function(session, url, timeout)
                except TimeoutError as error:
                    if not deadline.expired():
                        result.error = error  # the learner's own TimeoutError
                except SystemExit as error:
                    raise ExerciseBroken(
                        f"`{NAME}` in {ctx.shown_as(which)} called sys.exit({error.code!r}): a "
                        "function that ends the program cannot be checked. Return a value instead."
                    ) from None
                except Exception as error:
                    result.error = error
                finally:
                    result.seconds = time.perf_counter() - start
            # A function that swallowed the guard's cancellation still answered too late.
            result.answered = not deadline.expired()
            leftover = [task for task in asyncio.all_tasks()
                        if task not in before and not task.done()]
            result.leftover_tasks = len(leftover)
            for _ in range(round(SETTLE / 0.01)):
                if not ctx.api.stats().in_flight:
                    break
                await asyncio.sleep(0.01)
            result.open_requests = ctx.api.stats().in_flight
            for task in leftover:  # clean up after the learner, before the session closes
                task.cancel()
            if leftover:
                await asyncio.wait(leftover, timeout=1)
        result.requests = seen.requests
    return result


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def raised(ctx, result: Attempt, which: str = "yours") -> ExerciseBroken:
    return ExerciseBroken(
        f"`{NAME}` in {ctx.shown_as(which)} raised "
        f"{describe(result.error, ctx.paths[which])}."
    )


async def check_answer_comes_through(ctx):
    """A service that answers in time gets its answer through, not the fallback."""
    for item, delay_ms in ((7, 50), (8, 400)):
        url = f"{ctx.api.url}/items/{item}?delay_ms={delay_ms}"
        result = await attempt(ctx, url, timeout=2.0)
        if not result.answered:
            raise ExerciseBroken(
                f"`{NAME}` in {ctx.shown_as()} did not return within {result.guard:g} s, "
                f"though the service answered in {delay_ms} ms: an await that never completes?"
            )
        if result.error is not None:
            raise raised(ctx, result)
        ctx.expect(result.requests["items"] >= 1,
                   f"{NAME} returned {result.value!r} and the service saw no request at all",
                   "a fallback given without asking hides a healthy service: the page would "
                   "always show the placeholder",
                   "send the request, and return the fallback only when its deadline passes")
        ctx.expect(result.value != FALLBACK,
                   f"with a 2 s timeout, {NAME} returned the fallback for a service that "
                   f"answered in {delay_ms} ms",
                   "the deadline has to be the `timeout` the caller passes in: a shorter one "
                   "throws away answers that were on time",
                   "use the `timeout` argument (seconds) as the request's deadline")
        ctx.expect(result.value == {"item": item},
                   f"for /items/{item}, {NAME} returned {result.value!r}",
                   f"the service sent {{'item': {item}}}",
                   "return the JSON body as it came")


async def check_fallback_on_time(ctx):
    """Against a service that never answers, the fallback comes back within the timeout."""
    result = await attempt(ctx, f"{ctx.api.url}/never", timeout=TIMEOUT)
    if result.answered:
        ctx.record(fallback_after_ms=round(result.seconds * 1000))
    ctx.expect(result.answered,
               f"asked for a {TIMEOUT:g} s timeout, {NAME} had still not returned "
               f"{result.guard:g} s later against a service that never answers, when the "
               "check stopped waiting",
               "a deadline that does not fire is no deadline: the page waits as long as the "
               "service does (aiohttp's default allows 300 s), holding one of the session's "
               "connections all along",
               "give the whole request a deadline of `timeout` seconds")
    if isinstance(result.error, TimeoutError):
        ctx.fail(f"{NAME} raised {type(result.error).__name__} after "
                 f"{result.seconds * 1000:.0f} ms",
                 "the deadline works, but the page gets an error instead of the placeholder",
                 "catch TimeoutError and return a copy of FALLBACK")
    if result.error is not None:
        raise raised(ctx, result)
    ctx.expect(result.requests["never"] >= 1,
               f"{NAME} returned {result.value!r} and the service saw no request at all",
               "the fallback is for when the service fails to answer, not instead of asking it",
               "send the request, and return the fallback only when its deadline passes")
    ctx.expect(result.value == FALLBACK,
               f"after the deadline {NAME} returned {result.value!r}",
               f"the page draws its placeholder from FALLBACK, {FALLBACK!r}",
               "return `dict(FALLBACK)` when the deadline passes")


async def check_nothing_left(ctx):
    """Once the fallback is back, nothing is left running: no task, no request still open."""
    result = await attempt(ctx, f"{ctx.api.url}/never", timeout=TIMEOUT)
    ctx.record(leftover_tasks=result.leftover_tasks, open_requests_after=result.open_requests)
    ctx.expect(result.leftover_tasks == 0 and result.open_requests == 0,
               f"{count(result.leftover_tasks, 'task')} still running in the event loop after "
               f"{NAME} returned, and {SETTLE:g} s later the server still had "
               f"{count(result.open_requests, 'request')} open",
               "the caller got its placeholder, but the request goes on waiting in the "
               "background: every call leaves one more connection stuck, until the pool "
               "(100 by default) is full and healthy calls queue behind them",
               "stop the request when the deadline passes: `asyncio.timeout`, `asyncio.wait_for` "
               "and aiohttp's `ClientTimeout` cancel it; `asyncio.wait(..., timeout=...)` and "
               "`asyncio.shield` leave it running")


async def measure(ctx):
    rows = []
    for which, label in (("broken", "starter"), ("yours", "yours")):
        result = await attempt(ctx, f"{ctx.api.url}/never", timeout=TIMEOUT, which=which)
        if not result.answered:
            outcome = "no answer"
        elif result.error is not None:
            outcome = "an error"
        elif result.value == FALLBACK:
            outcome = "fallback"
        else:
            outcome = "other value"
        rows.append((label, outcome, result.seconds))
    ctx.show("timeline", title=f"Against a service that never answers (timeout {TIMEOUT:g} s; "
                               f"the check stops waiting at {TIMEOUT + SLACK:g} s)",
             intervals=[(f"{label}: {outcome}", 0.0, seconds) for label, outcome, seconds in rows])
    (_, first, waited), (_, second, took) = rows
    ctx.record(starter_waited_ms=round(waited * 1000), yours_ms=round(took * 1000))
    ctx.note(f"Against a service that never answers: the starter {said(first, waited)} "
                      f"(aiohttp's default allows 300 s); yours {said(second, took)}.")


def said(outcome: str, seconds: float) -> str:
    after = f"after {seconds * 1000:,.0f} ms"
    return {"no answer": f"had no answer {after}, when the check stopped it",
            "fallback": f"returned the fallback {after}",
            "an error": f"raised an error {after}"}.get(outcome, f"returned another value {after}")
