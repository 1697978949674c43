"""Hidden checks for lesson 08: bulk writes.

They decide on the commits SQLite made, counted through its trace callback: COMMIT
and END statements (those Python's sqlite3 sends for `conn.commit()` and `with conn:`
included), an outermost RELEASE, and writes that ran outside any transaction, which
SQLite commits one by one (a WITH ... INSERT among them: sqlite3 opens no transaction for
it); on the connection passed in and on any other connection the call opens (where none of
them shows, SQLite's file change counter counts). Not INSERTs: the callback fires once per row even under executemany.
Exactly one commit, on a connection with sqlite3's default settings, for batches of 7, 30
and 600,000 readings (on a connection that allows 999 bound values per statement; the
largest counted by SQLite's file change counter, past any round chunk up to 500,000 and 2**19,
and partway through it the clocks the learner's file reads jump a day ahead: the time
module's (monotonic, perf_counter, time, process_time, thread_time, clock_gettime) and
datetime's now, utcnow and today, held as its names or as its functions' default arguments,
so a chunk measured in time shows on a machine of any speed), every
row there as another connection sees it; a reading sent twice is saved twice; an empty batch
leaves no transaction open. The starter is the
oracle for what is stored (by id: in the batch's order; value for value, types and floats to the
last bit), on an awkward batch (NUL characters, -0.0, inf, and doubles this SQLite reads back
otherwise from their text, chosen when the check runs: none where it reads them all exactly), on
generated batches (quotes, unicode, duplicates, huge and tiny values, empty), and for a batch of
400 on a connection whose owner lowered its limits to 250 bound values and 1,000 bytes of SQL
per statement (read by a trace callback as each statement starts: not raised even for a
moment, and kept; that callback of the caller's must still be called after the call). A batch whose seventh reading
fails (refused by a UNIQUE index, too long for the database, rejected by a trigger's function,
interrupted by Ctrl-C while bound: a real SIGINT, under Python's own handler, where the call
runs on the main thread, which must stop the batch, not be held until it commits; breaking a deferred foreign key, so
that the COMMIT itself fails, or not fitting in a full database, after which SQLite has
rolled back by itself), on a connection in each transaction mode
Python has (default, isolation_level=None, and on 3.12+ autocommit=True and False; the full
database not under autocommit=False, where sqlite3's own rollback() then fails), must raise
the starter's error (for the full database its message too: "database or disk is full",
not a failed ROLLBACK's), leave the garbage collector as it was, leave no transaction open (but the one autocommit=False always
keeps) and no row pending, the batch either whole up to that row (as the
starter) or not there at all, and the next batch must save normally. A transaction the caller
left open must not stop the batch: with default settings (the caller's INSERT opened it), it
is committed with the batch in exactly one commit; under isolation_level=None after the
caller's own BEGIN, committed with it, as by the starter; under 3.12+'s autocommit=True
after a BEGIN, committed, or left pending in the caller's transaction as the starter (whose
conn.commit() does nothing there) leaves it. A batch failing there (default settings, its
seventh reading refused) raises and leaves none of its rows pending. A batch of 50 takes
as many of SQLite's VM steps on a table of 8,000 rows as on one of 500, and runs no statement
whose bytecode holds a Count (a COUNT(*) is one step that reads the whole table); a table that
gained a defaulted column (a migration) takes the batch as the starter, which names its columns;
an AUTOINCREMENT table whose newest row was deleted gets the starter's ids (none reused);
a failed batch's sqlite3 error keeps its sqlite_errorcode and sqlite_errorname. The caller's
connection keeps its settings (every PRAGMA of sql_probes.CONNECTION_PRAGMAS, read before and
after a failed batch and a batch in each mode; isolation_level, autocommit, row_factory,
PRAGMA synchronous, journal_mode and locking_mode, which no call the check makes may set
even for a moment, the 600,000-reading batch above all (seen by SQLite's authorizer, however
the PRAGMA is spelled, and read before and after each call): a batch committed under
synchronous=OFF, put back afterwards, did not reach the disk; in that batch wal_autocheckpoint
too, and the file must not be left in WAL mode, where the file change counter that counts its
commits no longer moves once per commit), the input list is not changed, and
the call keeps no reference to the connection (sys.getrefcount before and after: a cache keyed
by it keeps every connection ever passed in open). Then on a
database file the batch must be far faster than a commit per row, asserted only where
this disk makes a commit costly.
"""

import contextlib
import gc
import math
import os
import random
import re
import signal
import sqlite3
import struct
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path

from hypothesis import strategies as st

from coursekit import cpus, sql_plan, sql_probes, timing
from coursekit.errors import CheckFailed, ExerciseBroken
from coursekit.oracle import agree
from coursekit.waits import moved_clocks

TITLE = "Bulk writes"
MINUTES = 30
SUMMARY = "INSERT + COMMIT per row → `executemany` in one transaction"
REQUIRES = {"save_readings": "sync"}
HINTS = [
    "Time one INSERT and one COMMIT separately: the INSERT is quick, the COMMIT waits for "
    "the disk (an fsync). The starter commits once per reading.",
    "Put the whole batch in one transaction: run all the inserts, then commit once. On a "
    "connection in sqlite3's default mode, `with conn:` does exactly that (commit at the end "
    "of the block, rollback on error); in autocommit mode each statement commits on its own.",
    "`with conn: conn.executemany(\"INSERT INTO readings (sensor, taken_at, value) VALUES "
    "(?, ?, ?)\", readings)`. A loop of `conn.execute` inside the same `with conn:` block "
    "works too: the commit is what costs.",
]
SIZES = (7, 30)
BIG = 600_000  # readings in a large batch: past the variable limit below, and past any chunk
# a fix might commit separately, "a few thousand rows" to a round 200,000, 250,000 or 500,000
# and 2**19 (the batch is the caller's unit); a chunk that grows with the batch shows at any
# size. About 0.4 s for executemany, 0.6 s for a loop of execute here: nearly all of it
# sqlite3's work per row (no index but the rowid; the rows are 1,000 readings repeated).
VARIABLE_LIMIT = 999  # bound values per statement: SQLite's default before 3.32, still met
ROWS = 30
RUNS = 3
SQL = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


@contextlib.contextmanager
def database(name: str = "readings", memory: bool = False):
    """A new, empty readings database file in a scratch folder, removed afterwards.

    On a disk: in /var/tmp where writable, as in the notebook (tempfile's /tmp is a folder in
    RAM on many Linux systems, where no commit waits for a disk). ``memory``: in a RAM-backed
    folder where the system has one, for checks that are not about the disk (the oracle
    commits once per row for the starter).
    """
    if memory:
        where = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
    else:
        where = "/var/tmp" if os.access("/var/tmp", os.W_OK) else None
    # a learner's thread may still be writing there: never crash the check on clean-up
    with tempfile.TemporaryDirectory(prefix="lesson08-", dir=where, ignore_cleanup_errors=True) as folder:
        yield sql_probes.readings_db(Path(folder) / f"{name}.db")


def stored(path: Path, conn=None, given: str = "") -> Counter:
    """The rows as another connection sees them: only what was committed. A database the
    call left locked to others fails the check, saying why where the caller's connection
    ``conn`` shows it (``given``: how the call was made, for the message)."""
    with contextlib.closing(sqlite3.connect(path, timeout=1)) as other:
        try:
            return Counter(other.execute("SELECT sensor, taken_at, value FROM readings"))
        except sqlite3.OperationalError as error:
            raise locked(conn, given, error) from None


def locked(conn, given: str, error: Exception) -> CheckFailed:
    """Why another connection found the file locked, as far as the caller's ``conn`` says."""
    try:
        still_open = conn is not None and conn.in_transaction
        mode = read_pragmas(conn, ("locking_mode",))["locking_mode"] if conn is not None else ""
    except sqlite3.Error:  # closed by the learner, or itself locked out
        still_open, mode = False, ""
    autocommit = getattr(conn, "autocommit", None) is True  # Python 3.12+
    observed = (f"{given + ', after' if given else 'after'} save_readings returned, another "
                f"connection could not read the table: {error}")
    if still_open:
        return CheckFailed(
            f"{observed}; the caller's connection still had a transaction open",
            "the transaction left open holds the file's lock (BEGIN EXCLUSIVE takes it at "
            "once, a large write on its way to the disk too): every other connection, a "
            "dashboard or the next importer, is shut out until it ends, which only a commit "
            "or rollback the caller happens to send next would do"
            + (" (under autocommit=True, conn.commit() and conn.rollback() do nothing: only a "
               "COMMIT or ROLLBACK statement)" if autocommit else ""),
            "end the transaction you began before returning, whichever way the batch ends"
            + (" (under autocommit=True, with a COMMIT or ROLLBACK statement of your own)"
               if autocommit else ""))
    if mode == "exclusive":
        return CheckFailed(
            f"{observed}; the caller's connection was in PRAGMA locking_mode=EXCLUSIVE",
            "in that mode SQLite keeps the file's lock after the commit: every other "
            "connection (a dashboard, the next importer) is shut out for as long as the "
            "caller's connection stays open in that mode",
            "leave the connection's locking mode alone: one transaction, committed once")
    return CheckFailed(
        observed,
        "the call left the database locked: every other connection (a dashboard, the next "
        "importer) is shut out until the lock's holder lets go: a connection of the call's "
        "own left open inside a transaction, or one whose PRAGMA locking_mode=EXCLUSIVE kept "
        "its lock after the commit (even once set back to NORMAL, until it next reads or "
        "writes the file)",
        "write through the connection you are given, leave its locking mode alone, and end "
        "the transaction before returning")


