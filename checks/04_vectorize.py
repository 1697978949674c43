"""Hidden checks for lesson 04: vectorize.

They decide on the results (equal to the starter's, a new float64 array, the input
untouched) and on the Python lines a call executes, counted with sys.settrace: a
loop, a comprehension, map or np.vectorize run Python code once per reading, NumPy's
array operations a handful of lines whatever the size. A same-run timing against
the starter, with a wide margin, backs the count up.
"""

import time

import numpy as np

from coursekit.line_events import LineEvents

TITLE = "Vectorize with NumPy"
MINUTES = 35
SUMMARY = "a Python loop over each number → NumPy operations on the whole array"
REQUIRES = {"calibrate": "sync"}
HINTS = [
    "The loop handles one reading per trip through the interpreter. NumPy operations such as "
    "`readings - NOISE_FLOOR`, `readings < NOISE_FLOOR` or `np.sqrt(readings)` take the whole "
    "array and loop in compiled code. `np.vectorize` does not: it calls your function once per "
    "element.",
    "Replace the `if` per element by an operation on all elements: `np.where(condition, a, b)` "
    "picks from `a` where the condition holds and from `b` elsewhere. Or avoid the condition: "
    "below the floor, `reading - NOISE_FLOOR` is negative, and `np.maximum(x, 0.0)` turns it "
    "into 0.0, whose square root is 0.0.",
    "`return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))`. (`np.where(readings < "
    "NOISE_FLOOR, 0.0, GAIN * np.sqrt(readings - NOISE_FLOOR))` works too, but computes the "
    "square root of negative numbers first and warns about it.)",
]
NOISE_FLOOR = 0.2
GAIN = 2.5
TRACED = 10_000  # readings in the traced call
LINE_LIMIT = TRACED // 10  # a loop runs several lines per reading; NumPy a few per call
# Supporting evidence only, far below what correct fixes measure here (about 15x for
# np.piecewise, the slowest, to 200x); the line count above is what decides.
SPEED_FLOOR = 3.0  # correct fixes measure 15x to 500x; the line count decides first


def make_readings(count: int, seed: int) -> np.ndarray:
    """Readings around the floor: about a third below it, some exactly on it."""
    readings = np.random.default_rng(seed).uniform(-1.0, 3.0, count)
    readings[::97] = NOISE_FLOOR
    return readings


def expected(readings: np.ndarray) -> np.ndarray:
    return GAIN * np.sqrt(np.maximum(readings - NOISE_FLOOR, 0.0))


def traced_call(ctx, readings: np.ndarray, which: str = "yours"):
    """Call calibrate with every Python line it runs counted."""
    module = ctx.module(which)
    original = module.calibrate
    events = LineEvents()
    module.calibrate = events.wrap(original)
    try:
        result = ctx.call_sync("calibrate", readings, which=which)
    finally:
        module.calibrate = original
    return result, events


def best_of_interleaved(slow, fast, rounds: int = 3, fast_runs: int = 5) -> tuple[float, float]:
    """The fastest run of each, taking turns: a busy machine only ever makes a run slower,
    and taking turns exposes both to the same moments of load."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for index, (call, runs) in enumerate(((slow, 1), (fast, fast_runs))):
            for _ in range(runs):
                start = time.perf_counter()
                call()
                best[index] = min(best[index], time.perf_counter() - start)
    return best[0], best[1]


def check_result(ctx):
    """calibrate returns a new float64 array with the starter's values, the input untouched."""
    for count, seed in ((2_000, 1), (7, 2), (1, 3)):
        readings = make_readings(count, seed)
        before = readings.copy()
        got = ctx.call_sync("calibrate", readings)
        want = expected(before)
        ctx.expect(isinstance(got, np.ndarray),
                   f"calibrate returned a {type(got).__name__}, not a NumPy array",
                   "the rest of the service does array arithmetic on the result",
                   "return the array your NumPy operations produce (they all return arrays)")
        ctx.expect(got.shape == want.shape,
                   f"for {count:,} readings calibrate returned an array of shape {got.shape}",
                   f"there must be one calibrated value per reading: shape {want.shape}",
                   "keep one output element per reading, in the same order")
        ctx.expect(got.dtype.kind == "f",
                   f"calibrate returned an array of dtype {got.dtype}",
                   "calibrated values are fractions; an integer array rounds them away",
                   "start from float arrays (np.zeros(n) and arithmetic on `readings` are float64)")
        ctx.expect(np.array_equal(readings, before),
                   f"after the call, {np.sum(readings != before):,} of the {count:,} readings "
                   "passed in had changed",
                   "calibrate overwrote the caller's data: an in-place operation (`-=`, `out=`) "
                   "on `readings` itself",
                   "work on a new array (`readings - NOISE_FLOOR` makes one), then in place on that")
        close = np.isclose(got, want, rtol=1e-9, atol=1e-12)
        if not close.all():
            wrong = int(np.flatnonzero(~close)[0])
            nan = bool(np.isnan(got).any())
            ctx.fail(f"{np.sum(~close):,} of {count:,} values differ: for the reading "
                     f"{before[wrong]:.4f}, calibrate gave {got[wrong]!r} instead of "
                     f"{want[wrong]!r}",
                     "a faster answer has to be the same answer",
                     "np.sqrt of a negative number is nan: readings below NOISE_FLOOR must give "
                     "0.0" if nan else
                     "0.0 below NOISE_FLOOR, GAIN * sqrt(reading - NOISE_FLOOR) from it upwards")


