"""Hidden checks for lesson 01: profile first.

They decide on a profile, not on a guess: cProfile counts the Python function calls
that one report makes per order (the starter's hot line makes hundreds; the report
itself needs a handful). The report must be unchanged, the debug log must still
work when enabled, and, only as a second witness with a wide margin, the report
must be several times faster than the starter's in the same run.
"""

import cProfile
import logging
import random

from coursekit import profiling

TITLE = "Profile first"
MINUTES = 40
SUMMARY = "optimising by guessing → cProfile finds the function, line_profiler the line"
REQUIRES = {"build_report": "sync"}
HINTS = [
    "Don't guess: run cProfile on `build_report` and sort by cumulative time. The function "
    "at the top of the list, under build_report, is not one you wrote.",
    "`%lprun -f build_report` (or kernprof) shows one line of build_report taking most of "
    "the time. Nothing is logged at all: the logger is not set to DEBUG. So what is that line "
    "computing, and who uses it?",
    "Arguments are evaluated before a function is called: `pformat(...)` runs for every order "
    "even though `log.debug` then drops the message. Do that work only when it will be logged: "
    "`if log.isEnabledFor(logging.DEBUG):` around the log line, or pass the dict itself and "
    "let logging format it lazily.",
]

PROBE_ORDERS = 400  # orders in the profiled run
MAX_CALLS_PER_ORDER = 30  # the fixed report makes about 4, the starter hundreds
RACE_ORDERS = 2000
MIN_SPEEDUP = 3.0  # the fix is typically 10-20x faster; the starter against itself is 1x


def order_lines(count: int, seed: int, unique_skus: bool = False) -> list[str]:
    """Orders in the exercise's CSV format, including awkward values (large and tiny)."""
    rng = random.Random(seed)
    customers = ["ines", "jonas", "kofi", "lena", "mateo", "nora", "olu", "pia", "quinn"]
    skus = rng.sample(range(1000), count) if unique_skus else None
    lines = []
    for number in range(1, count + 1):
        sku = skus[number - 1] if skus else rng.randint(0, 999)
        cents = rng.choice([1, 5, 99, 100]) if number % 37 == 0 else rng.randint(100, 250_000)
        lines.append(f"{number + 1000 * seed},2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                     f"{rng.choice(customers)},{rng.choice('KLMNPQRS')}RD-{sku:03d},"
                     f"{rng.randint(1, 40)},{cents // 100}.{cents % 100:02d}")
    return lines


def check_same_report(ctx):
    """The report is exactly the starter's, line for line, totals included."""
    for lines in (order_lines(150, 1), order_lines(60, 2), []):
        want = ctx.call_sync("build_report", list(lines), which="broken")
        got = ctx.call_sync("build_report", list(lines))
        ctx.expect(isinstance(got, str),
                   f"build_report returned a {type(got).__name__}, not a str",
                   "the finance team reads the report as text",
                   "keep returning the report string")
        if got != want:
            theirs, ours = got.splitlines(), want.splitlines()
            where = next((n for n, (a, b) in enumerate(zip(theirs, ours, strict=False)) if a != b),
                         min(len(theirs), len(ours)))
            shown = theirs[where] if where < len(theirs) else "(missing)"
            expected = ours[where] if where < len(ours) else "(nothing more)"
            ctx.fail(f"for {len(lines)} orders, line {where + 1} of the report is {shown!r} "
                     f"where the starter's is {expected!r}",
                     "a faster report that says something else is a different report",
                     "change how the work is done, not what the report says")


def calls_per_order(ctx, which: str) -> tuple[float, list]:
    lines = order_lines(PROBE_ORDERS, 4)
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        ctx.call_sync("build_report", lines, which=which)
    finally:
        profiler.disable()
    per_order = profiling.python_calls(profiler) / PROBE_ORDERS
    return per_order, profiling.top_calls(profiler, 3)


def check_hot_spot_gone(ctx):
    """The profile shows no hot spot: a few Python function calls per order, not hundreds."""
    broken, _ = calls_per_order(ctx, "broken")
    yours, top = calls_per_order(ctx, "yours")
    ctx.record(calls_per_order_broken=round(broken, 1), calls_per_order_yours=round(yours, 1))
    ctx.note(f"Python function calls per order, profiled with cProfile: starter "
                      f"{broken:,.0f}, yours {yours:,.0f}")
    most = ", ".join(f"{name} {calls:,}" for name, calls in top)
    ctx.expect(yours <= MAX_CALLS_PER_ORDER,
               f"for {PROBE_ORDERS} orders, build_report made {yours * PROBE_ORDERS:,.0f} calls of "
               f"Python functions, {yours:,.0f} per order; the most called: {most}",
               "parsing, pricing and formatting an order take a handful of calls; hundreds per "
               "order means some line still does work per order that the report never uses",
               "profile it: cProfile sorted by cumulative time names the function, "
               "`%lprun -f build_report` names the line of yours that leads there")


def check_debug_log_kept(ctx):
    """With the logger at DEBUG, every priced order is still logged."""
    lines = order_lines(12, 3, unique_skus=True)
    records = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = records.append
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        ctx.call_sync("build_report", lines)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    messages = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
    skus = [line.split(",")[3] for line in lines]
    missing = [sku for sku in skus if not any(sku in message for message in messages)]
    ctx.expect(not missing,
               f"with DEBUG logging on, {len(messages)} debug messages were logged for "
               f"{len(lines)} orders, and {len(missing)} orders (e.g. {missing[0] if missing else ''}) "
               "appear in none of them",
               "the debug log is how someone finds out why a total is wrong: the fix should make "
               "it cost nothing while it is off, not remove it",
               "keep logging each priced order at DEBUG level")


def check_much_faster(ctx):
    """In the same run, the report is several times faster than the starter's."""
    lines = order_lines(RACE_ORDERS, 5)
    slow, fast = ctx.race_sync(lambda: ctx.call_sync("build_report", lines, which="broken"),
                               lambda: ctx.call_sync("build_report", lines),
                               title=f"One report of {RACE_ORDERS:,} orders: median of 3 runs each")
    speedup = slow.median / max(fast.median, 1e-9)
    ctx.expect(speedup >= MIN_SPEEDUP,
               f"{RACE_ORDERS:,} orders took {fast.median_ms:,.0f} ms with yours and "
               f"{slow.median_ms:,.0f} ms with the starter: only {speedup:.1f}x faster",
               "the hot line took nearly all the time, so removing its work should make the "
               f"report many times faster; less than {MIN_SPEEDUP:g}x means the work is still done "
               "somewhere, in another form",
               "profile your version again: which bar is the longest now?")