def settings(conn) -> dict:
    """The caller's connection settings, PRAGMAs read without leaving a trace in the log."""
    found = {"isolation_level": conn.isolation_level, "row_factory": conn.row_factory,
             "text_factory": conn.text_factory, "in_transaction": conn.in_transaction,
             "autocommit": getattr(conn, "autocommit", None)}  # Python 3.12+
    before = len(conn.log)
    found.update(sql_probes.pragma_values(conn))  # every PRAGMA that sets the connection
    del conn.log[before:]
    return found


def saved(ctx, conn, readings, given: str) -> str:
    """Call save_readings (``given``: how, for a message), its PRAGMAs watched; "" or what it
    raised."""
    with pragmas_watched(conn) as seen:
        try:
            ctx.call_sync("save_readings", conn, readings)
            raised = ""
        except ExerciseBroken as error:
            raised = str(error).split(" raised ", 1)[-1]
    expect_durable(ctx, given, seen)
    return raised


def save(ctx, conn, readings, given: str) -> tuple[int, str, int]:
    """``saved`` on a traced connection: (commits on every connection, "" or what it raised,
    how many of those commits were on other connections)."""
    with sql_probes.opened_connections() as others:
        before = len(conn.log)
        raised = saved(ctx, conn, readings, given)
    mine = sql_probes.commit_counts(conn.log[before:], conn.open_now())
    elsewhere = sum(other.commits for other in others)
    return sum(mine) + elsewhere, raised, elsewhere


# --- the checks ---------------------------------------------------------------------------


def check_saved(ctx):
    """Every reading is saved (one sent twice, twice) and committed, the caller's durability PRAGMAs and list left alone; None is returned."""
    readings = sql_probes.make_readings(12, seed=1)
    readings.insert(9, readings[4])  # a sensor resent a reading: the starter saves it twice
    given = list(readings)
    with database() as path, sql_probes.traced(path) as conn:
        with pragmas_watched(conn) as seen:
            references = sys.getrefcount(conn)
            returned = ctx.call_sync("save_readings", conn, given)
            kept = sys.getrefcount(conn) - references
        expect_durable(ctx, f"saving {len(readings)} readings on a connection with sqlite3's "
                            "default settings", seen)
        committed = stored(path, conn, f"saving {len(readings)} readings on a connection "
                                       "with sqlite3's default settings")
        try:
            own = readings_seen(conn)
        except sqlite3.ProgrammingError:  # the learner closed it: nothing uncommitted is left
            own = committed
    ctx.expect(returned is None,
               f"save_readings returned {returned!r:.80}",
               "the contract says it returns None, as the starter does: a caller may test "
               "the result, and one that counts rows learns nothing it did not give",
               "return nothing: the rows committed are the answer")
    ctx.expect(kept <= 0,
               f"after save_readings returned, {kept} more reference(s) to the caller's "
               "connection were held than before the call (sys.getrefcount)",
               "something the function keeps (a cache keyed by the connection, a module-level "
               "list or dict) holds every connection ever passed in: a connection its caller "
               "drops is never closed, so its file and page cache stay open for the life of "
               "the process (one per request in a web service), and what was cached about it "
               "goes stale when the caller changes its settings",
               "keep nothing between calls: read what you need from `conn` each time (it is "
               "cheap), as `with conn:` does")
    want = Counter(readings)
    if committed != want and own == want:
        ctx.fail(f"the {len(readings)} rows are visible on your connection, but another "
                 f"connection sees {sum(committed.values())} of them",
                 "they were never committed: they vanish when the connection closes, and no "
                 "one else ever sees them",
                 "commit the transaction before returning (`conn.commit()`, or `with conn:`)")
    missing, extra = want - committed, committed - want
    repeated = [reading for reading in missing if want[reading] > 1 and committed[reading]]
    ctx.expect(not missing and not extra,
               f"after saving {len(readings)} readings the table holds "
               f"{sum(committed.values())} rows; missing: {list(missing)[:2]}, "
               f"unexpected: {list(extra)[:2]}"
               + (f" ({repeated[0]!r} was in the batch {want[repeated[0]]} times, and is "
                  f"stored {committed[repeated[0]]} time(s))" if repeated else ""),
               "every reading has to be stored as it came, once per time it is given: a "
               "reading sent twice (a sensor that resent it) is two rows for the starter, and "
               "whether to drop repeats is the caller's decision, which it cannot make once "
               "they are gone"
               if repeated else "every reading has to be stored once, as it came",
               "insert every reading of the list, repeats too (a set() or dict drops them)"
               if repeated else "insert each (sensor, taken_at, value) into the columns of "
               "the same names, in that order")
    changed = ""
    if given != readings:
        changed = (f"it held {len(readings)} readings, now {len(given)}"
                   if len(given) != len(readings) else next(
                       f"reading {n + 1} was {old!r}, now {new!r}"
                       for n, (old, new) in enumerate(zip(readings, given, strict=True))
                       if old != new))
    ctx.expect(given == readings,
               f"after the call the caller's list of readings had changed: {changed}",
               "the list is the caller's: it may log it, retry it or save it elsewhere next",
               "read the list, don't sort, pop or rewrite it; copy it if you need another shape")
    saved_after_a_migration(ctx)
    ids_as_autoincrement_gives(ctx)


AUTOINCREMENT_TABLE = ("CREATE TABLE readings (id INTEGER PRIMARY KEY AUTOINCREMENT, sensor TEXT "
                       "NOT NULL, taken_at TEXT NOT NULL, value REAL NOT NULL)")


def ids_after_a_deletion(ctx, which: str) -> list[tuple]:
    """(id, sensor) of every row after saving 2 readings into an AUTOINCREMENT table whose
    newest row was deleted."""
    readings = sql_probes.make_readings(5, seed=22)
    with database(which, memory=True) as path:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            with conn:
                conn.execute("DROP TABLE readings")
                conn.execute(AUTOINCREMENT_TABLE)
                conn.executemany(SQL, readings[:3])
                conn.execute("DELETE FROM readings WHERE id = 3")
            ctx.call_sync("save_readings", conn, readings[3:], which=which)
        with contextlib.closing(sqlite3.connect(path)) as other:
            return other.execute("SELECT id, sensor FROM readings ORDER BY id").fetchall()


def ids_as_autoincrement_gives(ctx) -> None:
    """On a table declared AUTOINCREMENT whose newest row was deleted, the ids SQLite gives."""
    want, got = ids_after_a_deletion(ctx, "broken"), ids_after_a_deletion(ctx, "yours")
    ctx.expect(got == want,
               "on a table declared `id INTEGER PRIMARY KEY AUTOINCREMENT` whose newest row "
               f"(id 3) had been deleted, 2 readings were saved with ids "
               f"{[row[0] for row in got[2:]]}; the starter's got {[row[0] for row in want[2:]]}",
               "the ids are the table's to give: AUTOINCREMENT promises never to reuse one "
               "(other tables, exports and caches still name the deleted row), and ids "
               "computed from MAX(id) hand a deleted reading's id to a new one",
               "leave the id out of the INSERT, as the starter does: SQLite numbers the rows "
               "by the table's own rule")


MIGRATION = "ALTER TABLE readings ADD COLUMN unit TEXT NOT NULL DEFAULT 'C'"


def saved_after_a_migration(ctx) -> None:
    """The table has gained a column with a default (a migration): the batch is saved, as by
    the starter, which names the columns it fills."""
    readings = sql_probes.make_readings(5, seed=18)
    with database(memory=True) as path:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute(MIGRATION)
            raised = saved(ctx, conn, list(readings), "saving 5 readings into a table that had "
                                                      "gained a column")
        rows = in_order(path)
    ctx.expect(not raised and rows == readings,
               "the readings table had gained a column (unit TEXT NOT NULL DEFAULT 'C', as a "
               "migration adds one); saving 5 readings "
               + (f"raised {raised[:160]}" if raised else f"left {len(rows)} rows"
                  + (f", the first {rows[0]!r}" if rows else "")),
               "an INSERT that does not name its columns depends on the table having exactly "
               "these, in this order: the day a column is added, every batch fails (\"table "
               "readings has 5 columns but 4 values were supplied\") where the starter, which "
               "names its columns, goes on saving",
               "name the columns you fill: `INSERT INTO readings (sensor, taken_at, value) "
               "VALUES (?, ?, ?)`")


def file_commits(path: Path) -> int:
    """SQLite's file change counter (header offset 24): +1 per write transaction committed.

    Counted on the file, so every connection's commits show, at no cost per row (a trace
    callback fires once per row under executemany); valid in the rollback-journal modes (a
    file in WAL mode moves it at its checkpoints instead).
    """
    with open(path, "rb") as file:
        file.seek(24)
        return int.from_bytes(file.read(4), "big")


# Partway through the large batch (after this many of SQLite's instructions: some thousands of
# rows, about 12 instructions each), the clocks the learner's file reads jump a day ahead: a
# batch that commits whenever it has run for a while (seconds, minutes, an hour) commits twice
# on any machine, where the batch's real time (0.6 s on a fast one, over 10 s on a loaded one)
# would decide by the machine's speed. The progress handler costs one Python call per
# 100,000 instructions.
JUMP_AFTER_OPS = 100_000
JUMP_S = 24 * 3600


@contextlib.contextmanager
def clocks_jump(conn, module):
    """Around a call on ``conn``: once SQLite has run JUMP_AFTER_OPS instructions on it, the
    clocks ``module`` reads (waits.moved_clocks) are JUMP_S ahead, until the end of the block.
    Yields a list that then holds True if they jumped and the file reads any of them."""
    ahead = [0.0]
    with moved_clocks(module, lambda: ahead[0]) as reads:
        jumped: list[bool] = []

        def progress() -> int:
            if not jumped:  # the first time only
                jumped.append(reads)
                ahead[0] = JUMP_S
            return 0  # go on with the statement

        conn.set_progress_handler(progress, JUMP_AFTER_OPS)
        try:
            yield jumped
        finally:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed: the checks say so
                conn.set_progress_handler(None, 0)


