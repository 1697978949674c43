"""Hidden checks for lesson 08: bulk writes.

They decide on the commits SQLite made, counted through its trace callback: COMMIT
and END statements (those Python's sqlite3 sends for `conn.commit()` and `with conn:`
included), and writes that ran outside any transaction, which SQLite commits one by
one. Not INSERTs: the callback fires once per row even under executemany. Then every
row must be there, seen from another connection, and on a database file the batch
must be far faster than a commit per row, asserted only where this disk makes a
commit costly.
"""

import contextlib
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from coursekit import sql_probes, timing

TITLE = "Bulk writes"
MINUTES = 30
SUMMARY = "INSERT + COMMIT per row → `executemany` in one transaction"
REQUIRES = {"save_readings": "sync"}
HINTS = [
    "Time one INSERT and one COMMIT separately: the INSERT is quick, the COMMIT waits for "
    "the disk to confirm the write. The starter commits once per reading.",
    "Put the whole batch in one transaction: run all the inserts, then commit once. "
    "`with conn:` does exactly that (commit at the end of the block, rollback on error).",
    "`with conn: conn.executemany(\"INSERT INTO readings (sensor, taken_at, value) VALUES "
    "(?, ?, ?)\", readings)`. A loop of `conn.execute` inside the same `with conn:` block "
    "works too: the commit is what costs.",
]
ROWS = 30
RUNS = 3
SQL = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


@contextlib.contextmanager
def database(name: str = "readings"):
    """A new, empty readings database file in a scratch folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="lesson08-") as folder:
        yield sql_probes.readings_db(Path(folder) / f"{name}.db")


def stored(path: Path) -> Counter:
    """The rows as another connection sees them: only what was committed."""
    with contextlib.closing(sqlite3.connect(path)) as other:
        return Counter(other.execute("SELECT sensor, taken_at, value FROM readings"))


def check_saved(ctx):
    """Every reading is saved with its sensor, time and value, and committed."""
    readings = sql_probes.make_readings(12, seed=1)
    with database() as path, sql_probes.traced(path) as conn:
        ctx.call_sync("save_readings", conn, list(readings))
        committed = stored(path)
        try:
            own = Counter(conn.execute("SELECT sensor, taken_at, value FROM readings"))
        except sqlite3.ProgrammingError:  # the learner closed it: nothing uncommitted is left
            own = committed
    want = Counter(readings)
    if committed != want and own == want:
        ctx.fail(f"the {len(readings)} rows are visible on your connection, but another "
                 f"connection sees {sum(committed.values())} of them",
                 "they were never committed: they vanish when the connection closes, and no "
                 "one else ever sees them",
                 "commit the transaction before returning (`conn.commit()`, or `with conn:`)")
    missing, extra = want - committed, committed - want
    ctx.expect(not missing and not extra,
               f"after saving {len(readings)} readings the table holds "
               f"{sum(committed.values())} rows; missing: {list(missing)[:2]}, "
               f"unexpected: {list(extra)[:2]}",
               "every reading has to be stored once, as it came",
               "insert each (sensor, taken_at, value) into the columns of the same names, "
               "in that order")


def check_one_commit(ctx):
    """A batch of 30 readings is committed exactly once."""
    with database() as path, sql_probes.traced(path) as conn:
        ctx.call_sync("save_readings", conn, sql_probes.make_readings(ROWS, seed=2))
        ended, alone = conn.commit_counts()
        log = list(conn.log)
    commits = ended + alone
    ctx.record(commits_per_batch=commits)
    if alone:
        how = (f"{alone} of them writes that ran outside any transaction (autocommit mode), "
               "which SQLite commits one by one")
    else:
        how = f"{ended} COMMIT statements"
    ctx.expect(commits == 1,
               f"saving {ROWS} readings made {commits} commits, {how}:\n"
               f"{sql_probes.describe_log(log)}",
               "each commit waits until the rows are safely on disk (an fsync): the inserts "
               f"are cheap, the waits are not, so {commits} commits are {commits} waits"
               if commits else "nothing was committed",
               "run all the inserts in one transaction and commit once at the end: "
               "`with conn:` around them, or `executemany` followed by one `conn.commit()`")


def one_transaction(path: Path, readings) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(SQL, readings)


_raced: dict = {}  # this check run's race, so that measure() does not repeat it


def interleaved(runs: int, *functions) -> list[timing.Timing]:
    """Time each function ``runs`` times, taking turns, so that all meet the same disk weather."""
    samples = [[] for _ in functions]
    for _ in range(runs):
        for function, times in zip(functions, samples, strict=True):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return [timing.Timing(tuple(times)) for times in samples]


def race(ctx) -> tuple[timing.Timing, timing.Timing, timing.Timing]:
    """The starter, yours and a plain one-transaction save, on database files, taking turns.

    Draws and records the starter against yours, with the commits per batch.
    """
    if not _raced:
        readings = sql_probes.make_readings(ROWS, seed=3)
        with database("broken") as broken_path, database("yours") as yours_path, \
                database("reference") as reference_path, \
                sql_probes.traced(broken_path) as slow, sql_probes.traced(yours_path) as fast:
            _raced["timings"] = interleaved(
                RUNS,
                lambda: ctx.call_sync("save_readings", slow, readings, which="broken"),
                lambda: ctx.call_sync("save_readings", fast, readings),
                lambda: one_transaction(reference_path, readings))
            broken, yours, _ = _raced["timings"]
            ctx.report_race(broken, yours, f"{ROWS} readings into a database file, "
                                           f"median of {RUNS} runs each")
            ctx.note(f"Commits per batch of {ROWS} readings: starter "
                              f"{slow.commits // RUNS}, yours {fast.commits // RUNS}.")
    return _raced["timings"]


def check_fast_on_disk(ctx):
    """On a database file, your batch is far faster than a commit per row."""
    slow, fast, reference = race(ctx)
    disk = timing.ratio(slow, reference)  # what one transaction buys on this disk
    yours = timing.ratio(slow, fast)
    ctx.record(commit_per_row_vs_one_transaction=round(disk, 1))
    if disk < 20:
        ctx.note(f"On this disk a commit per row is only {disk:.0f}x slower than one "
                          "transaction (a RAM disk, or a disk cache that does not wait), so the "
                          "speed is shown, not asserted: the commit count decided.")
        return
    # A single commit's time swings 10x on a busy disk: ask for 2x where 20x is expected.
    need = 2.0
    ctx.expect(yours >= need,
               f"for {ROWS} readings yours took {fast.median_ms:.1f} ms and the starter "
               f"{slow.median_ms:.1f} ms: {yours:.1f}x faster, while one plain transaction "
               f"here is {disk:.0f}x faster than a commit per row",
               "something in yours still costs about as much as the commits it saved",
               "time your function alone: is there a commit, a new connection, a sleep or a "
               "PRAGMA inside the loop?")


def measure(ctx):
    race(ctx)
