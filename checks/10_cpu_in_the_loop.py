"""Hidden checks for lesson 10: CPU work in the event loop.

They decide on a heartbeat task's largest gap on the running event loop while a
long document is scored; on where the work ran (the CPU time this check process
spent on it, and the worker pids a ProcessPoolExecutor reported); and on how many
ProcessPoolExecutors were created while the requests ran, counted by wrapping the
class in this process.
"""

import asyncio
import concurrent.futures
import os
import time
from concurrent.futures.process import ProcessPoolExecutor

from coursekit import timing

TITLE = "CPU work in the event loop"
MINUTES = 40
SUMMARY = "a CPU-heavy job inside `async def` → `run_in_executor` with one shared process pool"
REQUIRES = {"handle_score": "async", "readability": "sync"}
HINTS = [
    "Nothing in `handle_score` awaits: `readability(text)` runs on the event loop's own "
    "thread from its first line to its last. The work has to run somewhere else while the "
    "handler awaits its result.",
    "`await loop.run_in_executor(executor, readability, text)` (with `loop = "
    "asyncio.get_running_loop()`) runs it in an executor. Threads do not help pure Python "
    "(the GIL lets one thread run Python at a time): use a "
    "`concurrent.futures.ProcessPoolExecutor`.",
    "Create the pool once, not per request: a module-level `_pool = None` and a function "
    "that creates `ProcessPoolExecutor(max_workers=2)` the first time and returns the same "
    "pool after that. Then `return await loop.run_in_executor(that_pool, readability, text)`.",
]
LIMIT_MS = 100  # a stall this long, filling half the request, fails; the starter stalls for all of it
JOB_CPU_MS = 200  # the long document is sized to cost this much CPU in this process
PARAGRAPH = ("The event loop runs one piece of Python at a time. While a handler computes, "
             "every other request waits for it to finish! Is that what your users expect? ")
SHORT = ("Short texts are scored quickly. They still count words, sentences and syllables!",
         PARAGRAPH * 3)
_state: dict = {"pools": 0, "pids": [], "installed": False}


# --- probes, installed in this check process -------------------------------------------

def _with_pid(function, *args, **kwargs):
    """Runs in the worker: the job's result, and which process computed it."""
    return os.getpid(), function(*args, **kwargs)


def install() -> None:
    """Count ProcessPoolExecutor constructions and note the pid of each worker that ran a job."""
    if _state["installed"]:
        return
    _state["installed"] = True
    original_init, original_submit = ProcessPoolExecutor.__init__, ProcessPoolExecutor.submit

    def counting_init(self, *args, **kwargs):
        _state["pools"] += 1
        original_init(self, *args, **kwargs)

    def reporting_submit(self, fn, /, *args, **kwargs):
        inner = original_submit(self, _with_pid, fn, *args, **kwargs)
        outer = concurrent.futures.Future()

        def relay(done):
            if outer.cancelled():
                return
            if done.cancelled():
                outer.cancel()
            elif done.exception() is not None:
                outer.set_exception(done.exception())
            else:
                pid, result = done.result()
                _state["pids"].append(pid)
                outer.set_result(result)

        inner.add_done_callback(relay)
        outer.add_done_callback(lambda future: future.cancelled() and inner.cancel())
        return outer

    ProcessPoolExecutor.__init__ = counting_init
    ProcessPoolExecutor.submit = reporting_submit


def cpu_ms(function, *args) -> tuple[float, object]:
    start = time.process_time()
    result = function(*args)
    return (time.process_time() - start) * 1000, result


def long_document(ctx) -> tuple[str, dict, float]:
    """A document that costs about JOB_CPU_MS of CPU here, its expected score, and its cost."""
    if "document" not in _state:
        score = ctx.function("readability", which="broken")
        sample = " ".join([PARAGRAPH] * 500)
        # The fastest of three: a busy machine only makes CPU time longer, never shorter.
        took = min(cpu_ms(score, sample)[0] for _ in range(3))
        copies = max(500, round(500 * JOB_CPU_MS / max(took, 1.0)))
        document = " ".join([PARAGRAPH] * copies)
        took, expected = cpu_ms(score, document)
        _state["document"] = (document, expected, took)
    return _state["document"]


async def observe(ctx) -> dict:
    """One long document scored by the learner's handler, with a heartbeat and a CPU clock."""
    if "observed" not in _state:
        document, expected, job_ms = long_document(ctx)
        pids_before = len(_state["pids"])
        async with ctx.heartbeat() as beat:
            cpu_start, wall_start = time.process_time(), time.perf_counter()
            result = await ctx.call("handle_score", document)
            cpu_here = (time.process_time() - cpu_start) * 1000
            wall = (time.perf_counter() - wall_start) * 1000
        _state["observed"] = {"result": result, "expected": expected, "job_ms": job_ms,
                              "lag_ms": beat.max_lag_ms, "cpu_here_ms": cpu_here,
                              "wall_ms": wall, "pids": _state["pids"][pids_before:]}
    return _state["observed"]