def big_batch(ctx) -> tuple[int, str, int, str, bool]:
    """(moves of the file change counter, "" or what it raised, rows seen by another
    connection, the file's journal mode then, whether the clocks the file reads jumped) for
    BIG readings, its PRAGMAs watched."""
    readings = sql_probes.make_readings(1_000, seed=BIG) * (BIG // 1_000)  # cheap; repeats allowed
    with database(memory=True) as path, \
            contextlib.closing(sqlite3.connect(path)) as conn:
        sql_probes.set_limits(conn, VARIABLE_LIMIT)
        before = file_commits(path)
        with pragmas_watched(conn, COUNTED) as seen, \
                clocks_jump(conn, ctx.module("yours")) as jumped:
            try:
                ctx.call_sync("save_readings", conn, readings, timeout=15)
                raised = ""
            except ExerciseBroken as error:
                raised = str(error).split(" raised ", 1)[-1]
        expect_durable(ctx, f"saving a batch of {BIG:,} readings on a connection with "
                            "sqlite3's default settings", seen, counted=True)
        moved = file_commits(path) - before
        with contextlib.closing(sqlite3.connect(path)) as other:
            rows = other.execute("SELECT count(*) FROM readings").fetchone()[0]
            mode = other.execute("PRAGMA journal_mode").fetchone()[0]  # 'wal' kept in the file
    return moved, raised, rows, mode, any(jumped)


def check_one_commit(ctx):
    """On a connection with sqlite3's default settings, batches of 7, 30 and 600,000 readings are each saved whole and committed exactly once, durably (its synchronous, journal and locking PRAGMAs untouched)."""
    counts = {}
    for size in (*SIZES, BIG):
        if size == BIG:
            commits, raised, rows, mode, jumped = big_batch(ctx)
        else:
            readings = sql_probes.make_readings(size, seed=size)
            with database() as path, sql_probes.traced(path) as conn:
                sql_probes.set_limits(conn, VARIABLE_LIMIT)
                before = file_commits(path)
                given = f"saving {size} readings on a connection with sqlite3's default settings"
                commits, raised, elsewhere = save(ctx, conn, readings, given)
                on_file = file_commits(path) - before
                log = list(conn.log)
                ended, alone = sql_probes.commit_counts(conn.log, conn.open_now())
                rows = sum(stored(path, conn, given).values())
        variables = sql_probes.past_limit(raised) == sql_probes.VARIABLES
        ctx.expect(not raised,
                   f"a batch of {size:,} readings raised {raised}"
                   + (f" (this connection's SQLite allows {VARIABLE_LIMIT} bound values per "
                      "statement, the default before version 3.32; newer ones allow 32,766 by "
                      "default, or about 10,900 readings)" if variables else ""),
                   "the starter saves a batch of any size, and an importer's batch can be large",
                   "check what limits your way of inserting has: the number of `?` in one "
                   "statement is bounded; executemany binds one row at a time" if variables
                   else "call save_readings on a batch of that size yourself, on a connection "
                   "made by `sqlite3.connect`, and fix the line the error names")
        ctx.expect(rows == size,
                   f"after a batch of {size:,} readings another connection sees {rows:,} rows"
                   + (f": {size - rows:,} readings lost" if rows < size else "")
                   + (" (the batch holds 1,000 distinct readings, each sent "
                      f"{BIG // 1_000} times)" if size == BIG else ""),
                   "every reading of the batch has to be stored and committed, each as often "
                   "as it is given, as the starter does",
                   "insert every reading of the list (repeats too), and commit once at the end")
        if size != BIG and not commits and on_file:
            commits = on_file  # committed in a way the statements traced do not show
        counts[size] = commits
        if size == BIG or commits == 1:
            continue
        if not commits:
            ctx.fail(f"saving {size} readings made no commit this check could count, though "
                     f"another connection sees all {rows} rows: the statements traced, on "
                     "your connection and on any other sqlite3 connection, show no COMMIT "
                     "ending a transaction and no write outside one, and SQLite's file change "
                     f"counter did not move:\n{sql_probes.describe_log(log)}",
                     "the check counts the commits to tell one wait for the disk from one per "
                     "reading, and cannot count these",
                     "write through the `conn` you are given, in one transaction that "
                     "sqlite3 commits: `with conn: conn.executemany(...)`")
        how = "; ".join(part for part in (
            f"{alone} of them writes that ran outside any transaction, which SQLite commits "
            "one by one (in sqlite3's default mode it opens a transaction by itself only "
            "before an INSERT, UPDATE, DELETE or REPLACE statement, not before a WITH ... "
            "INSERT; in autocommit mode never)" if alone else "",
            f"{ended} ended by a COMMIT, END or outermost RELEASE statement" if ended else "",
            f"{elsewhere} on another connection" if elsewhere else "") if part) or (
            "counted by SQLite's file change counter: the statements traced show no COMMIT "
            "ending a transaction and no write outside one")
        ctx.fail(f"saving {size} readings made {commits} commits, {how}:\n"
                 f"{sql_probes.describe_log(log)}",
                 "each commit waits for the disk (an fsync): the inserts are cheap, the waits "
                 f"are not, so {commits} commits are {commits} waits",
                 "run all the inserts in one transaction and commit once at the end: "
                 "`with conn:` around INSERT statements (it also rolls back if a row fails)")
    ctx.expect(mode != "wal",
               f"after a batch of {BIG:,} readings the database file was in WAL mode (PRAGMA "
               "journal_mode read 'wal' on another connection), where the check had made it "
               "in the default rollback-journal mode",
               "the journal mode is kept in the file: every connection to it, the caller's "
               "other programs too, now writes through a WAL file. And in WAL mode SQLite's "
               "file change counter, by which this check counts the batch's commits, no "
               "longer moves once per commit (SQLite does not promise it, and it barely "
               "moves, checkpoints included)",
               "leave journal_mode as the caller set it, on every connection: one "
               "transaction for the batch, committed once, is the whole fix")
    ctx.record(commits_per_batch=counts[ROWS], commits_for_big_batch=counts[BIG])
    ctx.expect(counts[BIG] <= 1,  # 0 only where the file was in WAL mode: refused above
               f"SQLite's file change counter moved by {counts[BIG]:,} during a batch of "
               f"{BIG:,} readings (it moves once per transaction committed while the file is "
               f"in a rollback-journal mode, as this one was before and after the call; "
               f"batches of {SIZES[0]} and {SIZES[1]}: 1 commit each)"
               + (". Partway through it, the clocks your file reads jumped a day ahead, as a "
                  "long batch on a slow disk or a busy machine finds them later"
                  if jumped else ""),
               "the number of commits still grows with the batch, with its rows or with its "
               "time: the batch is the caller's unit, and a failure between two commits leaves "
               "part of it saved, which the caller can neither see nor roll back",
               "one transaction for the whole batch, however large or long, and one commit "
               "(chunking a long import, by rows or by time, is the caller's choice: it calls "
               "you once per chunk)")
    with database() as path, sql_probes.traced(path) as conn:
        given = "saving an empty batch on a connection with sqlite3's default settings"
        commits, raised, _ = save(ctx, conn, [], given)
        still_open = conn.open_now()
        held = still_open and sql_probes.lock_refused(path)
        rows = sum(stored(path, conn, given).values())
    ctx.expect(not raised and rows == 0 and commits <= 1,
               f"an empty batch {'raised ' + raised if raised else f'made {commits} commits'}"
               f" and left {rows} rows",
               "an importer run with nothing new is normal: the starter saves nothing and "
               "returns",
               "make sure an empty list goes through your code without an error")
    ctx.expect(not still_open,
               "after an empty batch on a connection with sqlite3's default settings, the "
               "connection was left inside a transaction (conn.in_transaction was True)"
               + (", holding the file's write lock: another connection's BEGIN IMMEDIATE got "
                  "\"database is locked\"" if held else ""),
               "an importer polling sensors that sent nothing this minute calls you with an "
               "empty list: a transaction left open keeps the lock it took, so every other "
               "writer fails with \"database is locked\", and the caller's next writes land in "
               "a transaction nobody commits. The starter leaves none open",
               "end the transaction you began on every path, an empty batch too: commit (or "
               "roll back) whether or not a row was written; `with conn:` always does")


# SQLite's work for one batch, on tables already holding TABLE_ROWS rows: the same batch costs
# the same VM steps whatever the table holds (an insert finds its place in C, in a few steps).
# A query over the table (a COUNT(id), a SELECT max(value)) takes steps per row; a plain
# COUNT(*) is one step (SQLite's Count instruction walks the table's pages in C), so the
# statements that hold one are looked for in their bytecode.
TABLE_ROWS = (500, 8_000)
WORK_BATCH = 50
STEPS_GROWTH = 2  # the batch's steps may grow this much from the small table to the large


def batch_work(ctx, rows: int) -> tuple[int, list[str]]:
    """(VM steps on the caller's connection, statements that count a whole table) for a batch
    of WORK_BATCH readings saved into a table of ``rows`` rows."""
    with database(memory=True) as path:
        with contextlib.closing(sqlite3.connect(path)) as filler, filler:
            filler.executemany(SQL, sql_probes.make_readings(rows, seed=rows))
        with contextlib.closing(sql_plan.connect(path)) as conn:
            before, logged = conn.steps, len(conn.log)
            ctx.call_sync("save_readings", conn, sql_probes.make_readings(WORK_BATCH, seed=19))
            steps = conn.steps - before
            ran = dict.fromkeys(statement.sql for statement in conn.log[logged:]
                                if sql_probes.keyword(statement.sql) in ("SELECT", "WITH"))
            counting = []
            # closed by the call: another check says so
            with contextlib.suppress(sqlite3.ProgrammingError), conn.paused():
                counting = [sql for sql in ran if counts_a_table(conn, sql)]
    return steps, counting


def counts_a_table(conn, sql: str) -> bool:
    """Whether ``sql``'s bytecode holds SQLite's Count instruction (a whole table's rows)."""
    try:
        return any(row[1] == "Count" for row in conn.execute("EXPLAIN " + sql))
    except sqlite3.Error:
        return False


def check_work_independent_of_table(ctx):
    """A batch costs SQLite the same work whatever the table already holds."""
    small, large = TABLE_ROWS
    found = {rows: batch_work(ctx, rows) for rows in TABLE_ROWS}
    steps = {rows: found[rows][0] for rows in TABLE_ROWS}
    counting = found[large][1]
    ctx.record(steps_small_table=steps[small], steps_large_table=steps[large])
    ctx.expect(steps[large] <= STEPS_GROWTH * max(steps[small], 1) and not counting,
               f"a batch of {WORK_BATCH} readings took SQLite {steps[small]:,} steps (VM "
               f"instructions) on a table of {small:,} rows and {steps[large]:,} on one of "
               f"{large:,}"
               + (f"; it ran {counting[0]!r}" + (f" and {len(counting) - 1} more" if
                                                  len(counting) > 1 else "")
                  + ", whose Count instruction is one step that reads every page of the table"
                  if counting else ""),
               "the batch's cost grows with everything saved before it: SQLite keeps no row "
               "count, so a COUNT (or any query over the table) before and after the batch "
               "reads the whole table each time. At 4 million rows a batch of 50 takes about a "
               "hundred times longer than the inserts alone, and it keeps growing",
               "insert and commit, nothing more: `with conn: conn.executemany(...)` raises if a "
               "row fails, so there is no count to verify (and executemany's cursor.rowcount "
               "tells how many rows it inserted, without reading the table)")


def same_rows(ctx, readings, durable: list):
    """(starter's rows, yours) as another connection sees them after saving ``readings``; what
    yours did to the durability PRAGMAs goes in ``durable`` as (readings, seen)."""
    found = []
    for which in ("broken", "yours"):
        with database(which, memory=True) as path, sql_probes.traced(path) as conn:
            try:
                with pragmas_watched(conn) as seen:
                    ctx.call_sync("save_readings", conn, list(readings), which=which)
            except ExerciseBroken as error:
                if which == "broken":
                    raise
                found.append("raised " + str(error).split(" raised ", 1)[-1][:150])
                continue
            if which == "yours" and (seen["ran"] or seen["left"] or durability(seen)):
                durable.append((readings, seen))
            found.append(in_order(path))
    return tuple(found)


def in_order(path: Path) -> list[tuple]:
    """The committed rows by id: the batch's order, as a reader by arrival sees it."""
    stored(path)  # a database left locked fails the check there
    with contextlib.closing(sqlite3.connect(path, timeout=1)) as other:
        return other.execute("SELECT sensor, taken_at, value FROM readings ORDER BY id").fetchall()


SENSORS = st.one_of(st.sampled_from(["sensor-1", "O'Hare-3", 'the "lab"', "Zürich Süd", "東京",
                                     "", " ", "x', '', 0); DELETE FROM readings; --"]),
                    st.text(max_size=8))
TIMES = st.one_of(st.sampled_from(["2024-05-01T08:00:00", "2024-05-01T08:00:00+02:00", ""]),
                  st.text(max_size=8))
VALUES = st.floats(allow_nan=False) | st.sampled_from(  # inf: an overflowed sensor, legal in REAL
    [0.0, -0.0, 1e308, -1e-308, 5e-324, math.inf, -math.inf])
READING = st.tuples(SENSORS, TIMES, VALUES)
BATCHES = st.lists(st.one_of(READING, st.just(("sensor-1", "2024-05-01T08:00:00", 21.5))),
                   max_size=8)


# Doubles whose shortest text (repr) SQLite 3.40 reads back as a neighbouring double (its
# text-to-double conversion is not correctly rounded: 19 of 200,000 uniform(15, 30) values),
# then finite doubles of every size from a fixed seed; kept where this SQLite misreads them.
MISREAD_CANDIDATES = (16.21348030380131, 19.84416875223401, 23.39697678866135,
                      18.32411139098385, 29.13393426476018, -3.131546820234317e-307)
MISREAD_KEPT = 3


def read_from_text(value: float) -> float:
    """What this SQLite stores for ``value`` written into the SQL as its shortest text."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        return conn.execute(f"SELECT {value!r}").fetchone()[0]


def misread_floats() -> list[float]:
    """Up to MISREAD_KEPT doubles this SQLite reads back otherwise from their text (none where
    it reads them all exactly): chosen now, so that the batch holds some on any SQLite."""
    rng = random.Random(8)
    drawn = (struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
             for _ in range(3_000))
    found = []
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        for value in (*MISREAD_CANDIDATES, *drawn):
            if math.isfinite(value) and conn.execute(f"SELECT {value!r}").fetchone()[0] != value:
                found.append(value)
                if len(found) == MISREAD_KEPT:
                    break
    return found


def awkward_batch(misread: list[float]) -> list[tuple]:
    """Readings as a real importer meets them: quotes, NUL characters (a name read from a
    binary protocol), unicode, a reading resent, the largest, smallest and infinite values,
    and ``misread``: doubles this SQLite misreads from text."""
    batch = [("O'Hare-3", "2024-05-01T08:00:00", 21.5), ("probe\x00-7", "2024-05-01T08:00:00", 21.6),
             ("Zürich Süd", "2024-05-01T08:00:00\x00", -0.0), ("東京", "", 1e308),
             ("sensor-1", "2024-05-01T08:01:00", 5e-324),
             ("sensor-1", "2024-05-01T08:02:00", math.inf),
             ("sensor-2", "2024-05-01T08:02:00", -math.inf)]
    batch += [(f"sensor-{n + 3}", "2024-05-01T08:03:00", value) for n, value in enumerate(misread)]
    return [*batch, batch[0]]


def exactly(expected, got) -> bool:
    """The same rows, value for value: types, and floats to the last bit (-0.0 apart from 0.0)."""
    return repr(expected) == repr(got)


def check_same_as_starter(ctx):
    """On awkward batches (quotes, NUL characters, unicode, duplicates, huge, infinite and hard-to-parse values, empty), the rows are the starter's, value for value."""
    durable: list = []
    misread = misread_floats()
    batch = awkward_batch(misread)
    want, got = same_rows(ctx, batch, durable)
    if not exactly(want, got):
        differ = next(((n, old, new) for n, (old, new) in enumerate(zip(want, got, strict=False))
                       if not exactly(old, new)), None) if isinstance(got, list) else None
        ctx.fail(f"saving a batch of {len(batch)} awkward readings (NUL characters in a sensor "
                 "name and in a time, -0.0, 1e308, 5e-324, inf, -inf, a reading resent"
                 + (f", and {', '.join(map(repr, misread))}, doubles this SQLite reads back "
                    "otherwise from their text" if misread else "")
                 + "), " + (f"yours {got}" if isinstance(got, str) else
                            f"another connection then saw {len(got)} rows (the starter's: "
                            f"{len(want)})" + (f"; row {differ[0] + 1}: yours {differ[2]!r}, "
                                               f"the starter's {differ[1]!r}" if differ else "")),
                 "a value written into the SQL text is not the value: SQLite parses it back, "
                 "and its text-to-double conversion is not exact for every double"
                 + (f" (this one reads {misread[0]!r} as {read_from_text(misread[0])!r})"
                    if misread else "")
                 + ", and it refuses a statement with a NUL character in it. A bound value (`?`) "
                 "is stored as given, as the starter's are: a reading changed in its last digit, "
                 "or a batch refused for one sensor's name, is a silent error in every report "
                 "built on it",
                 "pass the values as parameters (`?`), never pasted into the SQL text: "
                 "`conn.executemany(sql, readings)` inside `with conn:`")
    agree(ctx, BATCHES, lambda batch: same_rows(ctx, batch, durable),
          what="save_readings(conn, readings) with these readings (the rows another "
               "connection then sees, by id: the ids follow the batch's order, as the "
               "starter's do, so a reader by arrival sees them as they came)",
          same=exactly, examples=30,
          nudge="save that batch with both versions and compare the table: pass the values "
                "as parameters (`?`), never pasted into the SQL text, and keep duplicates")
    for readings, seen in durable[:1]:
        expect_durable(ctx, f"saving a generated batch of {len(readings)} readings on a "
                            "connection with sqlite3's default settings", seen)


class Interrupted(KeyboardInterrupt):
    """What Ctrl-C raises, here raised while one reading's value is bound."""


class InterruptingValue(float):
    """A reading's value that presses Ctrl-C when sqlite3 (or float()) converts it: a real
    SIGINT where the call runs on the main thread (what a handler of the learner's sees, under
    Python's own handler a KeyboardInterrupt raised right there), else Interrupted raised."""

    fired = False

    def __conform__(self, protocol):
        self.fired = True
        if threading.current_thread() is threading.main_thread():
            signal.raise_signal(signal.SIGINT)  # Python's handler raises KeyboardInterrupt here
            return float.__float__(self)  # a handler of the learner's took it: go on
        raise Interrupted("Ctrl-C")

    __float__ = __conform__


@contextlib.contextmanager
def ctrl_c_raises():
    """Python's own SIGINT handler (KeyboardInterrupt) for the block, on the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


REJECTED = "rejected-by-trigger"


def refused(conn, readings, bad):
    conn.execute("CREATE UNIQUE INDEX one_reading ON readings (sensor, taken_at)")
    readings[bad] = readings[2]


def too_long(conn, readings, bad):
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000)
    readings[bad] = ("s" * 2_000, *readings[bad][1:])


def trigger_fails(conn, readings, bad):
    def allowed(sensor):
        if sensor == REJECTED:
            raise ValueError("reading rejected")
        return 1

    conn.create_function("reading_allowed", 1, allowed)
    conn.execute("CREATE TEMP TRIGGER vet BEFORE INSERT ON readings "
                 "BEGIN SELECT reading_allowed(NEW.sensor); END")
    readings[bad] = (REJECTED, *readings[bad][1:])


REFUSED_AT_COMMIT = "sensor-retired"


def commit_fails(conn, readings, bad):
    """The seventh reading breaks a foreign key SQLite checks only at COMMIT: the COMMIT fails.

    A generated column names the retired sensor (NULL, which no foreign key checks, for every
    other), DEFERRABLE INITIALLY DEFERRED: inside a transaction the INSERT succeeds and the
    COMMIT raises IntegrityError, leaving the transaction open; in autocommit mode the INSERT
    itself fails (its own transaction commits at once).
    """
    autocommit = getattr(conn, "autocommit", None)
    if autocommit is False:  # PRAGMA foreign_keys does nothing inside a transaction
        conn.autocommit = True
    conn.execute("PRAGMA foreign_keys=ON")
    if autocommit is False:
        conn.autocommit = False
    conn.execute("CREATE TABLE sensors_in_service (name TEXT PRIMARY KEY)")
    conn.execute("ALTER TABLE readings ADD COLUMN retired TEXT GENERATED ALWAYS AS "
                 f"(CASE WHEN sensor = '{REFUSED_AT_COMMIT}' THEN sensor END) VIRTUAL "
                 "REFERENCES sensors_in_service (name) DEFERRABLE INITIALLY DEFERRED")
    readings[bad] = (REFUSED_AT_COMMIT, *readings[bad][1:])


def interrupted(conn, readings, bad):
    sensor, taken_at, value = readings[bad]
    readings[bad] = (sensor, taken_at, InterruptingValue(value))


FULL = "database or disk is full"


def disk_full(conn, readings, bad):
    """The seventh reading does not fit: the database may grow by one page, and it needs ~25.

    PRAGMA max_page_count caps this connection's file as a full disk would. The rows before it
    (and those of the batches before and after) fit in the table's page; the long sensor name
    needs overflow pages. SQLite answers SQLITE_FULL and rolls the whole transaction back
    itself: a ROLLBACK sent after that fails ("no transaction is active").
    """
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count={pages + 1}")
    readings[bad] = ("s" * 100_000, *readings[bad][1:])


# How a batch fails at its seventh reading: (what happened, what the starter raises, set-up).
# Some add (..., what the starter's error says, which must be said too; the modes they run in).
FAULTS = [
    ("the table's UNIQUE index refused it (a duplicate)", sqlite3.IntegrityError, refused),
    ("its sensor name was longer than this database allows", sqlite3.DataError, too_long),
    ("a trigger's check raised on it (a database error of another kind)",
     sqlite3.OperationalError, trigger_fails),
    ("the import was interrupted while it was bound (KeyboardInterrupt, what Ctrl-C raises)",
     KeyboardInterrupt, interrupted),
    ("it broke a foreign key SQLite checks only at COMMIT, so inside a transaction the COMMIT "
     "itself failed", sqlite3.IntegrityError, commit_fails),
    # Not under 3.12+'s autocommit=False: there sqlite3's own rollback() sends ROLLBACK
    # unconditionally and fails once SQLite has rolled back; `with conn:` cannot help it.
    ("the database was full: PRAGMA max_page_count left no room for it, and SQLite rolled "
     "the transaction back itself", sqlite3.OperationalError, disk_full, FULL,
     ("default settings", "isolation_level=None", "autocommit=True")),
]
# The transaction modes of a caller's connection; the commits are counted on the first.
MODES = {"default settings": {}, "isolation_level=None": {"isolation_level": None}}
if sys.version_info >= (3, 12):  # sqlite3's PEP 249-style autocommit attribute
    MODES |= {"autocommit=True": {"autocommit": True}, "autocommit=False": {"autocommit": False}}


def check_failed_batch(ctx):
    """A batch failing midway (refused reading, other database error, Ctrl-C, a failed COMMIT, a full database): raised, rolled back, next batch saved."""
    for mode, connect in MODES.items():
        for what, error, arm, *said in FAULTS:
            message, modes = said or ("", MODES)
            if mode in modes:
                failed_batch(ctx, mode, connect, what, error, arm, message)


def failed_batch(ctx, mode, connect, what, error, arm, message=""):
    """One fault on a connection in one mode: the contract a failed batch keeps."""
    readings = sql_probes.make_readings(10, seed=11)
    bad = 6
    earlier = sql_probes.make_readings(2, seed=12)
    later = [(f"later-{s}", t, v) for s, t, v in sql_probes.make_readings(5, seed=13)]
    with database(memory=True) as path, sql_probes.traced(path, **connect) as conn:
        arm(conn, readings, bad)
        with conn:
            conn.executemany(SQL, [(f"earlier-{s}", t, v) for s, t, v in earlier])
        before = stored(path)
        was = settings(conn)
        given = f"on a connection with {mode}, when reading {bad + 1} of {len(readings)} failed ({what})"
        collecting = gc.isenabled()
        with pragmas_watched(conn) as seen, ctrl_c_raises():
            try:
                ctx.call_sync("save_readings", conn, readings, catch=False)
                raised = None
            except BaseException as exception:  # Ctrl-C's KeyboardInterrupt is no Exception
                raised = exception
        collected = gc.isenabled()
        if collecting:  # put back at once, whatever the call did
            gc.enable()
        else:
            gc.disable()
        if arm is interrupted and not readings[bad][2].fired:
            return  # this fix never converted that value: nothing was interrupted
        expect_durable(ctx, given, seen)
        ctx.expect(collected == collecting,
                   f"{given}, save_readings raised {type(raised).__name__}, and afterwards "
                   f"gc.isenabled() was {collected} (it was {collecting} before the call)",
                   "the garbage collector is the whole process's: switched off and never back "
                   "on (the batch raised before gc.enable()), reference cycles are never freed "
                   "again, and a long-running importer's memory grows after its first bad batch",
                   "restore what you change in a `finally` (`was = gc.isenabled()` first), or "
                   "leave the collector alone: one transaction is the whole fix")
        if arm is trigger_fails and raised is None and not temp_trigger_kept(conn):
            ctx.fail(f"{given}, save_readings returned, and the caller's TEMP trigger that "
                     "refused the reading was gone from its connection"
                     + "".join(f" (the call ran {ran!r})" for ran in pragma_statements(seen)[:1]),
                     "the caller's temporary tables, indexes and triggers live in the "
                     "connection's TEMP database, and PRAGMA temp_store deletes them all when it "
                     "changes the setting: the caller's own checks on every later write are gone "
                     "for good, and a reading they refuse is saved",
                     "leave the caller's PRAGMAs as they were: one transaction for the batch "
                     "needs none")
        ctx.expect(isinstance(raised, error),
                   f"{given}, save_readings "
                   + (f"raised {type(raised).__name__}: {raised}" if raised else "returned"),
                   f"the starter raises {error.__name__}: the importer must learn that the "
                   "batch was not saved, and why",
                   "let the error reach the caller; `with conn:` rolls back and re-raises it")
        missing = [name for name in ERROR_DETAILS if not hasattr(raised, name)]
        ctx.expect(not isinstance(raised, sqlite3.Error) or not missing,
                   f"{given}, save_readings raised {type(raised).__name__}: {raised}, without "
                   f"the {' and '.join(missing)} sqlite3 attaches to its errors",
                   "a new exception built from the message alone (`raise type(error)(f\"...\")`) "
                   "loses the SQLite error code the starter's error carries, by which a caller "
                   "tells a busy database (retry) from a full disk (page someone) or a duplicate "
                   "(skip the batch): its handler now crashes, or takes the wrong branch",
                   "let sqlite3's error go up as it is (a bare `raise`, or `with conn:`); to say "
                   "more for the logs, add a note (`error.add_note(...)`) and raise the same "
                   "object")
        ctx.expect(message in str(raised),
                   f"{given}, save_readings raised {type(raised).__name__}: {raised}"
                   + (f" (\"{message}\" only in its __context__)"
                      if message in str(raised.__context__) else ""),
                   f"the starter raises {error.__name__}: {message}. SQLite had already "
                   "rolled the transaction back, so a ROLLBACK (or ROLLBACK TO a savepoint) "
                   "sent then fails, and its error replaces the real one: an importer that "
                   "alerts on a full disk never sees it",
                   "roll back only if conn.in_transaction (after a full disk or an I/O error "
                   "SQLite may have ended the transaction itself); `with conn:` asks first")
        try:
            now = settings(conn)
        except sqlite3.ProgrammingError as closed:
            ctx.fail(f"{given}, the caller's connection then said: {closed}",
                     "the connection belongs to the caller, who has more to do with it",
                     "leave it open: closing it is its owner's job")
        pending = readings_seen(conn) - stored(path, conn, given)
        if was["in_transaction"] and not now["in_transaction"]:
            ctx.fail(f"{given}, the connection was left outside any transaction, where it had "
                     "one open before the call (autocommit=False keeps one open at all times)",
                     "sqlite3 reopens that transaction only after its own commit() or "
                     "rollback(): until the caller calls one, each of its writes commits alone",
                     "end the batch with conn.commit() or conn.rollback() on such a connection "
                     "(`with conn:` does), not with COMMIT or ROLLBACK statements of your own")
        nudge = ("end the transaction whatever fails, Ctrl-C included (`except Exception` "
                 "does not catch KeyboardInterrupt): `with conn:` rolls back on any, as "
                 "does try/except BaseException with conn.rollback() and raise")
        if arm is commit_fails:
            nudge = ("a COMMIT can fail too (a deferred constraint, another connection holding "
                     "the file, a full disk), and SQLite may keep the transaction open (after a "
                     "deferred constraint or a reader holding the file it does; after a full "
                     "disk it may have rolled back already): put "
                     "the commit inside the try whose except rolls back (only if "
                     "conn.in_transaction), or use `with conn:`, which rolls back when its "
                     "commit fails")
        elif connect.get("autocommit") is True:
            nudge = ("under autocommit=True, `with conn:` does nothing (no COMMIT, no ROLLBACK), "
                     "and conn.commit() and conn.rollback() do nothing either: a transaction "
                     "your BEGIN opened must be ended by your own COMMIT or ROLLBACK, whatever "
                     "fails")
        if not pending and now["in_transaction"] and not was["in_transaction"]:
            autocommitting = (connect.get("isolation_level", "") is None
                              or connect.get("autocommit") is True)
            ctx.fail(f"{given}, the connection was left inside a transaction, with no row of "
                     "the batch pending, where it had none open before the call"
                     + (": it held the file's write lock (another connection's BEGIN IMMEDIATE "
                        "got \"database is locked\")" if sql_probes.lock_refused(path) else ""),
                     "the caller's next statements run inside it: its next read takes a lock "
                     "that stops every other connection from committing until the transaction "
                     "ends, and its writes are committed only with it"
                     + (" (in this mode, where the caller expects each statement to commit on "
                        "its own, only if it sends a COMMIT: lost when the connection closes)"
                        if autocommitting else ""),
                     "leave the connection as you found it, outside any transaction: end every "
                     "transaction you open (on Python 3.12+, setting autocommit from False back "
                     "to LEGACY_TRANSACTION_CONTROL, the mode of isolation_level, leaves open the "
                     "transaction sqlite3 began after its last commit or rollback; back to True, "
                     "it commits it); `with conn:` alone needs no setting changed")
        ctx.expect(not pending and now["in_transaction"] == was["in_transaction"],
                   f"{given}, the connection still had a transaction open afterwards, holding "
                   f"{sum(pending.values())} uncommitted rows of the failed batch",
                   "an open transaction keeps SQLite's write lock: every other writer gets "
                   "\"database is locked\", and the caller's next commit, for anything, saves "
                   "the batch that failed, or half of it (or, where the batch broke a foreign "
                   "key SQLite checks only at COMMIT, fails the same way, the caller's own "
                   "writes with it)",
                   nudge)
        saved = stored(path, conn, given) - before
        if arm is interrupted and saved == Counter(readings):
            ctx.fail(f"{given}: Ctrl-C (a real SIGINT) came while reading {bad + 1} was bound; "
                     f"save_readings raised {type(raised).__name__} only after the whole batch "
                     f"was committed: another connection saw all {len(readings)} rows",
                     "Ctrl-C held back until the commit leaves the user with a program that "
                     "ignores them for the whole batch (seconds, on a big one), then an "
                     "exception that says the batch failed though every row of it is saved: "
                     "the starter stops at once, and one transaction rolls the batch back",
                     "leave SIGINT's handler alone: let KeyboardInterrupt stop the batch, and "
                     "roll back on it (`with conn:` does; `except Exception` does not catch it)")
        ctx.expect(saved in (Counter(), Counter(readings[:bad])),
                   f"{given}, another connection saw {sum(saved.values())} of the batch's "
                   f"{len(readings)} rows",
                   f"a failed batch is either not saved at all, or (as by the starter, which "
                   f"commits row by row) saved up to the row before the bad one: {bad} rows",
                   "one transaction for the batch, rolled back when a row fails")
        changed = {key: (was[key], now[key]) for key in was if was[key] != now[key]}
        ctx.expect(not changed,
                   f"{given}, the caller's connection had changed: " + ", ".join(
                       f"{key} {old!r} → {new!r}" for key, (old, new) in changed.items()),
                   "the connection is the caller's: its later writes now behave differently"
                   + pragma_harm(changed),
                   "restore what you change, in a `finally`, or change nothing: one "
                   "transaction for the batch needs no PRAGMA")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000)
        commits, raised_next, _ = save(ctx, conn, later,
                                       f"{given}, saving the next batch of {len(later)}")
        after = stored(path, conn, f"{given}, then saving the next batch") - before - saved
        ctx.expect(not raised_next and after == Counter(later)
                   and (commits == 1 or mode != "default settings"),
                   f"{given}, the next batch of {len(later)} readings "
                   + (f"raised {raised_next}" if raised_next else
                      f"made {commits} commits and added {sum(after.values())} rows"),
                   "a failed batch must leave the connection ready for the next one",
                   "end every transaction you start, whichever way the batch ends")


ERROR_DETAILS = ("sqlite_errorcode", "sqlite_errorname")  # what sqlite3 attaches (3.11+)


def pragma_harm(changed: dict) -> str:
    """What the PRAGMAs among ``changed`` settings do to the caller's connection from now on."""
    pragmas = [key.removeprefix("PRAGMA ") for key in changed if key.startswith("PRAGMA ")]
    if not pragmas:
        return ""
    harm = {"busy_timeout": "a caller that chose to fail fast on a locked database now waits",
            "cache_size": "its page cache takes memory its owner did not give, per connection",
            "temp_store": "changing temp_store deleted every TEMP table, index and trigger of "
                          "the connection (the caller's own checks on its writes among them)"}
    said = [harm[name] for name in pragmas if name in harm]
    return (f" (a PRAGMA stays set for every later statement on it{': ' if said else ''}"
            + "; ".join(said) + ")")


def readings_seen(conn) -> Counter:
    """The readings the connection sees, committed or not, as tuples whatever row_factory the
    learner's code left on it (sqlite3.Row rows never equal the tuples committed)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return Counter(cursor.execute("SELECT sensor, taken_at, value FROM readings"))


def temp_trigger_kept(conn) -> bool:
    """Whether the trigger trigger_fails made in the connection's TEMP database is still there."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return bool(cursor.execute("SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'")
                .fetchone()[0])


