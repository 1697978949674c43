"""Hidden checks for lesson 05: threads for CPU-bound work.

They decide on which process counted each range and when: every Chunk carries the pid
that counted it and its start and end times. The ranges must be counted outside the
check's own process, by worker processes that stay alive from one request to the next,
two or more ranges at the same moment. A speed-up over the threaded starter is asserted
only where this process may use 4 CPUs or more, and with a wide margin; elsewhere it is
measured and shown, never asserted.
"""

import os

from coursekit import resources, timing

TITLE = "Threads for CPU work"
MINUTES = 35
SUMMARY = "a thread pool for CPU-bound work → a warm process pool (threads stay right for I/O)"
REQUIRES = {"count_primes": "sync", "count_all": "sync"}
HINTS = [
    "Every Chunk says which process counted it: with the starter, all of them carry the same "
    "pid, and it is the caller's own. Threads share one interpreter, whose lock (the GIL) lets "
    "only one of them run Python code at a time.",
    "`concurrent.futures.ProcessPoolExecutor` has the same `submit` and `result` as the thread "
    "pool, but runs each call in a worker process with its own interpreter. `count_primes` is a "
    "function of this module, so the workers can import it. Starting worker processes is slow, "
    "though: the app calls `count_all` for every request.",
    "Create the pool once, outside `count_all`: `_pool = None` at the top of the file, then in "
    "`count_all`: `global _pool`, `if _pool is None: _pool = ProcessPoolExecutor(max_workers=4)`. "
    "Submit every range before you call `.result()` on any of the futures.",
]
SPAN = 2_000  # numbers per range: about 10 ms of pure Python on a laptop
REQUESTS = 3  # requests served one after another, as an app does
_served: dict[str, list] = {}


def ranges(first: int, count: int = 8) -> list[tuple[int, int]]:
    return [(first + n * SPAN, first + (n + 1) * SPAN) for n in range(count)]