# --- the checks ---------------------------------------------------------------------------

async def check_scores(ctx):
    """handle_score returns the same scores as readability, for short and long documents."""
    install()
    score = ctx.function("readability", which="broken")
    for text in SHORT:
        want = score(text)
        mine = ctx.call_sync("readability", text)
        ctx.expect(mine == want,
                   f"readability({text[:30]!r}...) returned {mine!r}",
                   f"the scores of that text are {want!r}",
                   "leave readability as it was: only where it runs has to change")
        got = await ctx.call("handle_score", text)
        ctx.expect(got == want,
                   f"handle_score({text[:30]!r}...) returned {got!r}",
                   f"the endpoint must answer {want!r}, what readability returns",
                   "await the result of the job and return it")
    seen = await observe(ctx)
    ctx.expect(seen["result"] == seen["expected"],
               f"for a long document, handle_score returned {seen['result']!r}",
               f"readability gives {seen['expected']!r}",
               "return what readability returns for the whole text")


async def check_loop_free(ctx):
    """The event loop kept running other tasks while a long document was scored."""
    seen = await observe(ctx)
    lag, wall = seen["lag_ms"], seen["wall_ms"]
    ctx.record(max_loop_lag_ms=round(lag, 1), request_ms=round(wall), job_cpu_ms=round(seen["job_ms"]))
    # Blocked means a long stall that filled most of the request. A busy machine can delay
    # a free loop now and then, but never for most of a request that runs elsewhere.
    ctx.expect(lag < LIMIT_MS or lag < wall / 2,
               f"while handle_score scored a long document (about {seen['job_ms']:.0f} ms of "
               f"CPU), the event loop was blocked for {lag:.0f} ms at a time, out of the "
               f"{wall:.0f} ms the request took",
               "the scoring runs on the event loop's own thread: until it ends, no other "
               "request of the service gets a single step",
               "run readability somewhere else and await its result: "
               "`await loop.run_in_executor(executor, readability, text)`")


async def check_other_process(ctx):
    """The scoring ran in a worker process: this process spent almost no CPU on it."""
    seen = await observe(ctx)
    me = os.getpid()
    workers = sorted(set(seen["pids"]))
    ctx.record(cpu_here_ms=round(seen["cpu_here_ms"], 1), check_pid=me, worker_pids=workers)
    where = (f"a ProcessPoolExecutor worker (pid {', '.join(map(str, workers))}) ran a job, "
             f"yet this check process (pid {me})" if workers
             else f"no process pool ran it: this check process (pid {me})")
    ctx.expect(seen["cpu_here_ms"] < seen["job_ms"] / 2,
               f"while the long document was scored, {where} spent {seen['cpu_here_ms']:.0f} ms "
               f"of CPU; scoring it costs about {seen['job_ms']:.0f} ms",
               "the work still runs in this process, on a thread or inline. A thread keeps "
               "the loop answering only because the GIL changes hands every few milliseconds: "
               "the job still takes this process's CPU, and two requests cannot score at once",
               "pure Python holds the GIL: hand readability to a "
               "`concurrent.futures.ProcessPoolExecutor` through `loop.run_in_executor`")


async def check_pool_once(ctx):
    """One process pool served every request: no ProcessPoolExecutor was created per call."""
    for text in SHORT:
        await ctx.call("handle_score", text)
    calls = 2 * len(SHORT) + 1
    ctx.record(pools_created=_state["pools"], requests=calls)
    ctx.expect(_state["pools"] <= 1,
               f"{_state['pools']} ProcessPoolExecutors were created while handle_score "
               f"answered {calls} requests",
               "each new pool starts new worker processes, which costs far more than sending "
               "a job to a worker that is already running (the notebook measures both); a pool "
               "that is never shut down also leaves its processes behind",
               "create the pool once (at the top of the file, or the first time it is "
               "needed) and reuse it for every request")


# --- the race: a quick request that arrives while a long document is scored -------------

async def ping_during_score(ctx, which: str, document: str):
    async with ctx.heartbeat() as beat:
        started = time.perf_counter()
        scoring = asyncio.create_task(ctx.call("handle_score", document, which=which))

        async def quick_request():
            await asyncio.sleep(0.01)  # a request that needs 10 ms, e.g. a cache lookup
            return time.perf_counter()

        answered = await asyncio.create_task(quick_request())
        await scoring
    return (answered - started) * 1000, beat


async def measure(ctx):
    install()
    document, _, _ = long_document(ctx)
    answers = {}
    for which in ("broken", "yours"):
        waits = []
        for _ in range(3):
            waited, beat = await ping_during_score(ctx, which, document)
            waits.append(waited / 1000)
        answers[which] = timing.Timing(tuple(waits))
        ctx.show("stalls", samples=beat.samples, limit_ms=LIMIT_MS,
                 title=f"Scoring a long document, {which}: the event loop's stalls")
    ctx.report_race(answers["broken"], answers["yours"],
                    "A 10 ms request arriving while a long document is scored: its answer "
                    "time, median of 3")