def pragma_statements(seen: dict) -> list[str]:
    """The PRAGMAs that set something among the statements logged during a call."""
    return [statement.sql.strip() for statement in seen["during"]
            if sql_probes.keyword(statement.sql) == "PRAGMA" and "=" in statement.sql]


# The caller's transaction left open: (connect, does the caller send its own BEGIN?). sqlite3's
# default mode opens one for the caller's INSERT; in autocommit mode a caller opens its own.
CALLER_OPEN = {
    "default settings": ({}, False),
    "isolation_level=None (autocommit mode), after the caller's own BEGIN":
        ({"isolation_level": None}, True),
}
if sys.version_info >= (3, 12):
    CALLER_OPEN["autocommit=True, after the caller's own BEGIN"] = ({"autocommit": True}, True)


def in_callers_transaction(ctx, connect, begin, readings, theirs, which="yours"):
    """Save ``readings`` after the caller wrote ``theirs`` in a transaction still open.

    (what it raised or None, commits on every connection, rows another connection sees,
    rows the caller's connection sees, a transaction still open afterwards?, the statements,
    the durability PRAGMAs set: pragmas_watched's)
    """
    with database(which, memory=True) as path, sql_probes.traced(path, **connect) as conn:
        if begin:
            conn.execute("BEGIN")
        conn.execute(SQL, theirs)
        before = len(conn.log)
        with sql_probes.opened_connections() as others, pragmas_watched(conn) as seen:
            try:
                ctx.call_sync("save_readings", conn, list(readings), which=which, catch=False)
                raised = None
            except Exception as error:
                raised = error
        commits = sum(sql_probes.commit_counts(conn.log[before:], conn.open_now())) \
            + sum(other.commits for other in others)
        log = sql_probes.describe_log(conn.log[before:])
        # the transaction may be the caller's, open as the starter leaves it: not named
        rows = stored(path, given="when the caller had a transaction open with a row of its "
                                  "own in it")
        try:
            own = readings_seen(conn)
        except sqlite3.ProgrammingError:  # closed by the learner: what was pending is gone
            own = rows
        still_open = conn.open_now()
    return raised, commits, rows, own, still_open, log, seen