def primes_in(start: int, stop: int) -> int:
    """The check's own count: a sieve of range(start, stop) by the primes up to sqrt(stop)."""
    limit = int(stop**0.5) + 1
    small = bytearray([1]) * (limit + 1)
    small[:2] = b"\x00\x00"
    for n in range(2, int(limit**0.5) + 1):
        if small[n]:
            small[n * n::n] = bytes(len(range(n * n, limit + 1, n)))
    segment = bytearray([1]) * (stop - start)
    for p in (n for n in range(2, limit + 1) if small[n]):
        first = max(p * p, (start + p - 1) // p * p)
        segment[first - start::p] = bytes(len(range(first, stop, p)))
    for n in range(start, min(stop, 2)):
        segment[n - start] = 0
    return sum(segment)


def field(chunk, name: str):
    try:
        return getattr(chunk, name)
    except AttributeError:
        return None


def validate(ctx, result, asked: list[tuple[int, int]]) -> list:
    ctx.expect(isinstance(result, list | tuple) and len(result) == len(asked),
               f"count_all returned {type(result).__name__}"
               + (f" with {len(result)} items" if isinstance(result, list | tuple) else "")
               + f" for {len(asked)} ranges",
               "the page shows one count per range, in the order asked",
               "return a list with the Chunk of every range, in the order of `ranges`")
    for (start, stop), chunk in zip(asked, result, strict=True):
        got = (field(chunk, "start"), field(chunk, "stop"), field(chunk, "primes"))
        want = (start, stop, primes_in(start, stop))
        ctx.expect(got == want,
                   f"for range({start}, {stop}) count_all returned {chunk!r}",
                   f"range({start}, {stop}) holds {want[2]} primes, and each result must be "
                   "the Chunk of the range at the same position",
                   "return what count_primes returned, in the order of `ranges`")
        ctx.expect(all(isinstance(field(chunk, name), int | float)
                       for name in ("pid", "started", "ended")),
                   f"the Chunk for range({start}, {stop}) is {chunk!r}",
                   "the check reads which process counted it (pid) and when (started, ended)",
                   "keep count_primes and its Chunk as the starter has them")
    return list(result)


def served(ctx, which: str = "yours") -> list[list]:
    """REQUESTS requests in a row, each 8 ranges: the Chunks of each."""
    if which not in _served:
        requests = []
        for number in range(REQUESTS):
            asked = ranges(700_000 + number * 50_000)
            result = ctx.call_sync("count_all", asked, which=which, timeout=15)
            requests.append(validate(ctx, result, asked))
        _served[which] = requests
    return _served[which]


def peak_at_once(chunks: list) -> int:
    """The most ranges being counted at the same moment."""
    events = sorted([(chunk.started, 1) for chunk in chunks]
                    + [(chunk.ended, -1) for chunk in chunks])
    running = peak = 0
    for _, change in events:
        running += change
        peak = max(peak, running)
    return peak


def pids(chunks: list) -> list[int]:
    return sorted({chunk.pid for chunk in chunks})


def check_results(ctx):
    """count_all returns the right prime count for every range, in the order asked."""
    for asked in (ranges(500_000), ranges(600_000, 3)):
        validate(ctx, ctx.call_sync("count_all", asked, timeout=15), asked)


def check_other_processes(ctx):
    """The ranges were counted in other processes than the caller's own."""
    requests = served(ctx)
    chunks = [chunk for request in requests for chunk in request]
    here = os.getpid()
    inside = sum(1 for chunk in chunks if chunk.pid == here)
    ctx.record(chunks_in_caller=inside, of_chunks=len(chunks))
    ctx.expect(inside == 0,
               f"{inside} of the {len(chunks)} ranges of {len(requests)} requests were counted in "
               f"the process that called count_all (pid {here})",
               "threads, or no pool at all, keep the work in one process, whose one "
               "interpreter runs Python code in one thread at a time (the GIL): 8 threads "
               "count primes no faster than one",
               "hand the ranges to worker processes instead of threads")


def check_pool_reused(ctx):
    """The worker processes stayed alive from one request to the next."""
    requests = served(ctx)
    seen: set[int] = set()
    fresh = []
    for request in requests:
        workers = set(pids(request))
        fresh.append(not workers & seen)
        seen |= workers
    ctx.record(worker_processes=len(seen))
    listing = "; ".join(f"request {number}: pid {', '.join(map(str, pids(request)))}"
                        for number, request in enumerate(requests, 1))
    ctx.expect(not all(fresh[1:]),
               f"each of the {len(requests)} requests was served by new worker processes "
               f"({listing}): {len(seen)} processes started for {len(requests)} requests",
               "a pool created inside count_all (or per range) starts its worker processes "
               "again for every request, and starting a process costs far more than counting "
               "one range: milliseconds with fork, and with spawn or forkserver (macOS, "
               "Windows, Python 3.14 on Linux) a fresh interpreter each time",
               "create the pool once, outside count_all, and reuse it for every request")


def check_parallel(ctx):
    """Two or more ranges were counted at the same moment, in different worker processes."""
    requests = served(ctx)
    warm = requests[1:]  # the first request may still be starting the workers
    peak = max(peak_at_once(request) for request in warm)
    workers = pids([chunk for request in warm for chunk in request])
    ctx.record(peak_at_once=peak)
    cpus = resources.usable_cpus()
    small = (f" This machine lets the check use {cpus} CPU, so a pool sized by the CPU count "
             "has one worker: give it max_workers=2 or more." if cpus == 1 else "")
    if len(workers) == 1:
        observed = (f"all {sum(map(len, warm))} ranges of {len(warm)} requests were counted by "
                    f"one worker process (pid {workers[0]}), one after another")
        meaning = ("a pool of one worker runs in another process, but never runs two ranges at "
                   "once: it takes as long as no pool at all, plus the cost of sending the work")
    else:
        observed = (f"the ranges were counted by {len(workers)} worker processes, but never two at "
                    "the same moment")
        meaning = ("each range started only after the previous one was done: submitting one "
                   "range and waiting for its result before submitting the next makes the pool "
                   "sequential")
    ctx.expect(peak >= 2, observed, meaning + "." + small,
               "give the pool two workers or more, and submit all the ranges before waiting "
               "for any result")


def check_speedup(ctx):
    """Where 4 or more CPUs are usable, the pool beats the threaded starter by 1.2x or more."""
    cpus = resources.usable_cpus()
    ctx.record(usable_cpus=cpus)
    if cpus < 4:
        ctx.note(f"Speed-up not asserted: this process may use {cpus} CPU(s) (os.cpu_count() says "
             f"{os.cpu_count()}), too few for a reliable parallel gain: the timing is shown, not judged.")
        return
    asked = ranges(850_000)
    slow, _ = timing.time_call(ctx.call_sync, "count_all", asked, which="broken", timeout=15,
                               repeat=3)
    fast, _ = timing.time_call(ctx.call_sync, "count_all", asked, timeout=15, repeat=3)
    speedup = timing.ratio(slow, fast)
    ctx.expect(speedup >= 1.2,
               f"with {cpus} usable CPUs, 8 ranges took {timing.format_ms(fast.median_ms)} with "
               f"your pool and {timing.format_ms(slow.median_ms)} with the starter's threads "
               f"({speedup:.2f}x)",
               "worker processes on this many CPUs should count the ranges about twice as fast "
               "or more; something still serialises the work",
               "give the pool as many workers as the CPUs you may use (up to 8), and keep "
               "each range's work inside count_primes")


def lanes(chunks: list) -> list[tuple[str, float, float]]:
    first = min(chunk.started for chunk in chunks)
    return [(f"range {number} · pid {chunk.pid}", chunk.started - first, chunk.ended - first)
            for number, chunk in enumerate(chunks, 1)]


def measure(ctx):
    asked = ranges(900_000)
    last = {}

    def run(which: str):
        last[which] = ctx.call_sync("count_all", asked, which=which, timeout=15)

    ctx.race_sync(lambda: run("broken"), lambda: run("yours"),
                  title=f"8 ranges, median of 3 runs each ({resources.usable_cpus()} usable CPUs)")
    for which, color in (("broken", "#d9534f"), ("yours", "#2e8b57")):
        chunks = last.get(which)
        if isinstance(chunks, list) and chunks and all(hasattr(c, "pid") for c in chunks):
            ctx.show("timeline", color=color, intervals=lanes(chunks),
                     title=f"One request, {which}: which process counted each range, and when")