def check_no_python_loop(ctx):
    """No Python code runs per reading: the lines executed stay a handful, not one per element."""
    readings = make_readings(TRACED, 4)
    _, events = traced_call(ctx, readings)
    ctx.record(python_lines=events.lines, python_calls=events.calls)
    busiest, times = events.busiest()
    vectorize = any(name.startswith("vectorize.") for name in events.calls_by_name)
    meaning = ("np.vectorize is a Python loop in disguise: it calls your function once per "
               "element (NumPy's documentation says it is for convenience, not performance)"
               if vectorize else
               "the loop over the readings still runs in the interpreter, one trip per "
               "reading; a comprehension, map or np.array([...]) around it change the "
               "syntax, not the work")
    ctx.expect(events.lines <= LINE_LIMIT and events.calls <= LINE_LIMIT,
               f"for {TRACED:,} readings, calibrate ran {events.lines:,} Python lines and "
               f"entered Python functions {events.calls:,} times (`{busiest}` {times:,} times)",
               meaning,
               "write the calibration as operations on the whole array: arithmetic, "
               "comparisons, np.sqrt, np.maximum or np.where each handle every element in "
               "one call")


def check_speed(ctx):
    """Timed in this run, on 10,000 readings, yours is at least 3x faster than the loop."""
    readings = make_readings(TRACED, 5)
    mine, broken = ctx.function("calibrate"), ctx.function("calibrate", which="broken")
    ctx.call_sync("calibrate", readings)  # guarded once; the timed calls below are the same
    with ctx.watch("calibrate", budget=20):
        slow, fast = best_of_interleaved(lambda: broken(readings), lambda: mine(readings))
    ratio = slow / max(fast, 1e-9)
    ctx.record(speedup_10k=round(ratio, 1))
    ctx.expect(ratio >= SPEED_FLOOR,
               f"on {TRACED:,} readings the loop took {slow * 1000:.2f} ms and yours "
               f"{fast * 1000:.2f} ms (best of several runs): only {ratio:.1f}x faster",
               "NumPy versions of this calibration measure about 15x to 200x faster than the "
               "loop at this size; a few times faster means some Python work per element remains (map over "
               "a C function, or conversions to and from lists)",
               "keep the data in arrays from start to end and let one NumPy call handle "
               "all elements at each step")


def measure(ctx):
    readings = make_readings(TRACED, 6)
    _, broken = traced_call(ctx, readings, which="broken")
    _, yours = traced_call(ctx, readings)
    ctx.note(f"Python lines run for {TRACED:,} readings: broken {broken.lines:,} → "
                      f"yours {yours.lines:,} (counted with sys.settrace)")
    many = make_readings(100_000, 7)
    ctx.race_sync(lambda: ctx.call_sync("calibrate", many, which="broken"),
                  lambda: ctx.call_sync("calibrate", many),
                  title="100,000 readings: median of 3 runs each")