def check_callers_transaction(ctx):
    """A transaction the caller left open (default mode, or autocommit mode after its BEGIN): the batch joins it and is committed with the caller's write, once with default settings (under autocommit=True it may stay pending in the caller's transaction, as the starter leaves it)."""
    readings = sql_probes.make_readings(8, seed=16)
    theirs = ("import-log", "2024-05-01T00:00:00", 0.0)
    want = Counter(readings) + Counter([theirs])
    for mode, (connect, begin) in CALLER_OPEN.items():
        raised, commits, rows, own, still_open, log, seen = in_callers_transaction(
            ctx, connect, begin, readings, theirs)
        given = (f"on a connection with {mode}, when the caller had written a row of its own "
                 "just before, not yet committed (conn.in_transaction was True)")
        ctx.expect(raised is None,
                   f"{given}, save_readings raised {type(raised).__name__}: {raised}",
                   "the starter saves the batch there, in the caller's transaction: a caller "
                   "may write before it calls you (in autocommit mode after a BEGIN of its "
                   "own), and on Python 3.12+ a connection opened with autocommit=False "
                   "always has a transaction open",
                   "send no BEGIN of your own without looking at conn.in_transaction, whatever "
                   "the mode (isolation_level says nothing about a BEGIN the caller sent), and "
                   "no PRAGMA synchronous, which SQLite refuses inside a transaction: "
                   "`with conn:` works either way")
        expect_durable(ctx, given, seen)
        if rows != want:
            # Under autocommit=True the starter's conn.commit() does nothing: it leaves the
            # batch pending in the caller's transaction, which is then the caller's to commit.
            _, _, starter_rows, _, starter_open, _, _ = in_callers_transaction(
                ctx, connect, begin, readings, theirs, which="broken")
            if starter_rows == Counter() and starter_open and still_open and own == want:
                continue
        lost = want - rows
        ctx.expect(not lost,
                   f"{given}, another connection then saw {sum(rows.values())} rows, without "
                   f"{list(lost)[:2]}"
                   + (" (the transaction was still open)" if still_open else ""),
                   "the batch must be committed when the call returns, and the caller's row is "
                   "the caller's: the starter commits it with the batch",
                   "commit the open transaction, yours inside it, once; never roll back what the "
                   "caller wrote")
        if not connect:  # commits are counted with sqlite3's default settings
            ctx.expect(commits == 1,
                       f"{given}, save_readings made {commits} commits (the starter "
                       f"commits once per reading; `with conn:` once):\n{log}",
                       "one batch, one commit: a commit before the batch (sqlite3 commits "
                       "what is pending when isolation_level is set to None, as conn.commit() "
                       "does) is a second wait for the disk, and saves the caller's row apart "
                       "from the batch it came with",
                       "join the transaction that is open: send no commit before the batch "
                       "and change no setting; `with conn:` commits the caller's row and the "
                       "batch together")


def failed_in_callers_transaction(ctx, which="yours"):
    """A batch whose seventh reading the UNIQUE index refuses, saved after the caller wrote a
    row of its own in sqlite3's default mode, not yet committed: (what it raised or None, rows
    pending on the caller's connection)."""
    readings = sql_probes.make_readings(10, seed=21)
    theirs = ("import-log", "2024-05-01T00:00:00", 0.0)
    with database(which, memory=True) as path, sql_probes.traced(path) as conn:
        refused(conn, readings, 6)
        conn.execute(SQL, theirs)
        try:
            ctx.call_sync("save_readings", conn, readings, which=which, catch=False)
            raised = None
        except Exception as error:
            raised = error
        try:
            pending = readings_seen(conn) - stored(path)
        except sqlite3.ProgrammingError:  # closed by the learner: what was pending is gone
            pending = Counter()
    return raised, pending


def check_failed_in_callers_transaction(ctx):
    """A batch that fails inside a transaction the caller left open (default mode) raises and leaves none of its rows pending."""
    raised, pending = failed_in_callers_transaction(ctx)
    given = ("on a connection with default settings, when the caller had written a row of its "
             "own just before, not yet committed, and reading 7 of 10 was refused by the "
             "table's UNIQUE index")
    ctx.expect(isinstance(raised, sqlite3.IntegrityError),
               f"{given}, save_readings "
               + (f"raised {type(raised).__name__}: {raised}" if raised else "returned"),
               "the starter raises IntegrityError: the importer must learn that the batch was "
               "not saved, and why",
               "let the error reach the caller; `with conn:` rolls back and re-raises it")
    ctx.expect(not pending,
               f"{given}, the connection still had a transaction open afterwards, holding "
               f"{sum(pending.values())} uncommitted rows"
               + (" (the caller's own row among them)"
                  if any(sensor == "import-log" for sensor, _, _ in pending) else ""),
               "the failed batch's first rows wait in that transaction: the write lock stays "
               "held, and the caller's next commit, for anything, saves half of the batch that "
               "failed, which the caller was told had failed (the starter, which commits row by "
               "row, leaves nothing pending)",
               "when the batch fails, roll back even if the transaction was open before you "
               "were called (the caller's row goes with it, as under `with conn:`): the "
               "caller's transaction failed, and it learns so from the error")


def check_connection_left_as_found(ctx):
    """The caller's connection, in any transaction mode, keeps its settings and gets the batch committed."""
    setups = {mode: (connect, {}) for mode, connect in MODES.items()}
    setups |= {
        "isolation_level='IMMEDIATE' and row_factory=sqlite3.Row":
            ({"isolation_level": "IMMEDIATE"}, {"row_factory": sqlite3.Row}),
        "isolation_level=None (autocommit) and PRAGMA synchronous=NORMAL":
            ({"isolation_level": None}, {"synchronous": "NORMAL"}),
    }
    for label, (connect, setup) in setups.items():
        readings = sql_probes.make_readings(9, seed=14)
        with database(memory=True) as path, sql_probes.traced(path, **connect) as conn:
            conn.row_factory = setup.get("row_factory")
            if "synchronous" in setup:
                conn.execute(f"PRAGMA synchronous={setup['synchronous']}")
            was = settings(conn)
            with pragmas_watched(conn) as seen:
                try:
                    ctx.call_sync("save_readings", conn, readings, catch=False)
                    raised = None
                except Exception as error:
                    raised = error
            expect_durable(ctx, f"on a connection with {label}", seen)
            ctx.expect(raised is None,
                       f"on a connection with {label}, save_readings raised "
                       f"{type(raised).__name__}: {raised}",
                       "the starter saves the batch on a connection in any transaction mode: "
                       "the caller chooses the mode, your function receives it",
                       "`with conn:` commits in sqlite3's default mode and with "
                       "autocommit=False; a BEGIN of yours fails where a transaction is "
                       "already open (conn.in_transaction), and is needed where none opens "
                       "by itself")
            try:
                now = settings(conn)
            except sqlite3.ProgrammingError as error:
                ctx.fail(f"after the call the caller's connection said: {error}",
                         "the connection belongs to the caller, who has more to do with it",
                         "leave it open: closing it is its owner's job")
            rows = stored(path, conn, f"on a connection with {label}")
        changed = {key: (was[key], now[key]) for key in was if was[key] != now[key]}
        ctx.expect(not changed,
                   f"on a connection with {label}, the call changed " + ", ".join(
                       f"{key} from {old!r} to {new!r}" for key, (old, new) in changed.items()),
                   "the connection is the caller's: after the call, its other writes commit "
                   "differently (or stop being durable), its queries return other rows"
                   + pragma_harm(changed),
                   "restore what you change, in a `finally`, or change nothing: `with conn:` "
                   "needs no setting changed")
        ctx.expect(rows == Counter(readings),
                   f"on a connection with {label}, another connection sees "
                   f"{sum(rows.values())} of the {len(readings)} rows",
                   "the batch must be committed whatever the connection's settings",
                   "commit explicitly, in a way that works in every mode")


# A caller whose owner lowered its connection's limits, as lesson 07's does: the bound values
# one statement may hold (under the 999 of SQLite before 3.32, and the 300 rows of 3 values a
# fix sized for that), and the bytes of its text (16 times the starter's INSERT). A batch of
# 400 readings is past both for a statement that grows with the batch (1,200 values; about
# 12,000 bytes of `(?, ?, ?)` or 16,000 of values written in), and far within both for the
# starter's, which binds 3 values per statement.
OWNERS_VARIABLES, OWNERS_SQL_LENGTH = 250, 1_000
LIMITED_BATCH = 400


def check_callers_limits(ctx):
    """On a connection whose owner lowered its limits (250 bound values and 1,000 bytes of SQL per statement), a batch of 400 readings is saved as by the starter, within those limits."""
    readings = sql_probes.make_readings(LIMITED_BATCH, seed=17)
    given = (f"on a connection whose owner allows {OWNERS_VARIABLES} bound values and "
             f"{OWNERS_SQL_LENGTH:,} bytes of SQL text per statement (conn.setlimit), a batch of "
             f"{LIMITED_BATCH} readings")
    found = {}
    for which in ("broken", "yours"):
        with database(which, memory=True) as path, sql_probes.traced(path) as conn:
            sql_probes.set_limits(conn, OWNERS_VARIABLES, OWNERS_SQL_LENGTH)
            owners = sql_probes.limits(conn)
            during: list = []  # the limits in force as each statement started, read by a callback
            conn.set_trace_callback(lambda _sql, conn=conn, during=during:
                                    during.append(sql_probes.limits(conn)))
            with pragmas_watched(conn) as seen:
                try:
                    ctx.call_sync("save_readings", conn, list(readings), which=which)
                    raised = ""
                except ExerciseBroken as error:
                    if which == "broken":
                        raise
                    raised = str(error).split(" raised ", 1)[-1]
            try:
                after = sql_probes.limits(conn)
                logged = len(during)
                conn.execute("SELECT 1").fetchall()  # the caller's next statement
                traced_after = len(during) > logged
                del during[logged:]
            except sqlite3.ProgrammingError:  # closed by the learner: check_saved says so
                after, traced_after = owners, True
            found[which] = (raised, in_order(path), during, after, traced_after)
    expect_durable(ctx, given, seen)
    raised, rows, during, after, traced_after = found["yours"]
    ctx.expect(traced_after,
               f"{given}, and a trace callback of the caller's on the connection (SQL logging): "
               "after the call, the caller's next statement never reached its callback",
               "the trace callback is the caller's (a debug log of its SQL, a statement "
               "counter in its metrics), and sqlite3 cannot tell you which one is set, so one "
               "removed (conn.set_trace_callback(None)) cannot be put back: the caller "
               "silently stops seeing every statement on its connection, its own included",
               "leave set_trace_callback alone: one transaction per batch makes one commit, "
               "whatever a callback costs per statement")
    want = found["broken"][1]
    met = sql_probes.past_limit(raised)
    if met is not None:
        ctx.fail(f"{given}: save_readings raised {raised[:160].rstrip('.')}; another connection then "
                 f"saw {len(rows)} of its rows (the starter saves all {len(want)})",
                 "a statement that grows with the batch (a `(?, ?, ?)` per reading, or the "
                 "values written into the SQL) meets the connection's limit on "
                 + ("bound values per statement" if met == sql_probes.VARIABLES else
                    "a statement's length")
                 + ": not SQLite's default (999 bound values before 3.32, 32,766 after), but "
                 "what the connection's owner set, which may be lower (a service capping "
                 "statements built from outside input). The batch is lost; the starter's "
                 "statement, 3 values and some 60 bytes, fits any limit",
                 "let the statement stay the same size whatever the batch: "
                 "`conn.executemany(sql, readings)` binds one reading at a time; or size each "
                 "statement from conn.getlimit(...) for both limits")
    ctx.expect(not raised and rows == want,
               f"{given}: save_readings " + (f"raised {raised[:160]}" if raised else
                                             f"left {len(rows)} rows, the starter {len(want)}"),
               "the starter saves the batch on that connection: its limits are its owner's, "
               "and every statement must fit them",
               "save that batch on such a connection (sqlite3.connect, then conn.setlimit) "
               "and compare the table with the starter's")
    raised_limits = sorted({limit for limit in during if limit != owners})
    changed = after != owners
    ctx.expect(not raised_limits and not changed,
               f"{given}: the caller's trace callback saw {len(during)} statements of the call, "
               + (f"some run under limits of {raised_limits[0][0]:,} bound values and "
                  f"{raised_limits[0][1]:,} bytes" if raised_limits else "all within them")
               + (f"; afterwards the connection allowed {after[0]:,} bound values and "
                  f"{after[1]:,} bytes" if changed else ""),
               "the limits are the connection's owner's, set to cap every statement on it: "
               "raising them for the call, even put back afterwards, sends statements its owner "
               "refused, and only moves the wall (SQLite stops every connection at its build's "
               "maximum)",
               "leave the limits alone: `conn.executemany(sql, readings)` fits any of them")


# The PRAGMAs that set how (or whether) a commit reaches the disk.
DURABLE = ("synchronous", "journal_mode", "locking_mode")
# In the 600,000-reading batch, whose commits SQLite's file change counter counts (once per
# commit in a rollback-journal mode only): also what sets a WAL file's checkpoints.
COUNTED = (*DURABLE, "wal_autocheckpoint")
# One set in a statement's text, after any comments, its name quoted or not (the authorizer
# below sees every spelling; this covers a learner's own authorizer replacing it).
DURABILITY = re.compile(r"(?:\s|--[^\n]*|/\*.*?\*/)*PRAGMA\s+(?:[\w\"`\[\]]+\s*\.\s*)?"
                        rf"[\"`\[]?({'|'.join(DURABLE)})[\"`\]]?\s*[=(]", re.IGNORECASE | re.S)


def read_pragmas(conn, names) -> dict:
    """The PRAGMAs ``names`` as ``conn`` reads them now, leaving no trace in its log."""
    log = getattr(conn, "log", None)
    before = len(log) if log is not None else 0
    found = {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}
    if log is not None:
        del log[before:]
    return found


@contextlib.contextmanager
def pragmas_watched(conn, watched=DURABLE):
    """``with pragmas_watched(conn) as seen:`` around a call of save_readings.

    seen["ran"]: every PRAGMA of ``watched`` set on ``conn`` inside, as SQLite parsed it (its
    authorizer sees the pragma's name and value however the statement spells them);
    seen["left"]: those that read otherwise after than before; seen["during"]: the statements
    ``conn`` logged meanwhile, where it keeps a log.
    """
    seen: dict = {"ran": [], "left": [], "during": []}

    def authorizer(action, name, value, database, _trigger):
        if action == sqlite3.SQLITE_PRAGMA and value is not None and name.lower() in watched:
            seen["ran"].append(f"PRAGMA {database + '.' if database else ''}{name.lower()}={value}")
        return sqlite3.SQLITE_OK

    was = read_pragmas(conn, watched)
    log = getattr(conn, "log", [])
    start = len(log)
    conn.set_authorizer(authorizer)  # statements prepared before are prepared again: seen too
    try:
        yield seen
    finally:
        seen["during"] = log[start:]
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed: the checks say so
            conn.set_authorizer(None)
            now = read_pragmas(conn, watched)
            seen["left"] = [f"PRAGMA {name} at {now[name]!r} (it was {was[name]!r})"
                            for name in watched if now[name] != was[name]]


def durability(seen: dict) -> list[str]:
    """The durability PRAGMAs set in the statements logged (where the authorizer was replaced)."""
    return [repr(statement.sql.strip()) for statement in seen["during"]
            if DURABILITY.match(statement.sql)]


def expect_durable(ctx, given: str, seen: dict, counted: bool = False) -> None:
    """No statement of the call changed how the caller's commits reach the disk, even for a
    moment: settings put back afterwards still let the batch's own COMMIT skip the disk.
    ``counted``: the 600,000-reading batch, where wal_autocheckpoint is watched too."""
    ran = seen["ran"] or durability(seen)
    left = seen["left"] if not ran else []
    watched = ("synchronous, journal_mode, locking_mode and wal_autocheckpoint" if counted
               else "synchronous, journal_mode and locking_mode")
    ctx.expect(not ran and not left,
               f"{given}, save_readings "
               + (f"ran {', '.join(ran[:3])} on the caller's connection (put back or not)"
                  if ran else f"left the caller's connection with {', '.join(left)}"),
               "the commit is what makes the batch safe: with synchronous=OFF it returns before "
               "the rows are on the disk, and a power cut or an OS crash after save_readings "
               "returns can lose the batch, or corrupt the file; with the journal off or in "
               "memory, a crash in the middle of a transaction can corrupt the file; with "
               "locking_mode=EXCLUSIVE SQLite keeps the file locked to every other connection "
               "after the commit (even once set back to NORMAL, until it next reads or writes "
               "the file). The caller chose these, for "
               "every write, a large batch's too"
               + (". And WAL mode stays in the file, for every connection to it; there "
                  "SQLite's file change counter, by which this check counts the batch's "
                  "commits, no longer moves once per commit (SQLite does not promise it, and "
                  "it barely moves, checkpoints included)" if counted else ""),
               f"one commit for the batch is the whole fix, whatever its size: leave {watched} "
               "as the caller set them")


def check_written_on_the_callers_connection(ctx):
    """The batch is written through the connection passed in, even an in-memory database's."""
    readings = sql_probes.make_readings(11, seed=15)
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute(sql_probes.READINGS_TABLE)
        raised = saved(ctx, conn, readings, f"saving {len(readings)} readings on an in-memory "
                                             "database")
        rows = readings_seen(conn) if not raised else Counter()
    ctx.expect(not raised and rows == Counter(readings),
               "on an in-memory database, save_readings "
               + (f"raised {raised}" if raised else
                  f"left {sum(rows.values())} of the {len(readings)} readings in it"),
               "the caller's connection is the database: another connection opened to the "
               "same name (`:memory:` is a new, empty database each time) or the same file "
               "writes elsewhere, waits on the caller's locks, or misses its transaction",
               "write with the `conn` you are given: `with conn: conn.executemany(...)`")


def one_transaction(path: Path, readings) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(SQL, readings)


_raced: dict = {}  # this check run's race, so that measure() does not repeat it


def race(ctx) -> tuple[timing.Timing, timing.Timing, timing.Timing]:
    """The starter, yours and a plain one-transaction save, on database files, taking turns.

    Draws and records the starter against yours, with the commits per batch.
    """
    if not _raced:
        readings = sql_probes.make_readings(ROWS, seed=3)
        with database("broken") as broken_path, database("yours") as yours_path, \
                database("reference") as reference_path, \
                sql_probes.traced(broken_path) as slow, sql_probes.traced(yours_path) as fast:
            _raced["folder"] = reference_path.parent.parent
            with pragmas_watched(fast) as _raced["seen"]:
                _raced["timings"] = timing.in_turns(
                    lambda: ctx.call_sync("save_readings", slow, readings, which="broken"),
                    lambda: ctx.call_sync("save_readings", fast, readings),
                    lambda: one_transaction(reference_path, readings), repeat=RUNS)
            broken, yours, _ = _raced["timings"]
            ctx.report_race(broken, yours, f"{ROWS} readings into a database file, "
                                           f"median of {RUNS} runs each")
            ctx.note(f"Commits per batch of {ROWS} readings: starter "
                     f"{slow.commits // RUNS}, yours {math.ceil(fast.commits / RUNS)}.")
    return _raced["timings"]


def check_fast_on_disk(ctx):
    """On a database file, yours keeps what one transaction saves (asserted where this disk makes commits costly)."""
    slow, fast, reference = race(ctx)
    expect_durable(ctx, f"saving {ROWS} readings on a database file, {RUNS} times (timed)",
                   _raced["seen"])
    # what one transaction buys on this disk, to one decimal: as printed, and as compared
    raw = timing.ratio(slow, reference)
    disk = round(raw, 1)
    yours = timing.ratio(slow, fast)
    ctx.record(commit_per_row_vs_one_transaction=disk)
    if cpus.throttled():
        ctx.note("A CPU quota below one CPU ran these runs in slices, which can make a commit "
                 "look dear or cheap: the speed is shown, not asserted; the commit count "
                 "decided.")
        return
    if disk < 20:
        ctx.note("Here and now the starter's commit per row was "
                 + (f"only {disk:.1f}x slower than" if disk > 1 else
                    "about as fast as" if disk == 1 else f"{1 / raw:.1f}x faster than")
                 + " a plain one-transaction save on a connection of the check's own, its files in "
                 f"{_raced['folder']} (a folder kept in RAM, a disk that does not wait for its "
                 "cache, or a busy machine, where one commit's time swings widely, each make a "
                 "commit cheap or its time unsteady), so the speed is shown, not asserted: the "
                 "commit count decided.")
        return
    # A single commit's time swings 10x on a busy disk: ask for 2x where 20x is expected.
    need = 2.0
    ctx.expect(yours >= need,
               f"for {ROWS} readings yours took {fast.median_ms:.1f} ms and the starter "
               f"{slow.median_ms:.1f} ms: "
               + (f"{yours:.1f}x faster" if yours >= 1 else f"{1 / yours:.1f}x slower")
               + f", while one plain transaction here is {disk:.0f}x faster than a commit per "
               "row",
               "yours commits once, as a plain transaction does, yet takes more than half the "
               "starter's time: something else in it still costs much of what the commits it "
               "saved did",
               "time your function alone: is there a commit, a new connection, a sleep or a "
               "PRAGMA inside the loop?")


def measure(ctx):
    race(ctx)
