"""Hidden checks for lesson 16: a missing index.

They decide on what SQLite does, not on a stopwatch: the plan it chooses for the queries
recent_orders runs (EXPLAIN QUERY PLAN: no SCAN of orders, no temporary B-tree to sort
the whole ORDER BY), with and without ANALYZE's statistics, and the virtual-machine
steps each query takes, counted by SQLite's progress handler, on shops of 2,000 and
20,000 orders: 10x the customers, then 10x each customer's history. A query that an
index serves takes about the same steps on all three; a scan takes 10x more, and a sort
grows with each customer's history. Every other kind of query on orders recent_orders ran in
the whole check run (the first 8; its SQL with the values taken out: one it runs only for a
big limit or an old `since`, on a shop of the check's) is run again by the call that first
ran it, on the three shops, with and without ANALYZE: its plans judged as the pages' are,
its steps for 10x the customers (its answer the same on both). A call runs as many queries
on orders for 5 orders as for none, and no call of the run (a limit of 3,000 too) runs more
(no query per order, no big page read in pieces another connection's commit can fall between).
The starter is the oracle for the answers: on generated shops (sparse and negative ids,
orders in the same second, absent customers, limits of 0, 1 and more than there are (and a
customer with 1,500 orders asked for 3,000 and 1,499: a LIMIT capped at 1,000 gives fewer),
dates of any year from 0001 to 9999 (and a customer whose orders are dated 0001, 1999, 2000,
2100 and 9999, asked with `since` before, at and beside the first and the last: a date of
yours in the query or in a partial index drops the orders beyond it), `since`
on a boundary, a year alone ("2030": compared as text, as created_at is TEXT), and `since`
as a form sends it, text with quotes: "2024-05-01' OR customer_id
<> '", its double-quoted twin and "O'Brien", also asked of the 2,000-order shop, where a
query that formats the value into its SQL shows other customers' orders), queried, given new
orders, then queried again; and your recent_orders must give the same answers on a table
without your indexes. The caller's connection is used as it is (its uncommitted orders seen,
its transaction left open, its settings unchanged (isolation_level, row_factory, text_factory
by identity, every PRAGMA of sql_probes.CONNECTION_PRAGMAS and of MORE_PRAGMAS (column names,
max_page_count, count_changes...), every getlimit(), SCHEMA_PRAGMAS of temp and of any attached
database, PRAGMA database_list, the SQL functions and collations registered (function_list,
collation_list, and each create_function/create_collation... call on it), LIKE's case, and the
process's soft and hard heap limits, read on a connection of the check's own; compared after
every shop the calls were asked of, before the check writes to it again), a read-only and tuned
one's too, nothing written; its sqlite3.Row rows returned as they come, not turned into tuples,
their keys the starter's, and its text as bytes where its text_factory is bytes; its own trace
callback and
authorizer still the ones set after the call; when its own progress handler, its deadline,
stops the query: no transaction left open, the handler still set). A change the caller makes in
its transaction (an order's status, a new order), then rolls back, is gone from the next answer,
in the caller's next transaction too; a new connection that Python puts at the address (id()) of
a closed one gets its own database's answer. Every call of yours, in every check, is watched for
a connection of its own opened (even one closed before it returns), for a write (a statement that
writes, named by SQLite's authorizer as it is prepared, even one that changes nothing this time:
ANALYZE, PRAGMA optimize, INSERT, CREATE...; not the REINDEX SQLite reports for the index a
CREATE INDEX builds; and rows, schema, statistics, transaction changed:
one every so many calls shows on the call it falls on; one page is asked 250 times in a row,
and a run makes over 600 calls)
and for a DeprecationWarning (a query that breaks on a coming Python, as a named placeholder
given a tuple does from 3.14; not the one Python 3.12.0 to 3.12.3 give by mistake about ?1 given
a tuple, CPython gh-117995).
Callers set up otherwise get the starter's answer, or its error: the shop ATTACHed to a
connection of the app's own, PRAGMA reverse_unordered_selects on, a cancel (the caller's
progress handler says stop once: the "interrupted" must reach the caller), a page the caller's
progress handler holds until the timed waits of any thread the call started have run out (a
deadline of yours fires), a file replaced at the same path by an older one (the starter's
schema); sqlite3's adapters and converters (the process's) are as before your module loaded.
Every index create_schema makes must appear in some plan of the query (an unused one only
costs writes; a plan names it by its whole name, spaces and all); the race and each index's cost on writes are shown, not decided on. What
create_schema makes must reach the file in every transaction mode (default,
isolation_level=None and, on 3.12+, autocommit False/True), and the connection's settings
(sql_probes.CONNECTION_PRAGMAS: journal_mode, foreign_keys, mmap_size, busy_timeout...,
and the rest compared for recent_orders, the file's header PRAGMAs auto_vacuum, user_version
and application_id among them) stay as they were; a mode in which it raises fails, naming the mode. The table has the docstring's
columns in its order (the app's positional INSERT), and numbers and stores what the app
writes as the starter's does (ids after a delete, whole and fractional
totals, a customer id as text).
"""

import contextlib
import gc
import random
import re
import sqlite3
import sys
import tempfile
import threading
import warnings
import weakref
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import strategies as st

from coursekit import sql_plan, sql_probes
from coursekit.errors import CheckFailed, ExerciseBroken
from coursekit.oracle import agree
from coursekit.orders_db import ABSENT, COLUMNS, FEW, INSERT, MANY, NOW, SINCE, make_shop, stamp
from coursekit.warnings_filters import numbered_placeholder_bug

TITLE = "A missing index"
MINUTES = 35
SUMMARY = "a query that scans the whole table and sorts its matches → the right composite index, read from `EXPLAIN QUERY PLAN`"
REQUIRES = {"create_schema": "sync", "recent_orders": "sync"}
HINTS = [
    "Ask SQLite how it runs the query: `conn.execute(\"EXPLAIN QUERY PLAN SELECT ...\")`. "
    "`SCAN orders` means it reads every order in the shop; `USE TEMP B-TREE FOR ORDER BY` "
    "means it collects every match and sorts them before returning the first. An index, "
    "created in create_schema, is what lets it do less.",
    "One index can serve the WHERE and the ORDER BY together if its columns come in the "
    "right order: first the column the query compares with `=`, then the column of the "
    "range, which is also the one it sorts by. An index on one column alone leaves either "
    "the filter or the sort to do the long way.",
    "In create_schema, after the CREATE TABLE: `conn.execute(\"CREATE INDEX "
    "orders_by_customer_created ON orders (customer_id, created_at)\")`. Keep the query as "
    "it is: a function around created_at, or an ORDER BY on another column, would stop "
    "the index from serving it.",
]

GROWTH = 3.0  # steps may grow this much for 10x the shop: an index's stay ~1x, a scan's ~10x
REPEATS = 250  # the same page asked again in a row: a write every N pages shows for any N <= 250


# --- the caller's connection, as the check opens it ---------------------------------------------


class CallersConnection(sql_plan.MeteredConnection):
    """A MeteredConnection whose authorizer the check watches too: the one set through
    set_authorizer (the caller's, or recent_orders') is kept in ``_their_authorizer`` and asked
    as a plain connection asks it; the check's watchers see each request beside it, never
    instead. (A connection holds one authorizer, as it holds one trace callback and one
    progress handler, and the sqlite3 module has no getter for any of them.)"""

    OWN = sql_plan.MeteredConnection.OWN | {"_their_authorizer", "_watchers", "registered"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._their_authorizer = None
        self._watchers = ()
        self.registered: list[str] = []  # each create_function/collation... call on it, in words

    # A function or collation registered again under a name already there replaces it and
    # leaves PRAGMA function_list as it was: each call is seen here, as it is made.
    def create_function(self, name, narg, *args, **kwargs):
        self.registered.append(f"conn.create_function({name!r}, {narg}, ...)")
        return super().create_function(name, narg, *args, **kwargs)

    def create_aggregate(self, name, narg, *args, **kwargs):
        self.registered.append(f"conn.create_aggregate({name!r}, {narg}, ...)")
        return super().create_aggregate(name, narg, *args, **kwargs)

    def create_window_function(self, name, narg, *args, **kwargs):
        self.registered.append(f"conn.create_window_function({name!r}, {narg}, ...)")
        return super().create_window_function(name, narg, *args, **kwargs)

    def create_collation(self, name, *args, **kwargs):
        self.registered.append(f"conn.create_collation({name!r}, ...)")
        return super().create_collation(name, *args, **kwargs)

    def set_authorizer(self, authorizer_callback) -> None:
        """Ask ``authorizer_callback`` about every statement prepared from now on (None: none)."""
        self._hook(authorizer_callback, self._watchers)

    def _hook(self, theirs, watchers: tuple) -> None:
        # Setting an authorizer makes SQLite prepare its statements again: each is asked anew.
        sqlite3.Connection.set_authorizer(self, self._authorize if theirs or watchers else None)
        self._their_authorizer, self._watchers = theirs, watchers

    def _authorize(self, *request) -> int:
        for watch in self._watchers:
            watch(*request)
        theirs = self._their_authorizer
        return sqlite3.SQLITE_OK if theirs is None else theirs(*request)


# --- shops ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shop:
    """Orders (id, customer_id, status, created_at, total_cents), in the order inserted."""

    orders: tuple
    label: str

    def open(self, ctx, which: str, analyze: bool = False, path: str | Path = ":memory:",
             conn: CallersConnection | None = None):
        """A new database (in memory by default, or ``conn``'s, new and empty) made by
        ``which``'s create_schema, the orders inserted and committed, ANALYZE if asked. A
        CallersConnection (a MeteredConnection)."""
        conn = conn if conn is not None else sqlite3.connect(path, factory=CallersConnection)
        ctx.call_sync("create_schema", conn, which=which)
        with conn.paused():
            with conn:
                conn.executemany(INSERT, self.orders)
            if analyze:
                conn.execute("ANALYZE")
        return conn

    def __repr__(self) -> str:
        return self.label


QUERIES = {  # (customer_id, since, limit), what it asks, in short
    "many": ((MANY, SINCE, 5), "the 5 newest of a customer's ~10 orders in the last 30 days",
             "5 newest of ~10 recent"),
    "few": ((FEW, SINCE, 50), "a customer with 3 orders in the last 30 days, limit 50",
            "3 recent, limit 50"),
    "all": ((MANY, "2000-01-01 00:00:00", 3), "the 3 newest of all a customer's orders",
            "3 newest of all time"),
    "absent": ((ABSENT, SINCE, 10), "a customer id with no orders at all", "no orders at all"),
}
SHOPS = {  # name: (customers, orders each, description, in short)
    "base": (100, 20, "2,000 orders (100 customers x 20)", "2,000 orders"),
    "wide": (1_000, 20, "20,000 orders (10x the customers)", "10x customers"),
    "deep": (100, 200, "20,000 orders (10x each customer's history)", "10x history"),
}
SHAPES = "; ".join(shape[2] for shape in SHOPS.values())
_shops: dict = {}


def shop(name: str) -> Shop:
    if name not in _shops:
        customers, history, label, _ = SHOPS[name]
        _shops[name] = Shop(make_shop(customers, history, seed=16), label)
    return _shops[name]


def opened(ctx, which: str = "yours", analyze: bool = False, name: str = "base",
           path: str | Path = ":memory:", conn=None) -> CallersConnection:
    """One of the measured shops in a new database made by ``which``'s create_schema."""
    try:
        return shop(name).open(ctx, which, analyze, path, conn)
    except sqlite3.Error as error:
        ctx.fail(f"inserting a shop of {shop(name)!r} into the table your create_schema made "
                 f"failed: {type(error).__name__}: {error}",
                 "the shop must keep taking orders: a customer can place two orders in the "
                 "same second, and every column keeps the values the app writes",
                 "an index for speed must not refuse rows (no UNIQUE on columns that repeat), "
                 "and the table keeps the columns and types of the docstring")


# --- calling recent_orders ---------------------------------------------------------------------


def rows_of(ctx, result, args) -> list[tuple]:
    """The result, checked to be a list of tuples."""
    ctx.expect(isinstance(result, list),
               f"recent_orders{args} returned {type(result).__name__}: {result!r:.80}",
               "the account page counts the orders, shows them, and may loop over them twice",
               "return a list: `.fetchall()` gives one")
    for row in result:
        ctx.expect(type(row) is tuple,
                   f"recent_orders{args} returned a list of {type(row).__name__}, such as "
                   f"{row!r:.80}",
                   "the docstring promises (id, created_at, status, total_cents) tuples",
                   "return the rows as the cursor gives them on a plain connection")
    return result


# Every call of yours is watched for what a read must not do, on any call: a write that comes
# only now and then (every so many pages) shows on whichever call it falls.
WARNED = (DeprecationWarning, FutureWarning)
_calls: list = [0]  # calls of yours so far in this check run
_offences: list = []  # (observed, meaning, nudge) of each call that wrote or warned
_bug_noted: list = []  # CPython gh-117995's warning noted once per run
_opened: list = []  # the connections the last call of yours opened (sql_probes.OtherConnection)
# Every kind of query on orders a call of yours ran, in any check (its SQL with the values taken
# out): the first call that ran it, and the query as SQLite ran it then. A query your function
# runs only for some arguments (a big limit, an old `since`) is measured as the pages are.
_ran: dict = {}  # sql_probes.template(sql): (args, sql)
# The call of yours that ran the most statements on orders: (how many, its args, its number).
_most_reads: list = [(0, None, 0)]


def still_open(other) -> bool:
    """Whether a connection the learner's code opened (an OtherConnection) is open now."""
    try:
        other.conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True


def footprint(conn) -> tuple:
    """What a write through ``conn`` changes: rows changed, the schema's version, the open
    transaction, the planner's statistics. Read without counting steps or logging."""
    logged, steps = len(getattr(conn, "log", ())), getattr(conn, "steps", None)
    try:
        found = [conn.total_changes, conn.in_transaction,
                 conn.execute("PRAGMA schema_version").fetchone()[0]]
        with contextlib.suppress(sqlite3.OperationalError):  # no statistics yet
            found.append(sorted(map(tuple, conn.execute("SELECT * FROM sqlite_stat1")), key=repr))
    except sqlite3.ProgrammingError:  # closed by the call: check_connection_left_as_found says so
        return ()
    finally:
        if steps is not None:
            del conn.log[logged:]
            conn.steps = steps
    return tuple(found)


# What SQLite's authorizer is asked for a statement that writes, as the statement says it.
# Seen when the statement is prepared, whatever it changes: an ANALYZE that writes the same
# statistics again, a PRAGMA optimize that finds nothing to do this time.
WRITE_ACTIONS = {getattr(sqlite3, f"SQLITE_{action}"): said for action, said in (
    ("ANALYZE", "ANALYZE {0}"), ("REINDEX", "REINDEX {0}"), ("ALTER_TABLE", "ALTER TABLE {1}"),
    ("INSERT", "INSERT INTO {0}"), ("UPDATE", "UPDATE {0}"), ("DELETE", "DELETE FROM {0}"),
    *((f"{verb}_{temp}{kind}", f"{verb} {temp.replace('_', ' ')}{kind} {{0}}")
      for verb in ("CREATE", "DROP") for temp in ("", "TEMP_")
      for kind in ("TABLE", "INDEX", "VIEW", "TRIGGER")))}
MAINTAINS = {"optimize", "incremental_vacuum"}  # PRAGMAs that may write (ANALYZE, VACUUM)


@contextlib.contextmanager
def writes_asked(conn):
    """The statements run on ``conn`` meanwhile that write, through SQLite's authorizer (a list of
    their verbs and objects: "ANALYZE orders", "PRAGMA optimize"; SQLite's own bookkeeping in
    sqlite_master and sqlite_stat1 left out where the statement itself is named, and so is the
    REINDEX it reports for the index a CREATE INDEX builds: the learner never wrote that one)."""
    asked: list[tuple] = []  # (statement, action, name, as the statement says it)
    log = getattr(conn, "log", None)  # grows as each statement starts: after it is prepared

    def authorizer(action, name, value, _database, _trigger):
        if action in WRITE_ACTIONS:
            said = WRITE_ACTIONS[action].format(name, value)
        elif action == sqlite3.SQLITE_PRAGMA and (name or "").lower() in MAINTAINS:
            said = f"PRAGMA {name.lower()}"
        else:
            return sqlite3.SQLITE_OK
        asked.append((len(log) if log is not None else 0, action, name, said))
        return sqlite3.SQLITE_OK

    def hook(watchers) -> None:
        if isinstance(conn, CallersConnection):  # beside the caller's authorizer, not instead
            conn._hook(conn._their_authorizer, watchers)
        else:
            conn.set_authorizer(watchers[0] if watchers else None)

    said: list[str] = []
    try:
        # statements prepared before are prepared again: seen too
        hook((*getattr(conn, "_watchers", ()), authorizer))
    except sqlite3.ProgrammingError:  # closed: nothing runs on it
        yield said
        return
    try:
        yield said
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed by the call: said elsewhere
            hook(tuple(watch for watch in getattr(conn, "_watchers", ())
                       if watch is not authorizer))
        built = {(statement, name) for statement, action, name, _ in asked
                 if action in (sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_TEMP_INDEX)}
        written = [text for statement, action, name, text in asked
                   if action != sqlite3.SQLITE_REINDEX or (statement, name) not in built]
        named = [text for text in dict.fromkeys(written)
                 if not re.search(r"\bsqlite_(?:master|temp_master|stat\d)$", text)]
        said[:] = named or list(dict.fromkeys(written))


def call(args) -> str:
    return f"recent_orders(conn, {', '.join(map(repr, args))})"


def page(ctx, conn, args):
    """recent_orders(conn, *args) of yours, watched for writes, connections of its own and
    deprecation warnings."""
    before = footprint(conn)
    log = getattr(conn, "log", None)  # a TracedConnection's statements
    logged = len(log) if log is not None else 0
    with warnings.catch_warnings(record=True) as heard, writes_asked(conn) as asked, \
            sql_probes.opened_connections() as others:
        warnings.simplefilter("always")
        result = ctx.call_sync("recent_orders", conn, *args)
    reads = 0
    for statement in (log[logged:] if log is not None else ()):
        if reads_orders(statement.sql):
            reads += 1
            _ran.setdefault(sql_probes.template(statement.sql), (args, statement.sql))
    _calls[0] += 1
    if reads > _most_reads[0][0]:
        _most_reads[0] = (reads, args, _calls[0])
    _opened[:] = others
    after = footprint(conn)
    call = f"call {_calls[0]} of recent_orders in this check run, recent_orders(conn, " \
           f"{', '.join(map(repr, args))})"
    if others:
        kept = sum(map(still_open, others))
        files = sorted({Path(other.database.split("?")[0].removeprefix("file:")).name or
                        other.database for other in others})
        _offences.append((f"{call}, opened {len(others)} "
                          f"connection{'s' * (len(others) > 1)} of its own, to "
                          f"{', '.join(files)}"
                          + ((f", and returned with {kept} of them still open" if kept < len(others)
                              else ", and returned with it still open" if kept == 1
                              else ", and returned with them still open") if kept else
                             ", closed before it returned"),
                          "recent_orders reads through conn, the caller's connection: another "
                          "connection does not see the caller's open transaction (the order it "
                          "just placed); one opened per page costs an open and a read of the "
                          "schema every time; one kept for later keeps the database file open "
                          "after the caller has closed its own, one per database, for as long "
                          "as the process runs, and once the "
                          "file is replaced at the same path (a backup restored, a test's new "
                          "database), a connection kept open still reads the old file and "
                          "answers with orders that are no longer there",
                          "run the query on the `conn` passed in, and keep no connection of "
                          "your own"))
    said = []
    if before and after and before != after:
        (changes, opened, version, *stats), (changes2, opened2, version2, *stats2) = before, after
        said = ([f"changed {changes2 - changes} rows"] * (changes2 != changes)
                + [f"{'opened' if opened2 else 'ended'} a transaction"] * (opened2 != opened)
                + ["changed the schema"] * (version2 != version)
                + ["wrote the planner's statistics (sqlite_stat1, what ANALYZE and PRAGMA "
                   "optimize write)"] * (stats2 != stats))
    if said and not asked and all(part.endswith(" a transaction") for part in said):
        _offences.append((f"{call}, {said[0]} on the caller's connection",
                          "recent_orders reads inside whatever transaction the caller has, and "
                          "leaves it as it was: "
                          + ("a COMMIT of yours (a `with conn:` block commits as it ends) "
                             "commits the caller's half-done work and leaves its rollback "
                             "nothing to undo" if said[0].startswith("ended") else
                             "a transaction you open and never end holds SQLite's lock on the "
                             "file (other connections' commits wait, then fail with `database "
                             "is locked`), and the caller's next writes stay uncommitted in it"),
                          "query the `conn` passed in as it is: a single SELECT needs no BEGIN, "
                          "COMMIT, SAVEPOINT or `with conn:` block of its own"))
    elif said or asked:
        _offences.append((f"{call}, "
                          + "; ".join(([f"ran {', '.join(asked[:4])}"] if asked else []) + said)
                          + ("" if said else ", after which the database looked as before "
                                             "(the check saw the statement, not its effect)")
                          + ("; no call before it that the check watched wrote anything"
                             if _calls[0] > 1 else ""),
                          "recent_orders is a read, on every call: a statement that writes "
                          "(ANALYZE, PRAGMA optimize whenever it finds the statistics stale, an "
                          "INSERT, an index), even once every so many pages, takes SQLite's "
                          "write lock on the page view that runs it (other writers wait, or it "
                          "fails with `database is locked`) and fails on a read-only connection "
                          "(a CREATE INDEX IF NOT EXISTS writes on each view that finds the index "
                          "missing: on a new database, or one restored from an older backup); and "
                          "statistics rewritten behind the caller's back can change the plans "
                          "of all its queries",
                          "keep the page to its SELECT; whatever maintains the database (ANALYZE, "
                          "PRAGMA optimize) belongs to create_schema or to a job of its own"))
    for warning in heard:
        if numbered_placeholder_bug(warning):
            if not _bug_noted:
                _bug_noted.append(call)
                ctx.note(f"Python {sys.version.split()[0]}'s sqlite3 warned that a numbered "
                         "placeholder (?1) given a tuple is a named one: a mistake of Python "
                         "3.12.0 to 3.12.3 (CPython gh-117995, fixed in 3.12.4), not counted. "
                         "Binding ?1 from a tuple is right on every Python.")
            continue
        if issubclass(warning.category, WARNED):
            _offences.append((f"{call} warned: {warning.category.__name__}: "
                              f"{str(warning.message)[:300]}",
                              "a deprecation warning is Python announcing that this code stops "
                              "working in a coming version: the page works today and breaks on "
                              "the upgrade (under `-W error` or pytest's filterwarnings=error it "
                              "fails already)",
                              "do as the warning says: the starter's query, as it is, gives none"))
            break
    return result


def well_behaved(ctx) -> None:
    """Fail with the first call of yours so far that wrote or warned."""
    if _offences:
        ctx.fail(*_offences[0])


def answer(ctx, conn, args, which: str = "yours"):
    """recent_orders(conn, *args); a crash of yours as text."""
    try:
        if which == "yours":
            return page(ctx, conn, args)
        return ctx.call_sync("recent_orders", conn, *args, which=which)
    except ExerciseBroken as error:
        if which == "broken":
            raise
        return "raised " + str(error).split(" raised ", 1)[-1][:200]


def differs(want: list, got) -> str:
    """How ``got`` differs from the starter's ``want``, in words."""
    if isinstance(got, str):
        return f"yours {got}"
    if not isinstance(got, list):
        return f"yours returned {type(got).__name__}: {got!r:.80}"
    if len(got) != len(want):
        return f"yours returned {len(got)} orders, the starter {len(want)}"
    first = next(n for n, (a, b) in enumerate(zip(want, got, strict=True)) if a != b)
    return (f"order {first + 1} of {len(want)} differs: yours {got[first]!r}, the starter's "
            f"{want[first]!r}")


# --- generated shops, for the oracle ----------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """A shop's orders; queries; new orders placed; the same queries again."""

    first: tuple
    later: tuple
    queries: tuple
    analyze: bool

    def run(self, ctx, which: str, schema: str) -> list | str:
        # traced (its statements logged, as a plain connection otherwise): what yours runs here
        # is measured too (check_plan, check_steps)
        with contextlib.closing(sqlite3.connect(":memory:", factory=sql_probes.TracedConnection)) \
                as conn:
            ctx.call_sync("create_schema", conn, which=schema)
            before = settings(conn) if which == "yours" else {}
            answers = []
            for batch in (self.first, self.later):
                if answers and which == "yours":  # before the check writes to it again
                    settings_kept(ctx, conn, before, f"on this shop: {self!r}")
                try:
                    with conn:
                        conn.executemany(INSERT, batch)
                    if self.analyze:
                        conn.execute("ANALYZE")
                except sqlite3.Error as error:
                    return f"inserting these orders failed: {type(error).__name__}: {error}"
                answers += [answer(ctx, conn, query, which) for query in self.queries]
            if which == "yours":
                settings_kept(ctx, conn, before, f"on this shop: {self!r}")
            return answers

    def __repr__(self) -> str:
        return (f"orders {list(self.first)}; recent_orders{'s' if len(self.queries) > 1 else ''}"
                f" {', '.join(map(repr, self.queries))}; new orders {list(self.later)}; the "
                f"same again{'; ANALYZE after each insert' if self.analyze else ''}")


CUSTOMER_IDS = st.sampled_from([7, 7, 8, -3, 0, 2**62, 123_456_789])
NEAR = ("2024-05-01 10:00:00", "2024-05-01 10:00:00", "2024-05-01 10:00:01", "2024-05-01 09:59:59",
        "2024-04-30 23:59:59", "2024-05-02 00:00:00", "2023-12-31 23:59:59")
# ... and any date the column can hold, years 0001 to 9999 (imported history, a placeholder
# date): a date of yours in the query or in a partial index's WHERE drops the orders beyond it
EDGES = ("0001-01-01 00:00:00", "0001-01-01 00:00:01", "1969-12-31 23:59:59",
         "1999-12-31 23:59:59", "2000-01-01 00:00:00", "9999-12-31 23:59:58", "9999-12-31 23:59:59")
_spread = random.Random(16)  # and a spread of other years, fixed: one list draws and shrinks fast
SPREAD = tuple(f"{year:04d}-{_spread.randint(1, 12):02d}-{_spread.randint(1, 28):02d} "
               f"{_spread.randint(0, 23):02d}:{_spread.randint(0, 59):02d}:"
               f"{_spread.randint(0, 59):02d}"
               for year in sorted(_spread.sample(range(1, 10_000), 8)))
TIMES = st.sampled_from(NEAR + EDGES + SPREAD)
# ... and text as a form sends it: quotes that rewrite a query built by formatting
FORM_SINCES = ("2024-05-01' OR customer_id <> '", '2024-05-01" OR customer_id <> "', "O'Brien")
SINCES = TIMES | st.sampled_from(["", "0000-01-01 00:00:00", "2024-05-01", "2024-05-01T10:00:00",
                                  "9999-12-31 23:59:59", "2024", "2030", *FORM_SINCES])
ROWS = st.tuples(CUSTOMER_IDS,
                 st.sampled_from(["paid", "shipped", "refunded", "O'Brien's gift", "Zoë", ""]),
                 TIMES, st.sampled_from([0, 1999, -500, 2**53]) | st.integers(0, 10**6))
LIMITS = st.sampled_from([0, 1, 2, 3, 1_000]) | st.integers(0, 30)
IDS = st.integers(1, 40) | st.integers(-2**40, 2**40)


@st.composite
def scenarios(draw):
    ids = draw(st.lists(IDS, unique=True, max_size=24))
    orders = [(order_id, *draw(ROWS)) for order_id in ids]
    split = draw(st.integers(0, len(orders)))
    # Half the queries ask about an order that exists: its customer, `since` its very second.
    existing = [st.sampled_from([(customer, at) for _, customer, _, at, _ in orders])] \
        if orders else []
    asked = st.one_of(*existing, st.tuples(CUSTOMER_IDS | st.just(ABSENT), SINCES))
    queries = draw(st.lists(st.tuples(asked, LIMITS).map(lambda q: (*q[0], q[1])),
                            min_size=1, max_size=3))
    return Scenario(tuple(orders[:split]), tuple(orders[split:]), tuple(queries),
                    draw(st.booleans()))


# --- the checks --------------------------------------------------------------------------------


def check_schema(ctx):
    """create_schema makes the orders table with the docstring's columns, and commits."""
    with contextlib.closing(sql_plan.connect(":memory:")) as conn:
        before = settings(conn)
        ctx.call_sync("create_schema", conn)
        changed = changes(before, settings(conn))
        columns = {row[1]: (row[2].upper(), row[5]) for row in
                   conn.execute("PRAGMA table_info(orders)")}
        pending = conn.in_transaction
    ctx.expect(columns, "after create_schema there is no table `orders`",
               "the app reads and writes its orders there",
               "keep the CREATE TABLE of the starter")
    ctx.expect(set(columns) == set(COLUMNS),
               f"the orders table has the columns {sorted(columns)}",
               f"the app writes and reads exactly {list(COLUMNS)}",
               "keep the starter's CREATE TABLE: an index is a separate statement")
    ctx.expect(list(columns) == list(COLUMNS),
               f"the orders table has its columns in the order {', '.join(columns)}; the "
               f"docstring's (and the starter's) is {', '.join(COLUMNS)}",
               "the columns' order is part of the table: the app's `INSERT INTO orders VALUES "
               "(?, ?, ?, ?, ?)` and `SELECT *` go by position, so in your table an order's "
               "status lands in created_at and its date in status (both TEXT NOT NULL: nothing "
               "refuses it), and the page then sorts 'paid' among the dates. The order of the "
               "columns in the table does not change what an index can do",
               "keep the starter's CREATE TABLE as it is, columns in the same order: the index "
               "is a statement of its own")
    kind, key = columns["id"]
    keys = sum(1 for _, part in columns.values() if part)  # columns of the primary key
    ctx.expect((kind, key, keys) == ("INTEGER", 1, 1),
               f"orders.id is {kind or 'untyped'}"
               + (" and not part of the primary key" if not key else
                  f" and column {key} of a primary key of {keys} columns" if keys > 1 else
                  " PRIMARY KEY"),
               "`id INTEGER PRIMARY KEY` is the rowid: every index ends with it",
               "keep `id INTEGER PRIMARY KEY`")
    theirs, mine = (numbered(ctx, which) for which in ("broken", "yours"))
    for (step, want), (_, got) in zip(theirs, mine, strict=True):
        if got != want:  # a setting left (PRAGMA query_only) refuses orders: said as such
            schema_settings_kept(ctx, "the default settings", changed)
        refused = re.search(r"UNIQUE constraint failed: (.*)", str(got))
        if got != want and refused and refused.group(1).strip() != "orders.id":
            ctx.fail(f"on the table your create_schema made, {step}: yours {got}, the "
                     f"starter's {want}",
                     "the shop must keep taking orders: a customer can place two orders in the "
                     "same second, and a UNIQUE index refuses the second",
                     "an index for speed must not refuse rows: no UNIQUE on columns that repeat")
        totals = [stored(said, "total_cents") for said in (want, got)]
        floats = "integer" in totals[0] and "integer" not in totals[1] and "real" in totals[1]
        ctx.expect(got == want or step != TYPED,
                   f"on the table your create_schema made, {step}: yours {got}, the "
                   f"starter's {want}",
                   "the table must take and keep what the app writes, as the starter's did: "
                   + ("the app writes whole cents, and your total_cents column stores every "
                      "one as a float (a column declared REAL, FLOAT or DOUBLE does): the page "
                      "gets 1999.0 for 1999, its JSON says 1999.0, and a total past 2**53 "
                      "cents comes back rounded. The starter's INTEGER column keeps a whole "
                      "number an integer, and a float with a fraction as it is"
                      if floats else
                      "each column's declared type converts a value it can ('8' becomes the "
                      "integer 8) and keeps the others as they are. A STRICT table, a CHECK on "
                      "types or another declared type refuses them (writes that worked "
                      "yesterday fail after the upgrade) or stores them otherwise (they come "
                      "back as another type)"),
                   "keep the starter's CREATE TABLE as it is, word for word: the index is a "
                   "statement of its own")
        ctx.expect(got == want,
                   f"on the table your create_schema made, {step}: yours {got}, the "
                   f"starter's {want}",
                   "the app places orders without an id and relies on SQLite to number them, "
                   "one id per order: only a column declared INTEGER as the table's one-column "
                   "primary key (`id INTEGER PRIMARY KEY`, or `PRIMARY KEY (id)` after the "
                   "columns; not `id INTEGER PRIMARY KEY DESC`, not INT or BIGINT; in a table "
                   "with a rowid) is the rowid, "
                   "which numbers new orders and ends every index. Declared any other way, id "
                   "is an ordinary column: with PRIMARY KEY, an order placed without an id gets "
                   "NULL there (a WITHOUT ROWID table refuses it); without it, ids may also "
                   "repeat. AUTOINCREMENT keeps id the rowid, but numbers orders otherwise "
                   "(never the id of a deleted order) and writes a table of its own, "
                   "sqlite_sequence, on every insert",
                   "keep the starter's CREATE TABLE as it is: the index is a statement of its own")
    ctx.expect(not pending,
               "create_schema returned with a transaction still open",
               "what it made is not committed: the next rollback on this connection undoes it",
               "commit at the end (`with conn:` around the statements does)")


WRITES = (("an order placed without an id", "INSERT INTO orders (customer_id, status, "
           "created_at, total_cents) VALUES (7, 'paid', '2024-05-01 10:00:00', 1999)"),
          ("a second one, in the same second", "INSERT INTO orders (customer_id, status, "
           "created_at, total_cents) VALUES (7, 'paid', '2024-05-01 10:00:00', 500)"),
          ("an order given the id of the first", "INSERT INTO orders (id, customer_id, status, "
           "created_at, total_cents) VALUES (1, 8, 'paid', '2024-05-01 10:00:01', 1)"),
          ("the newest order deleted", "DELETE FROM orders WHERE id = (SELECT max(id) FROM "
           "orders)"),
          ("then an order placed without an id", "INSERT INTO orders (customer_id, status, "
           "created_at, total_cents) VALUES (8, 'paid', '2024-05-01 10:00:02', 700)"),
          (TYPED := "an order from a form, its customer id as text '8' and its total as the "
           "float 1999.5", "INSERT INTO orders (customer_id, status, created_at, total_cents) "
           "VALUES ('8', 'paid', '2024-05-01 10:00:03', 1999.5)"))


def numbered(ctx, which: str) -> list[tuple[str, str]]:
    """What ``which``'s new table did with WRITES, step by step, and the ids it held after each."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        ctx.call_sync("create_schema", conn, which=which)
        done = []
        for step, sql in WRITES:
            try:
                with conn:
                    conn.execute(sql)
                said = "accepted"
            except sqlite3.Error as error:
                said = f"refused ({type(error).__name__}: {error})"
            ids = sorted((row[0] for row in conn.execute("SELECT id FROM orders")), key=repr)
            if step == TYPED:  # what each column stored in every order (integer totals of the
                # earlier steps too): the declared types' affinity at work
                kinds = conn.execute("SELECT typeof(customer_id), typeof(status), typeof("
                                     "created_at), typeof(total_cents) FROM orders ORDER BY "
                                     "created_at, total_cents").fetchall()
                said += ", the orders' columns stored as " + (", ".join(
                    f"{column} {'/'.join(column_kinds)}" for column, column_kinds in zip(
                        STORED, zip(*kinds, strict=True), strict=True)) if kinds else "nothing")
            done.append((step, f"{said}, the ids then {ids}"))
        return done


STORED = ("customer_id", "status", "created_at", "total_cents")


def stored(said: str, column: str) -> list[str]:
    """The types ``column`` held in each order, from what numbered() said at the TYPED step."""
    found = re.search(rf"\b{column} ([a-z/]+)", said)
    return found.group(1).split("/") if found else []

MODES = {"the default": {}, "isolation_level=None": {"isolation_level": None}}
if sys.version_info >= (3, 12):  # sqlite3's PEP 249-style autocommit attribute
    MODES["autocommit=False (PEP 249: always in a transaction)"] = {"autocommit": False}
    MODES["autocommit=True"] = {"autocommit": True}


def settings(conn) -> dict:
    """The connection's own settings, the ones its later statements run under."""
    found = {"isolation_level": conn.isolation_level, "row_factory": conn.row_factory,
             "text_factory": conn.text_factory}
    if sys.version_info >= (3, 12):
        found["autocommit"] = conn.autocommit
    found.update(sql_probes.pragma_values(conn))
    found.update(more_settings(conn))
    return found


# Beyond sql_probes.CONNECTION_PRAGMAS (what lessons 07 and 08 compare too), what else a call
# can leave changed on the caller's connection, or in its database file, or in the process.
MORE_PRAGMAS = ("max_page_count", "writable_schema", "count_changes", "empty_result_callbacks",
                "short_column_names", "full_column_names",
                # in the file's header: create_schema's to leave as SQLite sets them
                "auto_vacuum", "user_version", "application_id")
SCHEMA_PRAGMAS = ("cache_size", "journal_mode", "synchronous", "locking_mode", "max_page_count",
                  "secure_delete", "cache_spill", "journal_size_limit", "mmap_size")
HEAP_PRAGMAS = ("soft_heap_limit", "hard_heap_limit")  # the process's, for every connection
LIKE_CASE = "LIKE's case (SELECT 'A' LIKE 'a')"  # case_sensitive_like cannot be read back
_own_connection: list = []  # a connection of the check's own: the heap limits read there


def more_settings(conn) -> dict:
    """Every limit (getlimit), the PRAGMAs of MORE_PRAGMAS, those of SCHEMA_PRAGMAS for temp
    and each attached database, the attached databases, the SQL functions and collations
    registered (and each create_function... call on a CallersConnection), LIKE's case, and the
    process's heap limits; read through a cursor of its own."""
    cursor = conn.cursor()
    cursor.row_factory = None

    def value(sql: str):
        return (cursor.execute(sql).fetchone() or (None,))[0]

    def text(name):  # the caller's text_factory may be bytes
        return name.decode() if isinstance(name, bytes) else name

    found = {f"limit {name.removeprefix('SQLITE_LIMIT_')}": value
             for name, value in sql_probes.every_limit(conn).items()}
    found.update({f"PRAGMA {name}": value(f"PRAGMA {name}") for name in MORE_PRAGMAS})
    found.update({f"PRAGMA temp.{name}": value(f"PRAGMA temp.{name}") for name in SCHEMA_PRAGMAS})
    attached = {text(name): text(file) for _, name, file in cursor.execute("PRAGMA database_list")
                if text(name) not in ("main", "temp")}  # (temp is listed once a read has opened it)
    for name in attached:
        found.update({f"PRAGMA {name}.{pragma}": value(f'PRAGMA "{name}".{pragma}')
                      for pragma in SCHEMA_PRAGMAS})
    found["attached databases"] = frozenset(
        f"{name} ({file or 'in memory'})" for name, file in attached.items())
    found["SQL functions"] = frozenset(
        f"{text(name)}/{args}" for name, builtin, *_, args, _ in cursor.execute("PRAGMA function_list")
        if not builtin)
    found["collations"] = frozenset(text(name) for _, name in cursor.execute("PRAGMA collation_list"))
    found["calls"] = tuple(getattr(conn, "registered", ()))
    found[LIKE_CASE] = value("SELECT 'A' LIKE 'a'")
    if not _own_connection:
        _own_connection.append(sqlite3.connect(":memory:"))
    found.update({f"PRAGMA {name} (the whole process's)":
                  (_own_connection[0].execute(f"PRAGMA {name}").fetchone() or (None,))[0]
                  for name in HEAP_PRAGMAS})
    return found


def quietly(conn, read):
    """``read(conn)``, left out of a MeteredConnection's statement log and step count."""
    logged, steps = len(getattr(conn, "log", ())), getattr(conn, "steps", None)
    try:
        return read(conn)
    finally:
        if steps is not None:
            del conn.log[logged:]
            conn.steps = steps


def settings_kept(ctx, conn, before: dict, where: str) -> None:
    """Fail if ``conn``'s settings differ from ``before`` now that calls of yours have run on it:
    compared before the check writes to it again (a PRAGMA query_only left on refuses that)."""
    try:
        changed = changes(before, quietly(conn, settings))
    except sqlite3.ProgrammingError:  # closed by the call: the next call says so
        return
    if not changed:
        return
    effects = [effect for pattern, effect in SETTING_EFFECTS.items()
               if any(re.fullmatch(pattern, change) for change in changed)]
    ctx.fail(f"{where}, after call {_calls[0]} of recent_orders in this check run, the caller's "
             f"connection was not as before the calls: they {'; '.join(changed)}",
             "the connection is the caller's and outlives the call: every later statement of "
             "the caller's runs under your setting"
             + (f" ({'; '.join(effects)})" if effects else ""),
             "a read needs no setting of its own: leave the connection's settings alone (a "
             "PRAGMA you must change, read it first and restore the value you read, on every "
             "path: try/finally)")


def kept_after_close(ctx, label: str, mode: dict) -> tuple[list[tuple], list[str]]:
    """What create_schema made, as a new connection sees it once create_schema's own
    connection (opened in ``mode``) is closed; and the settings it changed on that one."""
    with tempfile.TemporaryDirectory(prefix="lesson16-", ignore_cleanup_errors=True) as folder:
        path = Path(folder) / "shop.db"
        with contextlib.closing(sqlite3.connect(path, **mode)) as conn:
            before = settings(conn)
            try:
                ctx.call_sync("create_schema", conn)
            except ExerciseBroken as error:
                if not mode:  # it raises on the default connection: broken, not a mode's fault
                    raise
                ctx.fail(f"on a connection opened with {label}, create_schema raised "
                         + str(error).split(" raised ", 1)[-1],
                         "the caller chooses its connection's transaction mode, and create_schema "
                         "must work in each: with autocommit=False the connection keeps a "
                         "transaction open at all times (a BEGIN of yours is refused), with "
                         "autocommit=True commit() does nothing (a BEGIN of yours is never "
                         "ended), and with isolation_level=None nothing is begun for you",
                         "leave the transaction to the connection: make every statement inside "
                         "a `with conn:` block: what it made is committed when the block ends, "
                         "in every mode (with autocommit=True each statement commits itself and "
                         "the block's commit() does nothing)")
            changed = changes(before, settings(conn))
        with contextlib.closing(sqlite3.connect(path)) as other:
            return other.execute("SELECT type, name, tbl_name FROM sqlite_master "
                                 "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall(), \
                changed


# What a changed setting does to the caller's later work, said where changes() says it so.
SETTING_EFFECTS = {
    r"changed isolation_level from .* to None":
        "with isolation_level=None, each insert of a batch commits alone, and the caller's "
        "rollback undoes nothing",
    r"changed PRAGMA foreign_keys from 0 to 1":
        "with foreign_keys on, SQLite enforces every REFERENCES of the caller's own tables from "
        "then on: a write it has always made, a row pointing at an order not yet or no longer "
        "there, now fails with FOREIGN KEY constraint failed",
    r"changed row_factory from None to .*":
        "with a row_factory set, every later query of the caller's returns its rows, not "
        "tuples: `row == (1, 'paid')` is False for a sqlite3.Row, and json.dumps refuses one",
    r"changed PRAGMA query_only from 0 to 1":
        "with query_only on, every write the caller makes afterwards, the next order placed, "
        "fails with `attempt to write a readonly database`",
    r"changed PRAGMA mmap_size from 0 to [1-9][0-9]*":
        "with mmap_size above 0, later reads of the file go through memory-mapped I/O, where "
        "SQLite cannot catch an I/O error on the file: it is a signal that ends the process, "
        "not an error the caller gets",
    r"changed limit .*":
        "a limit set with setlimit() holds for the connection, not for your call: the "
        "caller's later statements longer than it, or values bigger than it, fail (`query "
        "string is too large`, `string or blob too big`)",
    r"changed text_factory .*":
        "with another text_factory, every later query of the caller's gets its text as your "
        "type (str where it reads bytes, or the reverse), and so did your answer",
    r"attached database .*":
        "the attached database stays on the caller's connection: its own ATTACH of that name "
        "then fails (`database ... is already in use`), each one counts against SQLITE_LIMIT_"
        "ATTACHED (10 by default), and an attached file stays open as long as the connection",
    r"(registered SQL function|removed SQL function|registered collation|called conn\.create_).*":
        "a function or collation registered on the connection stays there for all its later "
        "statements, and one of the caller's of the same name (and number of arguments) is "
        "replaced by yours, silently: its queries then compute something else",
    r"changed PRAGMA \w+\.\w+ from .*":
        "a PRAGMA of the temp schema (or of an attached database) holds for the connection as "
        "main's does: the caller's temporary tables, sorts and indexes run under it",
    r"changed PRAGMA \w+_heap_limit \(the whole process's\).*":
        "a heap limit is the process's, not the connection's: every SQLite connection in it, "
        "the caller's others and those opened later, runs under yours, even after this one is "
        "closed (a soft limit makes them free their caches, a hard one fails their big "
        "queries with a MemoryError)",
    r"changed PRAGMA (short|full)_column_names .*":
        "the result columns of the caller's later queries are named otherwise (`orders.id` "
        "for `id`): `row['id']` raises IndexError, and a dict built from cursor.description "
        "gets other keys",
    r"changed PRAGMA count_changes .*":
        "with count_changes on, each INSERT, UPDATE and DELETE of the caller's returns a row "
        "(the count), which code that expects none trips over",
    r"changed PRAGMA max_page_count .*":
        "the caller's writes past that size fail with `database or disk is full`",
    r"changed PRAGMA writable_schema .*":
        "with writable_schema on, a statement of the caller's can rewrite sqlite_schema "
        "itself, which SQLite otherwise refuses: one slip corrupts the database",
    r"changed LIKE's case .*":
        "with case_sensitive_like on, the caller's LIKE searches become case-sensitive: a "
        "search for 'ada%' no longer finds 'Ada Lovelace'",
    r"changed PRAGMA auto_vacuum .*":
        "auto_vacuum is written into the database file: every connection to it from then on "
        "keeps pointer-map pages and, with FULL, moves and truncates pages at each commit that "
        "frees some (INCREMENTAL keeps them until a PRAGMA incremental_vacuum), a cost on every "
        "app's writes that nobody asked create_schema to decide",
    r"changed PRAGMA (user_version|application_id) .*":
        "it is stamped into the file's header, where the caller's own tools read it: a "
        "migration runner reads user_version to know which of its steps have run (a number of "
        "yours makes it skip them), and application_id tells which application made the file",
}


def schema_settings_kept(ctx, label: str, changed: list[str]) -> None:
    """Fail if create_schema, on a connection opened with ``label``, ``changed`` its settings."""
    journal = any("journal_mode" in change for change in changed)
    effects = [effect for pattern, effect in SETTING_EFFECTS.items()
               if any(re.fullmatch(pattern, change) for change in changed)]
    ctx.expect(not changed,
               f"on a connection opened with {label}, create_schema {'; '.join(changed)}",
               "the connection is the caller's and outlives create_schema: its later work "
               "runs under your settings"
               + (f" ({'; '.join(effects)})" if effects else "")
               + ("; and journal_mode=WAL is written into the database file itself: every "
                  "later connection to it gets WAL (its -wal and -shm files, no network "
                  "drives), which nobody asked create_schema to decide, and on a connection "
                  "always in a transaction (autocommit=False) SQLite refuses to switch"
                  if journal else ""),
               "commit what you made (`with conn:` around the statements does) and leave "
               "the connection's settings (PRAGMAs included) as you found them")


def check_schema_committed(ctx):
    """Everything create_schema makes is committed, whatever the connection's transaction mode, which it leaves as it was."""
    seen = {}
    for label, mode in MODES.items():  # each mode's settings judged before the next one runs
        seen[label] = kept, changed = kept_after_close(ctx, label, mode)
        schema_settings_kept(ctx, label, changed)
    kept = {label: objects for label, (objects, _) in seen.items()}
    made = max(kept.values(), key=len)
    for label, objects in kept.items():
        missing = [f"{kind} {name}" for kind, name, _ in made if (kind, name, _) not in objects]
        ctx.expect(not missing,
                   f"on a connection opened with {label}, closed after create_schema returned, "
                   f"the database file had no {', '.join(missing)} (made on another connection)",
                   "what create_schema made was never committed, and closing the connection "
                   "rolled it back: on a connection always in a transaction (autocommit=False) "
                   "a statement run after the commit (after the `with conn:` block) lands in a "
                   "new transaction, and with autocommit=True commit() does nothing, so a "
                   "transaction begun by an explicit BEGIN stays open. The shop reopened "
                   "tomorrow has no index, and the page scans again",
                   "make every statement inside the `with conn:` block, so its commit covers "
                   "them all")


def check_answers(ctx):
    """On a shop of 2,000 orders: tuples, newest first, the starter's answers, a `since` with quotes in it too; all of a customer's 1,500 orders when asked for more; orders of the years 0001 to 9999 too."""
    shape = shop("base")
    third = sorted(at for _, customer, _, at, _ in shape.orders if customer == MANY)[-3]
    # ... and a year alone, as a report's filter may send it: text, compared as text
    asks = [args for args, *_ in QUERIES.values()] + [(MANY, "", 3), (MANY, SINCE, 0),
                                                     (FEW, SINCE, 1), (MANY, third, 10),
                                                     (MANY, "2030", 10)]
    with contextlib.closing(opened(ctx, "broken")) as theirs, \
            contextlib.closing(opened(ctx)) as mine:
        before = quietly(mine, settings)
        for args in asks:
            want = ctx.call_sync("recent_orders", theirs, *args, which="broken")
            got = rows_of(ctx, page(ctx, mine, args), args)
            if got != want:
                ctx.fail(f"on a shop of {shape!r}, recent_orders(conn, "
                         f"{', '.join(map(repr, args))}): {differs(want, got)}",
                         "the account page must show the customer's orders since that moment, "
                         "newest first, ties by id, no more than the limit: the starter's answer",
                         "keep the starter's query: the index is added in create_schema")
        owner = {order[0]: order[1] for order in shape.orders}
        for since in FORM_SINCES:  # the page's `since` comes from its query string, as text
            args = (MANY, since, 10)
            want = ctx.call_sync("recent_orders", theirs, *args, which="broken")
            got = answer(ctx, mine, args)
            if got != want:
                others = (sum(owner.get(row[0], MANY) != MANY for row in got)
                          if isinstance(got, list) else 0)
                ctx.fail(f"on a shop of {shape!r}, recent_orders(conn, "
                         f"{', '.join(map(repr, args))}): {differs(want, got)}"
                         + (f"; {others} of yours are other customers' orders" if others else ""),
                         "`since` reaches the page from its query string, text anyone can type: "
                         "written into the SQL, a quote in it rewrites the query (SQL injection), "
                         "and the page shows other customers' orders or fails. The starter "
                         "answers it like any other text",
                         "pass every value as a parameter (`?` in the SQL, the values in a "
                         "tuple), as the starter does; never format a value into the SQL text")
        for _ in range(REPEATS):  # a write every so many pages shows on the page it falls on
            page(ctx, mine, QUERIES["many"][0])
        well_behaved(ctx)
        settings_kept(ctx, mine, before, f"on a shop of {shape!r}")
    long_history(ctx)
    far_dates(ctx)


LOYAL, HISTORY = 4_242, 1_500  # a customer with more orders than any limit asked elsewhere
LONG = Shop(tuple((n, LOYAL if n % 10 else FEW, "paid", stamp(NOW - timedelta(hours=n)), n)
                  for n in range(1, HISTORY * 10 // 9 + 1)),
            f"{HISTORY:,} orders of one customer, and others'")


def long_history(ctx) -> None:
    """A customer with 1,500 orders, asked for more than that and for one fewer: all of them,
    and 1,499 (a LIMIT capped at 1,000, or at any size below, gives fewer)."""
    with contextlib.closing(LONG.open(ctx, "broken")) as theirs, \
            contextlib.closing(LONG.open(ctx, "yours")) as mine:
        for args in ((LOYAL, "2000-01-01 00:00:00", 2 * HISTORY), (LOYAL, "", HISTORY - 1)):
            want = ctx.call_sync("recent_orders", theirs, *args, which="broken")
            got = rows_of(ctx, page(ctx, mine, args), args)
            if got != want:
                ctx.fail(f"on a shop where one customer has {HISTORY:,} orders, recent_orders("
                         f"conn, {', '.join(map(repr, args))}): {differs(want, got)}",
                         "the contract says at most `limit` orders, and this caller asked for "
                         f"{args[2]:,} (an export, an order history page): a cap of yours "
                         "drops the oldest ones silently, with no error for anyone to see",
                         "pass `limit` into the SQL as it is: with the index, a big limit "
                         "costs only the rows it returns")
    well_behaved(ctx)


# A customer whose orders span every year the column can hold (imported history, placeholder
# dates), and another's on the same days; `since` before, at and beside both ends.
AGED = [(7, at) for at in (*EDGES, "0999-06-15 12:00:00", "2100-01-01 00:00:00")] \
    + [(8, EDGES[0]), (8, EDGES[-1])]  # (customer, created_at)
AGES = Shop(tuple((n, customer, "paid", at, 100 * n) for n, (customer, at) in
                  enumerate(AGED, start=1)), "orders dated from 0001 to 9999")
AGES_ASKED = tuple((7, since, 20) for since in ("0000-01-01 00:00:00", "0001-01-01 00:00:00",
                                                  "0001-01-01 00:00:01", "",
                                                  "9999-12-31 23:59:58", "9999-12-31 23:59:59"))


def far_dates(ctx) -> None:
    """A customer's orders from the year 0001 to 9999: all of them, whatever their date."""
    with contextlib.closing(AGES.open(ctx, "broken")) as theirs, \
            contextlib.closing(AGES.open(ctx, "yours")) as mine:
        for args in AGES_ASKED:
            want = ctx.call_sync("recent_orders", theirs, *args, which="broken")
            got = rows_of(ctx, page(ctx, mine, args), args)
            if got != want:
                dates = sorted(at for _, customer, _, at, _ in AGES.orders if customer == 7)
                ctx.fail(f"on a shop where a customer's {len(dates)} orders are dated from "
                         f"{dates[0]} to {dates[-1]} ({', '.join(at[:4] for at in dates)}), "
                         f"{call(args)}: {differs(want, got)}",
                         "the page shows every order at or after `since`, whatever its date: a "
                         "date of your own in the query or in a partial index's WHERE "
                         "(`created_at >= '2000-01-01'`) silently drops the orders beyond it, "
                         "and shops have them: history imported from an older system, a "
                         "placeholder date such as 0001-01-01 or 9999-12-31",
                         "filter only by the caller's `since`, as the starter does: no date of "
                         "yours in the SQL, and an index over every order (no WHERE)")
    well_behaved(ctx)


def check_new_orders_seen(ctx):
    """An order placed between two calls, on this connection or another, is in the second answer; one rolled back is not; a new connection gets its own database's answer."""
    args = QUERIES["many"][0]
    with tempfile.TemporaryDirectory(prefix="lesson16-", ignore_cleanup_errors=True) as folder:
        for n, (how, path) in enumerate((("through the same connection", ":memory:"),
                                         ("by another connection to the same database file "
                                          "(the checkout, in another process)",
                                          Path(folder) / "shop.db"))):
            newest = (10**11 + n, MANY, "paid", stamp(NOW + timedelta(minutes=5 + n)), 4_200)
            with contextlib.closing(opened(ctx, path=path)) as conn:
                before = quietly(conn, settings)
                first = rows_of(ctx, page(ctx, conn, args), args)
                kept = list(first)
                first.clear()  # the caller is free to change its list
                well_behaved(ctx)  # before the check writes: a lock left held would stop it
                settings_kept(ctx, conn, before, "on a shop of 2,000 orders")
                place = conn if path == ":memory:" else sqlite3.connect(path)
                try:
                    with place:
                        place.execute(INSERT, newest)
                except sqlite3.Error as error:
                    ctx.fail(f"after a call of recent_orders, the customer's new order, placed "
                             f"{how}, was refused: {type(error).__name__}: {error}",
                             "the call left the database so that the shop cannot take orders",
                             "leave the connection and the database as you found them")
                finally:
                    if place is not conn:
                        place.close()
                second = rows_of(ctx, page(ctx, conn, args), args)
            order_id, _, status, created_at, total = newest
            want = [(order_id, created_at, status, total), *kept[:args[2] - 1]]
            ctx.expect(second == want,
                       f"after the customer placed a new order {how}, recent_orders returned "
                       f"{second!r:.200}"
                       + (" (the very list the first call returned, which the caller had "
                          "emptied since: an answer kept and handed out again)"
                          if second is first else ""),
                       "the page must show the order just placed, at the top: an answer kept "
                       "from an earlier call is stale as soon as anyone orders, anywhere",
                       "ask the database on every call; an index makes that cheap")
    well_behaved(ctx)
    rolled_back(ctx, args)
    new_connection_same_address(ctx, args)
    well_behaved(ctx)


# What the caller does in a transaction it then rolls back: orders on the page change.
UNDONE = (("marked its newest order returned", "UPDATE orders SET status = 'returned' WHERE id = "
           "(SELECT max(id) FROM orders WHERE customer_id = ?)", (MANY,)),
          ("placed a new order", INSERT,
           (10**11 + 7, MANY, "pending", stamp(NOW + timedelta(minutes=9)), 990)))


def rolled_back(ctx, args) -> None:
    """In the caller's transaction a change, a page, a rollback; then a page in the caller's next
    transaction (nothing written yet), and one after it: both the answer before the change."""
    with contextlib.closing(opened(ctx)) as conn:  # the default mode: sqlite3 opens the BEGIN
        before = quietly(conn, settings)

        def asked() -> list:
            """The page; then what a call of yours did to the connection, before the caller
            writes or ends its transaction (a commit of yours would make the rollback moot)."""
            rows = page(ctx, conn, args)
            well_behaved(ctx)
            settings_kept(ctx, conn, before, "on a shop of 2,000 orders")
            return rows

        for did, sql, values in UNDONE:
            want = ctx.call_sync("recent_orders", conn, *args, which="broken")
            conn.execute(sql, values)
            during = ctx.call_sync("recent_orders", conn, *args, which="broken")
            got = {"in the caller's transaction": asked()}
            conn.rollback()
            conn.execute("BEGIN")  # the caller's next transaction, nothing written in it yet
            got["in the caller's next transaction, after the rollback"] = asked()
            conn.rollback()
            got["after that one ended too"] = asked()
            for moment, rows in got.items():
                right = during if moment == "in the caller's transaction" else want
                if rows == right:
                    continue
                ctx.fail(f"the caller {did} in its transaction, asked for the page, then "
                         f"rolled back: {moment}, recent_orders(conn, "
                         f"{', '.join(map(repr, args))}): {differs(right, rows)}"
                         + ("; yours is the answer from before the rollback"
                            if rows == during and right != during else ""),
                         "a rollback undoes the caller's change, and the page must show the "
                         "database as it is: total_changes and PRAGMA data_version do not "
                         "move back on a rollback (nor does in_transaction tell one "
                         "transaction from the next), so an answer kept under them hands out "
                         "an order that was never placed, or a status that was never set",
                         "ask the database on every call; an index makes that cheap")


def new_connection_same_address(ctx, args) -> None:
    """A connection closed, then a new one to another database of the same size, which Python
    puts at the old one's address (id()) as it reuses memory: the new database's answer."""
    # The same orders, each id one higher: as many rows, the same changes and versions.
    other = Shop(tuple((order_id + 1, *rest) for order_id, *rest in shop("base").orders),
                 "2,000 orders")
    conn = opened(ctx)
    page(ctx, conn, args)
    address = id(conn)
    conn.close()
    del conn
    gc.collect()
    tried = []
    try:
        for _ in range(32):  # Python hands out the memory just freed: usually the first try
            tried.append(sqlite3.connect(":memory:", factory=CallersConnection))
            if id(tried[-1]) == address:
                break
        conn = tried.pop()
        with contextlib.closing(other.open(ctx, "yours", conn=conn)):
            want = ctx.call_sync("recent_orders", conn, *args, which="broken")
            got = page(ctx, conn, args)
    finally:
        for spare in tried:
            spare.close()
    if got == want:
        return
    same = "at the same address (id()) as the one closed, " if id(conn) == address else ""
    ctx.fail(f"a caller closed its connection, then opened a new one, {same}to another "
             f"database of as many orders: recent_orders(conn, "
             f"{', '.join(map(repr, args))}) on it: {differs(want, got)}"
             + ("; yours is the answer from the closed connection's database"
                if isinstance(got, list)
                and got == [(order_id - 1, *rest) for order_id, *rest in want] else ""),
             "Python reuses the memory of an object it has freed, so id() of a closed "
             "connection is soon the id() of a new one (and total_changes, data_version "
             "start again alike): an answer kept under id(conn) goes to the wrong "
             "database, another customer's shop",
             "keep nothing between calls: ask the database on every call; an index makes "
             "that cheap")


def check_same_as_starter(ctx):
    """On awkward shops (ties, sparse ids, absent customers, limits 0 to 1,000, dates from 0001 to 9999), the starter's answers."""

    def both(scenario):
        want = scenario.run(ctx, "broken", "broken")
        got = scenario.run(ctx, "yours", "yours")
        if got == want:
            bare = scenario.run(ctx, "yours", "broken")
            if bare != want:
                return want, {"on the starter's table, without your indexes": bare}
        return want, got

    agree(ctx, scenarios(), both, what="recent_orders on this shop",
          nudge="run both versions on that shop: the answer must not depend on which indexes "
                "exist (ask for every order you rely on with ORDER BY, ties included), nor "
                "on a function applied to the values compared")
    well_behaved(ctx)


# --- the caller's connection -------------------------------------------------------------------

def state(conn) -> dict:
    """The connection's settings and the database's schema, statistics and changes so far."""
    logged, steps = len(conn.log), conn.steps

    def rows(sql: str) -> list[tuple]:
        return sorted((tuple(row) for row in conn.execute(sql)), key=repr)

    found = {"isolation_level": conn.isolation_level, "row_factory": conn.row_factory,
             "text_factory": conn.text_factory, "in_transaction": conn.in_transaction,
             "total_changes": conn.total_changes,
             "schema": rows("SELECT type, name, sql FROM sqlite_schema")}
    found.update(sql_probes.pragma_values(conn))
    found.update(more_settings(conn))
    if any(name == "sqlite_stat1" for _, name, _ in found["schema"]):
        found["statistics"] = rows("SELECT * FROM sqlite_stat1")
    del conn.log[logged:]
    conn.steps = steps
    return found


SETS = {"attached databases": ("attached", "detached", "database"),  # (added, gone, what)
        "SQL functions": ("registered", "removed", "SQL function"),
        "collations": ("registered", "removed", "collation")}


def changes(before: dict, after: dict) -> list[str]:
    """What differs between two states, in words."""
    said = []
    for key in [*before, *(key for key in after if key not in before)]:
        old, new = before.get(key), after.get(key)
        if old == new or (key.startswith("PRAGMA ") and "." in key
                          and (key not in before or key not in after)):
            continue  # (a database attached or detached is said once, as such)
        if key == "schema":
            names = {(kind, name): sql for kind, name, sql in old}
            said += [f"created {kind} {name}" for kind, name, _ in new if (kind, name) not in names]
            said += [f"altered {kind} {name}" for kind, name, sql in new
                     if (kind, name) in names and names[kind, name] != sql]
            kept = {(kind, name) for kind, name, _ in new}
            said += [f"dropped {kind} {name}" for kind, name in names if (kind, name) not in kept]
        elif key == "statistics":
            said.append("rewrote the planner's statistics (sqlite_stat1, what ANALYZE writes)")
        elif key == "total_changes":
            said.append(f"changed {new - old} rows")
        elif key == "calls":
            said.append("called " + ", ".join(
                f"{call}{f' {count} times' if count > 1 else ''}"
                for call, count in Counter(new[len(old):]).items()) + " on the connection")
        elif isinstance(old, frozenset) and isinstance(new, frozenset):
            kind = SETS[key]
            said += [f"{kind[0]} {kind[2]} {item}" for item in sorted(new - old)]
            said += [f"{kind[1]} {kind[2]} {item}" for item in sorted(old - new)]
        else:
            said.append(f"changed {key} from {old!r} to {new!r}")
    return said


def caller_in_a_transaction(conn) -> None:
    """The caller works in autocommit mode, opens a transaction and places an order in it."""
    conn.isolation_level = None
    conn.execute("BEGIN")
    conn.execute(INSERT, (10**11 + 1, MANY, "pending", stamp(NOW + timedelta(minutes=1)), 1_250))


# A reader's connection: none of these at its default, so that a setting "put back" to its
# default instead of to the caller's value shows.
READER = {"query_only": 1, "automatic_index": 0, "cache_size": -500, "temp_store": 2,
          "reverse_unordered_selects": 1, "synchronous": 0}


def reader(conn) -> None:
    """The caller reads its rows by column name, its text as bytes, on a connection it made
    read-only and tuned."""
    conn.row_factory = sqlite3.Row
    conn.text_factory = bytes
    for pragma, value in READER.items():
        conn.execute(f"PRAGMA {pragma} = {value}")


class CallersHooks:
    """The caller's own trace callback (its SQL log) and authorizer (a sandbox's, which here
    allows all), set on its connection: after a call, each must still be the one set."""

    def __init__(self, conn):
        self.statements, self.asked = [], [0]
        self.trace = self.statements.append  # kept: a bound method is a new object each time

        def authorize(*_request) -> int:
            self.asked[0] += 1
            return sqlite3.SQLITE_OK

        self.authorize = authorize
        conn.set_trace_callback(self.trace)
        conn.set_authorizer(self.authorize)

    def lost(self, conn, logged: int) -> list[str]:
        """What the caller's hooks on ``conn`` came to, in words, where not as they were set."""
        said = []
        seen = sum(map(reads_orders, self.statements[logged:]))
        for what, now, mine in ((f"trace callback (its SQL log, which saw {seen} of the call's "
                                 "queries on orders)",
                                 conn._theirs, self.trace),
                                ("authorizer", conn._their_authorizer, self.authorize)):
            if now is not mine:
                said.append(f"{'removed' if now is None else 'replaced'} the caller's {what}"
                            + ("" if now is None else f" with {now!r:.60}"))
        return said


def check_connection_left_as_found(ctx):
    """The caller's connection is read as it is (its own new order too) and left as it was, its callbacks too."""
    setups = (("a connection with the default settings, after ANALYZE, on which the caller "
               "logs its SQL (a trace callback) and vets its statements (an authorizer)",
               "yours", True, CallersHooks),
              ("a connection to a database file, with isolation_level=None and a transaction "
               "of its own open, in which the customer just placed an order", "yours", False,
               caller_in_a_transaction),
              ("an older database, made by the starter's create_schema (no index of yours), "
               "on a connection whose row_factory is sqlite3.Row and text_factory bytes, "
               "made read-only (PRAGMA "
               "query_only = 1) and tuned (" + ", ".join(f"{pragma} = {value}" for pragma, value
                                                        in list(READER.items())[1:]) + ")",
               "broken", False, reader))
    held = []  # weak references to the caller's connections, closed and dropped after use
    for label, made_by, analyze, setup in setups:
        # On a file, another connection could open the same database: it misses the order.
        on_file = setup is caller_in_a_transaction
        with tempfile.TemporaryDirectory(prefix="lesson16-") as folder, contextlib.closing(
                opened(ctx, which=made_by, analyze=analyze,
                       path=Path(folder) / "shop.db" if on_file else ":memory:")) as conn:
            held.append(weakref.ref(conn))
            hooks = setup(conn) if setup else None
            args = QUERIES["many"][0]
            want = ctx.call_sync("recent_orders", conn, *args, which="broken")
            before = state(conn)
            _opened.clear()
            logged = len(hooks.statements) if hooks else 0
            got = answer(ctx, conn, args)
            others = list(_opened)  # the connections the call opened of its own
            lost = hooks.lost(conn, logged) if hooks else []
            try:
                after = state(conn)
            except sqlite3.ProgrammingError as error:
                ctx.fail(f"after the call, the caller's connection said: {error}",
                         "the connection is the caller's, who still has work to do on it",
                         "leave it open: closing it is its owner's job")
        # The rows the caller's row_factory makes (a caller that set sqlite3.Row reads
        # row["total_cents"]), as the starter's are: their kind first, then their values.
        kinds = {type(row).__name__ for row in got} if isinstance(got, list) else set()
        wanted = {type(row).__name__ for row in want}
        if want and kinds and kinds != wanted:
            ctx.fail(f"on {label}: yours returned {', '.join(sorted(kinds))} rows, the starter "
                     f"{', '.join(sorted(wanted))} rows",
                     "the rows are what the caller's connection makes: a caller that set "
                     "conn.row_factory = sqlite3.Row reads its columns by name "
                     "(row['total_cents']), and a plain tuple raises TypeError there",
                     "run the query on conn (or a cursor of it) as it is, and return its rows "
                     "as they come: no row_factory of yours, no conversion")
        # ... their keys (a caller reads row["created_at"]) and their values' types (a caller
        # whose text_factory is bytes gets bytes), as the starter's are
        keys = [row.keys() for row in got if isinstance(row, sqlite3.Row)] \
            if isinstance(got, list) else []
        wanted = [row.keys() for row in want if isinstance(row, sqlite3.Row)]
        if keys and wanted and keys[0] != wanted[0]:
            ctx.fail(f"on {label}: your sqlite3.Row rows have the keys {keys[0]}, the "
                     f"starter's {wanted[0]}",
                     "the caller reads its rows by column name (row['created_at']): under "
                     "other names that raises IndexError (PRAGMA full_column_names and "
                     "short_column_names rename every result column the connection returns, "
                     "the caller's later queries' too)",
                     "run the starter's SELECT on conn as it is: no column-name PRAGMA")
        types = [[type(value).__name__ for value in row] for row in got] \
            if isinstance(got, list) else []
        wanted = [[type(value).__name__ for value in row] for row in want]
        if types and wanted and types[0] != wanted[0]:
            ctx.fail(f"on {label}: your first row holds {', '.join(types[0])} values, "
                     f"the starter's {', '.join(wanted[0])} ({tuple(got[0])!r:.100})",
                     "the rows are what the caller's connection makes: this caller set "
                     "conn.text_factory = bytes and reads its text as bytes, and a "
                     "text_factory of yours changes that (left set, for every later query of "
                     "the caller's too)",
                     "run the query on conn as it is and return its rows as they come: no "
                     "text_factory of yours, no conversion")
        if isinstance(got, list):
            got = [tuple(row) if isinstance(row, sqlite3.Row) else row for row in got]
        want = [tuple(row) for row in want]
        if got != want:
            ctx.fail(f"on {label}: {differs(want, got)}",
                     "the page must read the database as this connection sees it, the order "
                     "the customer just placed included",
                     "query the `conn` passed in as it is: it may be in a transaction of the "
                     "caller's, and a read needs no BEGIN, COMMIT or SAVEPOINT of its own"
                     if isinstance(got, str) else
                     "query the `conn` passed in, not a connection of your own")
        ctx.expect(not others,
                   f"on {label}, recent_orders opened {len(others)} connection(s) of its own",
                   "a new connection per page is a cost of its own, and it does not see the "
                   "caller's transaction",
                   "use the connection passed in")
        ctx.expect(not lost,
                   f"on {label}, the call {'; '.join(lost)}",
                   "a connection holds one trace callback and one authorizer, and the sqlite3 "
                   "module has no getter for either: setting yours replaces the caller's (its "
                   "query log or statement counter; a sandbox's authorizer that hides a column "
                   "or refuses ATTACH), which then misses your query, and setting None removes "
                   "it for every statement the caller runs afterwards",
                   "leave the connection's callbacks alone: no set_trace_callback, "
                   "set_authorizer or set_progress_handler in recent_orders (to watch your SQL "
                   "while you work, set a trace callback on a connection of your own, in a cell)")
        changed = changes(before, after)
        schema = any(change.startswith(("created", "altered", "dropped")) for change in changed)
        pragmas = any(change.startswith("changed PRAGMA") for change in changed)
        reset = [pragma for pragma in READER if setup is reader
                 and before[f"PRAGMA {pragma}"] != after[f"PRAGMA {pragma}"]]
        ctx.expect(not changed,
                   f"on {label}, the call {'; '.join(changed)}",
                   "recent_orders is a read: it must write nothing (no index, no ANALYZE, "
                   "no commit) and leave the caller's connection as it was"
                   + (". A statement that changes the schema takes SQLite's write lock on the "
                      "page view that runs it (a CREATE INDEX IF NOT EXISTS: each view that finds "
                      "the index missing), fails on a read-only connection, and joins whatever "
                      "transaction the caller has open: the caller's rollback takes the index "
                      "away again" if schema else "")
                   + (("; a setting set back to its default is not set back to the caller's "
                       "value: " + ("a connection the caller made read-only comes back "
                                    "writable" if "query_only" in reset else
                                    "one it tuned comes back untuned"))
                      if reset else
                      "; a PRAGMA holds for the connection, not for your call: every later "
                      "query of the caller's runs under your setting" if pragmas else "")
                   + "".join(f"; {effect}" for pattern, effect in SETTING_EFFECTS.items()
                             if any(re.fullmatch(pattern, change) for change in changed)),
                   "create indexes in create_schema, once; leave the connection's settings "
                   "and transaction alone"
                   + (" (a PRAGMA you change, read it first and restore the value you read, "
                      "on every path)" if pragmas else ""))
    del conn
    gc.collect()
    kept = sum(ref() is not None for ref in held)
    ctx.expect(not kept,
               f"the caller closed and dropped the {len(held)} connections it had passed to "
               f"recent_orders: {kept} of them stayed in memory, held by your module",
               "each connection ever passed in stays alive, with all it holds (one the caller "
               "drops without closing keeps its database file open), and what holds them "
               "grows with every connection: a leak in a web app that opens one per request",
               "keep nothing of the connection once the call returns: a cursor, a statement "
               "or a dict keyed on the connection lives as long as the module")
    stopped_by_callers_deadline(ctx)
    well_behaved(ctx)


def stopped_by_callers_deadline(ctx) -> None:
    """The caller's own progress handler (its deadline) stops the query, on a shop without your
    index: whatever is raised, the connection is left as it was, no transaction of the call's
    left open (nor its lock on the file), the caller's handler still set."""
    args = QUERIES["many"][0]
    with tempfile.TemporaryDirectory(prefix="lesson16-") as folder, contextlib.closing(
            opened(ctx, which="broken", path=Path(folder) / "shop.db")) as conn:
        calls = []

        def deadline() -> int:  # the caller's: stop any query past 300 steps of this call
            calls.append(1)
            return int(len(calls) > 3)

        before = state(conn)
        conn.set_progress_handler(deadline, 100)
        with contextlib.suppress(ExerciseBroken):  # it raises, as the starter does
            ctx.call_sync("recent_orders", conn, *args)
        _calls[0] += 1  # a call of this check run too: page() numbers the calls after it
        kept = conn._their_handler is deadline
        conn.set_progress_handler(None, 0)
        after = state(conn)
    changed = changes(before, after)
    if kept and not changed:
        return
    ended = any(change.startswith("changed in_transaction") for change in changed)
    wrote = any(not change.startswith("changed in_transaction") for change in changed)
    ctx.fail("when the caller's own progress handler (its deadline) stopped the query, the "
             "call " + "; ".join(changed + ([] if kept else ["replaced or removed the caller's "
                                                            "progress handler"])),
             "the connection is the caller's: "
             + "; ".join(["a transaction the call opened and never ended keeps SQLite's lock on "
                          "the file (every other connection's write then fails with 'database "
                          "is locked')"] * ended
                         + ["recent_orders is a read, on every call: whatever it writes, even "
                            "once every so many calls, takes SQLite's write lock on the call "
                            "that runs it and fails on a read-only connection, and statistics "
                            "rewritten behind the caller's back change the plans of all its "
                            "queries"] * wrote
                         + ["a progress handler is the caller's way to stop a query: the "
                            "sqlite3 module has no getter, so removing 'yours' removes the "
                            "caller's"] * (not kept)),
             "run the query on conn as it is: no SAVEPOINT or BEGIN of yours (a single SELECT "
             "is consistent by itself), no progress handler set or removed, nothing written "
             "(ANALYZE and PRAGMA optimize belong to create_schema or to a job of their own)")


# --- callers set up otherwise ------------------------------------------------------------------

# sqlite3's adapters and converters before your module was loaded (the check module is imported
# first): the process's, which every connection in it binds and reads values through.
ADAPTERS, CONVERTERS = dict(sqlite3.adapters), dict(sqlite3.converters)
SAMPLES = {datetime: datetime(2024, 5, 1), date: date(2024, 5, 1)}


def bound(adapter, value) -> str:
    """What ``adapter`` makes of ``value``, in words."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Python 3.12 deprecates sqlite3's own date adapters
        try:
            return repr(adapter(value))
        except Exception as error:
            return f"an error ({type(error).__name__})"


def adapters_kept(ctx) -> None:
    """Fail if loading or calling your module registered a sqlite3 adapter or converter."""
    ctx.module()
    said = []
    for key in dict.fromkeys([*ADAPTERS, *sqlite3.adapters]):
        old, new = ADAPTERS.get(key), sqlite3.adapters.get(key)
        if old is new:
            continue
        kind = key[0] if isinstance(key, tuple) else key
        name = getattr(kind, "__name__", repr(kind))
        sample = SAMPLES.get(kind)
        said.append(f"sqlite3.register_adapter({name}, ...)"
                    + (f": {name}{sample.timetuple()[:3]!r} now binds as {bound(new, sample)}, "
                       f"where sqlite3's own adapter gave {bound(old, sample)}"
                       if sample is not None and old is not None and new is not None else ""))
    said += [f"sqlite3.register_converter({name!r}, ...)"
             for name in dict.fromkeys([*CONVERTERS, *sqlite3.converters])
             if CONVERTERS.get(name) is not sqlite3.converters.get(name)]
    ctx.expect(not said,
               "with your module loaded, sqlite3's module-wide tables had changed: "
               + "; ".join(said),
               "register_adapter and register_converter are the whole process's, not your "
               "module's: from the moment it is imported, every connection in the app binds "
               "(or reads) those values your way, for every table. An ISO datetime "
               "(isoformat()'s 'T' between date and time) sorts after every "
               "'YYYY-MM-DD HH:MM:SS' of the same day, as created_at is stored: a `since` of "
               "midnight then drops that whole day's orders from the page, and orders the app "
               "stores from datetimes elsewhere sort apart from the others",
               "register nothing: recent_orders takes `since` as text, as the docstring says "
               "(a caller holding a datetime formats it: since.strftime('%Y-%m-%d %H:%M:%S'))")


def answered(ctx, conn, args, which: str, watched: bool = True):
    """recent_orders(conn, *args) of ``which``: its rows, or what it raised, in words; watched
    as page() watches yours, or only called (where the caller's handler must see the call's
    statements alone)."""
    try:
        got = answer(ctx, conn, args, which) if watched else \
            ctx.call_sync("recent_orders", conn, *args, which=which)
    except ExerciseBroken as error:  # the starter's own error, where the caller stops it
        got = "raised " + str(error).split(" raised ", 1)[-1][:200]
    return got.rstrip(". ") if isinstance(got, str) else got


def same_answers(ctx, conn, label: str, meaning: str, nudge: str) -> None:
    """Fail where yours answers otherwise than the starter on ``conn``, as it is."""
    for args in (QUERIES["many"][0], QUERIES["all"][0], (MANY, "", 3)):
        want, got = answered(ctx, conn, args, "broken"), answered(ctx, conn, args, "yours")
        if got != want:
            ctx.fail(f"on {label}, {call(args)}: {differs(want, got)}", meaning, nudge)


def stopped_once(ctx, conn, which: str):
    """The caller's request timeout cancels the call once (as conn.interrupt() does): its
    progress handler says stop the first time SQLite calls it."""
    stops = []

    def cancel() -> int:
        stops.append(1)
        return int(len(stops) == 1)

    conn.set_progress_handler(cancel, 1)
    try:
        return answered(ctx, conn, QUERIES["many"][0], which, watched=False)
    finally:
        conn.set_progress_handler(None, 0)


@contextlib.contextmanager
def timed_waits_held():
    """The timed waits (threading.Condition.wait with a timeout: threading.Timer, Event.wait,
    Future.result(timeout)...) of the threads started in the block last until ``let_pass()``
    is called, as if that much time had gone by, then end as timed out: whatever the timeout,
    the query is still running when it ends. A wait that is notified (a Timer cancelled) ends
    as usual. Yields (let_pass, the threads started since)."""
    before = set(threading.enumerate())
    original, gate = threading.Condition.wait, threading.Event()

    def chosen() -> bool:
        thread = threading.current_thread()
        return thread not in before and not thread.name.startswith("coursekit")

    def wait(self, timeout=None):
        if timeout is None or not chosen():
            return original(self, timeout)
        for _ in range(5_000):  # at most about 5 s, should the gate never open
            if gate.is_set():
                break
            if original(self, 0.001):
                return True
        return original(self, 0)

    def started() -> list:
        return [thread for thread in threading.enumerate()
                if thread not in before and not thread.name.startswith("coursekit")]

    threading.Condition.wait = wait
    try:
        yield gate.set, started
    finally:
        gate.set()
        threading.Condition.wait = original


def held_a_while(ctx, conn, which: str):
    """A page that takes long: the caller's own progress handler holds the query while the
    threads the call started have their timed waits run out (a timer of a second, or of an
    hour, fires), and waits for those threads. Returns the answer and how many there were."""
    with timed_waits_held() as (let_pass, started):
        held: list = []

        def slow() -> int:
            if not held and started():
                held.extend(started())
                let_pass()
                for thread in held:
                    thread.join(2)
            return 0

        conn.set_progress_handler(slow, 1)
        try:
            return answered(ctx, conn, QUERIES["many"][0], which, watched=False), len(held)
        finally:
            conn.set_progress_handler(None, 0)


def check_other_callers(ctx):
    """Callers set up otherwise get the starter's answer: a shop ATTACHed, reverse_unordered_selects on, a cancel, a slow page, a file replaced at the same path; sqlite3's adapters left alone."""
    adapters_kept(ctx)
    with tempfile.TemporaryDirectory(prefix="lesson16-", ignore_cleanup_errors=True) as folder:
        path = Path(folder) / "shop.db"
        opened(ctx, path=path).close()
        with contextlib.closing(sqlite3.connect(":memory:", factory=CallersConnection)) as conn:
            conn.execute("ATTACH DATABASE ? AS shop", (str(path),))
            same_answers(ctx, conn, "a connection to the app's own database (in memory) on "
                         "which the shop's file, made by your create_schema, is ATTACHed as "
                         "`shop`",
                         "the query reads the `orders` the caller's connection resolves, as "
                         "the starter's does: a shop kept in an attached database (beside the "
                         "app's settings, a replica, one file per tenant) is found by its "
                         "name alone, and `main.orders` names a table that is not there",
                         "name the table as the starter does, `orders`, with no schema before it")
    with contextlib.closing(opened(ctx)) as conn:
        conn.execute("PRAGMA reverse_unordered_selects = 1")
        same_answers(ctx, conn, "a shop of 2,000 orders made by your create_schema, on a "
                     "connection with PRAGMA reverse_unordered_selects = 1 (test suites set it "
                     "to find code that relies on an order SQL never promised)",
                     "without an ORDER BY, SQL promises no order: the rows come as the plan "
                     "happens to read them, and this setting (or another plan: after ANALYZE, "
                     "with another index, on a newer SQLite) reads them the other way. With a "
                     "LIMIT that is another page, not only another order: the oldest orders "
                     "since `since` instead of the newest",
                     "keep the starter's `ORDER BY created_at DESC, id DESC`: with the right "
                     "index SQLite sorts nothing, it reads the index in that order")
        want, got = (stopped_once(ctx, conn, which) for which in ("broken", "yours"))
        ctx.expect(not isinstance(want, str) or isinstance(got, str),
                   "the caller cancelled the page once, as conn.interrupt() from its request "
                   "timeout does (its progress handler said stop the first time SQLite called "
                   f"it): the starter {want}; yours "
                   + (f"returned {len(got)} orders" if isinstance(got, list) else repr(got)),
                   "a cancel is the caller's: it stops the page, and the error tells the "
                   "caller so. An `except sqlite3.OperationalError` of yours that runs the query "
                   "again catches 'interrupted' too (and 'database is locked', 'disk I/O "
                   "error'): the cancelled page runs again to its end, and a stuck request "
                   "holds on twice as long",
                   "run one query and let its errors reach the caller: no except around it that "
                   "runs the query again")
        (want, _), (got, threads) = (held_a_while(ctx, conn, which)
                                     for which in ("broken", "yours"))
        ctx.expect(isinstance(got, list) or not isinstance(want, list),
                   "the caller's connection was slow (its own progress handler held the query "
                   f"until the timed waits of the {threads} thread{'s' * (threads != 1)} your "
                   "call had started had run out: a timer of a second, or of an hour, fired "
                   f"while the query still ran): {call(QUERIES['many'][0])}: "
                   f"yours {got}; the starter returned {len(want)} orders",
                   "a page may take longer than you expect (a loaded machine, a cold disk, a "
                   "network file system, the caller's own progress handler or trace callback), "
                   "and how long to wait is the caller's to decide: a deadline of yours that "
                   "calls conn.interrupt() fails pages that were only slow, stops whatever else "
                   "runs on the connection at that moment, in any thread, and costs a thread "
                   "per page",
                   "set no deadline in recent_orders (no threading.Timer, no conn.interrupt()): "
                   "a caller that wants one sets its own")
    replaced_at_same_path(ctx)
    well_behaved(ctx)


def replaced_at_same_path(ctx) -> None:
    """A shop's file, then another one at the same path (a backup restored, made by the
    starter's create_schema: no index of yours): each new connection gets its own file's answer."""
    args = QUERIES["many"][0]
    with tempfile.TemporaryDirectory(prefix="lesson16-", ignore_cleanup_errors=True) as folder:
        path = Path(folder) / "shop.db"
        with contextlib.closing(opened(ctx, path=path)) as conn:
            answered(ctx, conn, args, "yours")
        path.unlink()
        with contextlib.closing(opened(ctx, which="broken", path=path)) as conn:
            want, got = answered(ctx, conn, args, "broken"), answered(ctx, conn, args, "yours")
    if got == want:
        return
    ctx.fail("a shop's database file was replaced at the same path by an older one (a backup "
             "restored, made by the starter's create_schema: no index of yours), and the "
             f"caller opened a new connection to it: {call(args)}: {differs(want, got)}",
             "a file at the same path is not the same database: what your module keeps "
             "about a file's schema under its path (or its name) holds for the old file, "
             "so every page fails ('no such index') or keeps the old plan until the process "
             "restarts, and what it keeps grows by one entry for every database file the "
             "process ever opens",
             "keep nothing between calls: run the starter's query as it is, and SQLite uses "
             "the index by itself where it exists")


# --- what SQLite did: plans and steps on the three measured shops ------------------------------


@dataclass
class Observed:
    steps: dict  # (shop, analyzed, query): VM steps of the call
    plans: dict  # (shop, analyzed, query): the plans of the statements on orders it ran
    reads: dict  # (shop, analyzed, query): how many statements on orders it ran
    elsewhere: int  # statements run on other connections the calls opened
    counted: bool  # the step count and the statement log stayed on
    indexes: dict = None  # name: CREATE statement, of each index on orders create_schema made
    # The calls of the check run before whose query on orders differs from the four pages':
    # args, and (shop, analyzed, args): the plans and the VM steps of that call again, here
    others: list = field(default_factory=list)
    other_plans: dict = field(default_factory=dict)
    other_steps: dict = field(default_factory=dict)


_observed: list = []  # this check run's observations, shared by the plan and steps checks


def reads_orders(sql: str) -> bool:
    return sql_probes.keyword(sql) in {"SELECT", "WITH", "VALUES"} and \
        re.search(r"\borders\b", sql, re.I) is not None


def plans_of(conn, statements) -> list:
    """The plans of the statements that read orders (any that cannot be explained left out)."""
    plans = []
    for statement in statements:
        if reads_orders(statement.sql):
            with contextlib.suppress(sqlite3.Error):
                plans.append(sql_plan.explain(conn, statement.sql))
    return plans


OTHERS = 8  # the other kinds of query measured, at most (one call each)


def observe(ctx) -> Observed:
    """Each measured query on each shop, without statistics, then after ANALYZE; and again each
    call of the check run so far that ran a query of another kind than theirs."""
    if _observed:
        return _observed[0]
    seen = Observed({}, {}, {}, 0, True)
    ran = dict(_ran)  # the kinds of query run before, and the call that first ran each
    for name in SHOPS:
        with contextlib.closing(opened(ctx, name=name)) as conn:
            before = quietly(conn, settings)
            if seen.indexes is None:
                with conn.paused():
                    seen.indexes = dict(conn.execute(
                        "SELECT name, coalesce(sql, '(from a UNIQUE constraint)') FROM "
                        "sqlite_schema WHERE type = 'index' AND tbl_name = 'orders'"))
            for analyzed in (False, True):
                if analyzed:
                    well_behaved(ctx)  # before the check writes to it again
                    settings_kept(ctx, conn, before, f"on {where(name, False)}")
                    with conn.paused():
                        conn.execute("ANALYZE")
                for key, (args, *_) in QUERIES.items():
                    steps, logged = conn.steps, len(conn.log)
                    page(ctx, conn, args)
                    seen.steps[name, analyzed, key] = conn.steps - steps
                    seen.elsewhere += sum(len(other.log) for other in _opened)
                    seen.plans[name, analyzed, key] = plans_of(conn, conn.log[logged:])
                    seen.reads[name, analyzed, key] = sum(
                        map(reads_orders, (statement.sql for statement in conn.log[logged:])))
                if name == "base" and not analyzed:  # the pages' own kinds of query known now
                    pages = {sql_probes.template(plan.sql) for plans in seen.plans.values()
                             for plan in plans}
                    seen.others = list(dict.fromkeys(
                        args for kind, (args, _) in ran.items() if kind not in pages))[:OTHERS]
                for args in seen.others:  # a big limit, an old `since`: its query here too
                    steps, logged = conn.steps, len(conn.log)
                    page(ctx, conn, args)
                    seen.other_steps[name, analyzed, args] = conn.steps - steps
                    seen.other_plans[name, analyzed, args] = plans_of(conn, conn.log[logged:])
            seen.counted &= conn.still_counting() and conn.still_traced()
    _observed.append(seen)
    return seen


def entered_by(plan) -> list[str]:
    """What each SEARCH of orders through an index goes in by: the brackets of
    `SEARCH orders USING [COVERING] INDEX name (customer_id=? AND created_at>?)`."""
    names = {"orders", *sql_plan.aliases(plan.sql, "orders")}
    # (an index's quoted name may hold spaces and brackets: the last bracket is the search's)
    pattern = r"SEARCH (?:TABLE )?(\S+) USING (?:COVERING )?INDEX .+ \(([^()]*)\)"
    return [match.group(2) for detail in plan.details
            if (match := re.fullmatch(pattern, detail)) and match.group(1).lower() in names]


def searches_both(plan) -> bool:
    """Whether every SEARCH of orders in ``plan`` goes in by the customer and the date."""
    keys = entered_by(plan)
    return bool(keys) and all(re.search(r"\bcustomer_id=", key) and "created_at" in key
                              for key in keys)


def where(name: str, analyzed: bool) -> str:
    return f"a shop of {SHOPS[name][2]}{', after ANALYZE' if analyzed else ''}"


def check_plan(ctx):
    """EXPLAIN QUERY PLAN: no SCAN of orders, no temporary B-tree for any part of the ORDER BY, with or without ANALYZE."""
    seen = observe(ctx)
    well_behaved(ctx)
    ctx.expect(seen.counted,
               "SQLite's progress handler or trace callback was switched off during the call",
               "the check sees the statements and counts SQLite's work through them",
               "leave the connection's handlers alone: a connection holds one progress handler "
               "and one trace callback, and one of yours replaces the caller's")
    ctx.expect(all(seen.plans.values()),
               "recent_orders ran no SELECT on orders through the connection it was given"
               + (f" ({seen.elsewhere} statements on a connection of its own)"
                  if seen.elsewhere else ""),
               "the caller's connection is the database the page must read: another one "
               "misses its transaction, and answers kept in Python go stale",
               "query the `conn` passed in, on every call")
    asked = [(name, analyzed, f"your query ({QUERIES[key][1]})", "", plans)
             for (name, analyzed, key), plans in seen.plans.items()]
    asked += [(name, analyzed, f"the query that {call(args)} runs, which is not the four "
               "pages' (the check made that call earlier in this run, and again here)",
               "; and this query is one your recent_orders runs only for some calls, such as "
               f"that one: {'every export or long history page' if args[2] > 100 else 'every such page'}"
               " pays for it, though with the index a page costs only about the orders it "
               "returns, whatever the limit", plans)
              for (name, analyzed, args), plans in seen.other_plans.items()]
    for name, analyzed, query, branch, plans in asked:
        for plan in plans:
            scans, sorts = plan.full_scans("orders"), plan.sorts("ORDER BY")
            ties = plan.partial_sorts("ORDER BY")
            if not scans and not sorts and not ties:
                continue
            observed = (f"on {where(name, analyzed)}, SQLite's plan for {query} is\n"
                        + (f"{plan.sql[:300]}\n" if branch else "") + plan.text())
            if scans:
                ctx.fail(observed,
                         f"`{scans[0]}` reads every order in the shop to find one customer's: "
                         "the page's work grows with the whole shop"
                         + (", and `USE TEMP B-TREE FOR ORDER BY` sorts the matches before "
                            "returning the first" if sorts else "") + branch,
                         "run the same query for every call, the starter's, whatever the limit "
                         "or the date: the index serves big pages as it serves small ones (no "
                         "NOT INDEXED, INDEXED BY or other query of yours for some calls)"
                         if branch else
                         "give the orders table, in create_schema, an index that leads SQLite "
                         "straight to one customer's orders; EXPLAIN QUERY PLAN then says "
                         "`SEARCH orders USING INDEX ...`")
            keys = entered_by(plan)
            if not sorts and keys and not any(re.search(r"\bcustomer_id=", key) for key in keys):
                ctx.fail(observed,
                         f"the index is entered by `({keys[0]})`, without the customer: SQLite "
                         "walks through other customers' orders in that range of dates, "
                         "checking the customer on each, so the page's work grows with the "
                         f"number of customers in the shop (and `{ties[0]}` then sorts each "
                         "second's orders by id)" + branch,
                         "in the index, put first the column the query compares with `=` "
                         "(customer_id), then the range's column (created_at): the brackets "
                         "after `USING INDEX` then say `customer_id=? AND created_at>?`")
            if not sorts:
                ctx.fail(observed,
                         f"`{ties[0]}`: the index hands the orders over by created_at, but "
                         "within one second in another order than the query's (id DESC), so "
                         "SQLite sorts every group of orders placed in the same second: a "
                         "customer with a thousand orders in one second (an import, a split "
                         "order) costs a thousand, whatever the limit" + branch,
                         "after the columns the query filters and sorts by, an index holds "
                         "the rowid (id) in ascending order: leave created_at ascending, or "
                         "say how id is ordered, and put no other column before it")
            ctx.fail(observed,
                     "SQLite finds the customer's orders through an index, then collects all "
                     "of them since `since` into a temporary B-tree and sorts them before it "
                     "can return the first: the work grows with the customer's history, "
                     "whatever the limit" + branch,
                     "an index can hand the rows over already sorted if its columns come in "
                     "the order the query filters, then sorts")


def steps_table(seen: Observed, analyzed: bool) -> str:
    heads = ["VM steps per call"] + [SHOPS[name][3] for name in SHOPS]
    rows = [[short] + [f"{seen.steps[name, analyzed, key]:,}" for name in SHOPS]
            for key, (*_, short) in QUERIES.items()]
    widths = [max(len(row[n]) for row in [heads, *rows]) for n in range(len(heads))]
    return "\n".join("  ".join(cell.ljust(width) if n == 0 else cell.rjust(width)
                               for n, (cell, width) in enumerate(zip(row, widths, strict=True)))
                     for row in [heads, *rows])


GREW = {
    "wide": "the work grows with the other customers' orders: SQLite walks through orders "
            "that are not this customer's to find those that are",
    "deep": "the work grows with this customer's older orders: before it has the newest "
            "few, SQLite reads orders from before `since`, or all of the customer's orders "
            "to sort them, or, with no LIMIT in the SQL, every match, for code that fetches "
            "them all (a slice after fetchall())",
}
SEARCH_BOTH = ("read EXPLAIN QUERY PLAN for your query: the brackets after `USING INDEX` name "
               "what the index searches on, and both the customer and the date should be "
               "there. A function around a column, or an index with its columns in another "
               "order, leaves part of the search to a walk through rows")


def check_steps(ctx):
    """SQLite's VM steps per call stay about the same (3x at most) for 10x the customers and 10x their history (any other query your function ran: for 10x the customers)."""
    seen = observe(ctx)
    ctx.record(steps_2k_orders=seen.steps["base", False, "many"],
               steps_20k_orders=seen.steps["wide", False, "many"])
    for analyzed in (False, True):
        for big in ("wide", "deep"):
            for key in QUERIES:
                small = seen.steps["base", analyzed, key]
                large = seen.steps[big, analyzed, key]
                plans = seen.plans[big, analyzed, key]
                limitless = big == "deep" and bool(plans) and not any(
                    re.search(r"\bLIMIT\b", plan.sql, re.I) for plan in plans)
                nudge = SEARCH_BOTH
                if limitless:
                    nudge = ("your SQL on orders has no LIMIT: keep the WHERE, the ORDER BY and "
                             "`LIMIT ?` in it, as the starter has them, so SQLite stops at the "
                             "newest few; without one it hands over matches for as long as your "
                             "code fetches them"
                             + ("" if all(map(searches_both, plans)) else f". And {SEARCH_BOTH}"))
                ctx.expect(large <= GROWTH * max(small, 20),
                           f"on shops of 2,000 and 20,000 orders"
                           f"{', after ANALYZE' if analyzed else ''}, SQLite ran "
                           f"{small:,} and {large:,} VM steps for {QUERIES[key][1]} "
                           f"({large / max(small, 1):.1f}x). On each shop ({SHAPES}):\n"
                           f"{steps_table(seen, analyzed)}",
                           f"{GREW[big]}. An index that serves this query (its WHERE, ORDER "
                           "BY and LIMIT) takes about the same steps on any size of shop",
                           nudge)
        for args in seen.others:  # their answers are the same on both shops: MANY's, FEW's, none
            small = seen.other_steps["base", analyzed, args]
            large = seen.other_steps["wide", analyzed, args]
            plans = seen.other_plans["wide", analyzed, args]
            ctx.expect(large <= GROWTH * max(small, 20),
                       f"on shops of 2,000 and 20,000 orders (10x the customers)"
                       f"{', after ANALYZE' if analyzed else ''}, SQLite ran {small:,} and "
                       f"{large:,} VM steps for {call(args)} ({large / max(small, 1):.1f}x), a "
                       "call made earlier in this check run whose query on orders is not the "
                       "four pages'" + "".join(f"\n{plan.sql[:300]}\n{plan.text()}"
                                               for plan in plans[:2]),
                       f"{GREW['wide']}. That query is one your recent_orders runs only for some "
                       "arguments, and every such call pays for the other customers' orders; "
                       "with an index that serves it, it takes about the same steps whatever "
                       "the number of other customers",
                       "run the same query for every call (the starter's WHERE, ORDER BY and "
                       f"LIMIT ?), whatever the limit or the date. And {SEARCH_BOTH}")


def check_one_query(ctx):
    """recent_orders runs as many queries for 5 orders, or 1,500, as for none: no query per order, no page read in pieces."""
    seen = observe(ctx)
    well_behaved(ctx)
    for (name, analyzed, key), reads in seen.reads.items():
        none = seen.reads[name, analyzed, "absent"]
        ctx.expect(reads <= none,
                   f"on {where(name, analyzed)}, recent_orders ran {reads} queries on orders "
                   f"for {QUERIES[key][1]}, {none} for {QUERIES['absent'][1]}",
                   "a query per order on the page is lesson 07's N+1: on a database server "
                   "each one is a round trip, and the page is pieced together from reads at "
                   "different moments (an order changed in between shows half old, half new)",
                   "one SELECT that returns every column the page shows, as the starter's does")
    most, args, number = _most_reads[0]
    none = max(reads for (*_, key), reads in seen.reads.items() if key == "absent")
    ctx.expect(most <= max(none, 1),
               f"call {number} of recent_orders in this check run, {call(args)}, ran {most} "
               f"queries on orders; a call for {QUERIES['absent'][1]} ran {none}",
               "each statement run outside a transaction reads the database as it is at that "
               "moment, and another connection's commit can land between two of them: a page "
               "pieced together from several reads (chunks of a big page, ids first and then "
               "the rows) returns an order twice when it is re-dated in between, or misses one "
               "deleted in between, where the starter's one SELECT reads one moment. (And a "
               "list of ids bound one `?` each fails past the connection's "
               "SQLITE_LIMIT_VARIABLE_NUMBER)",
               "run one SELECT with the starter's WHERE, ORDER BY and `LIMIT ?` for every "
               "call, whatever the limit: with the index, a page of 1,500 orders costs only "
               "the rows it returns")


def used_indexes(seen: Observed) -> set[str]:
    """The indexes SQLite named in any plan of the measured queries."""
    names = sorted(seen.indexes or {}, key=len, reverse=True)  # "a b" before "a"
    details = [detail for plans in [*seen.plans.values(), *seen.other_plans.values()]
               for plan in plans for detail in plan.details]
    # A quoted name may hold spaces and brackets ("orders newest"): SQLite writes it as it is,
    # so each index of create_schema's is looked for by its whole name, then any other name.
    used = {name for name in names for detail in details
            if re.search(rf"USING (?:COVERING )?INDEX {re.escape(name)}(?: \(|$)", detail)}
    return used | {match.group(1) for detail in details
                   if not any(re.search(rf"INDEX {re.escape(name)}(?: \(|$)", detail)
                              for name in names)
                   and (match := re.search(r"USING (?:COVERING )?INDEX (\S+)", detail))}


def check_no_unused_index(ctx):
    """Every index create_schema makes is one the query's plan uses: none that only costs writes."""
    seen = observe(ctx)
    used = used_indexes(seen)
    unused = {name: sql for name, sql in (seen.indexes or {}).items() if name not in used}
    count = sum(map(len, [*seen.plans.values(), *seen.other_plans.values()]))
    others = f" and {len(seen.others)} other calls" if seen.others else ""
    ctx.expect(not unused,
               f"create_schema made {len(seen.indexes)} indexes on orders; SQLite used "
               f"{', '.join(sorted(used)) or 'none'} in the {count} plans of your query (four "
               f"pages{others} on three shops, with and without ANALYZE) and never "
               + "; ".join(f"{name}: {sql}" for name, sql in sorted(unused.items())),
               "an index no query uses serves nothing, yet every order placed or deleted, "
               "and every change to a column it holds, updates it: one more B-tree written on "
               "those writes, forever",
               "keep the one index the page's plan goes through (EXPLAIN QUERY PLAN names it) "
               "and drop the others: one on a prefix of its columns, or on other columns, "
               "adds cost and no speed here")


# --- the race and the cost on writes (shown, not decided on) -----------------------------------

BATCH = 30  # account pages per timed run
NEW_ORDERS = 500  # orders placed to measure the cost of each write


def write_steps(ctx, which: str) -> float:
    """VM steps per order placed, into ``which``'s table of 2,000 orders."""
    rng = random.Random(5)
    orders = [(10**11 + n, rng.choice([MANY, FEW]), "paid", stamp(NOW + timedelta(seconds=n)),
               n) for n in range(NEW_ORDERS)]
    with contextlib.closing(opened(ctx, which)) as conn:
        before = conn.steps
        with conn:
            conn.executemany(INSERT, orders)
        return (conn.steps - before) / NEW_ORDERS


def steps_of(ctx, conn, counter, which: str) -> int:
    """VM steps of one account page (the "many" query) on ``conn``, counted by ``counter``."""
    before = counter.steps
    ctx.call_sync("recent_orders", conn, *QUERIES["many"][0], which=which)
    return counter.steps - before


def race(ctx) -> int:
    """BATCH account pages on the shop of 20,000 orders, on connections without probes;
    then the starter's VM steps for one page there."""
    pages = [(customer, SINCE, 10) for _, customer, *_ in shop("wide").orders[:BATCH]]
    functions = {which: ctx.function("recent_orders", which) for which in ("broken", "yours")}
    conns = {}
    try:
        for which in functions:
            conns[which] = sqlite3.connect(":memory:")
            ctx.call_sync("create_schema", conns[which], which=which)
            with conns[which]:
                conns[which].executemany(INSERT, shop("wide").orders)
        for which in functions:  # each page once, guarded: the timed runs repeat these calls
            for page in pages:
                ctx.call_sync("recent_orders", conns[which], *page, which=which)
        with ctx.watch("recent_orders", 20):
            ctx.race_sync(*[lambda which=which: [functions[which](conns[which], *page)
                                                  for page in pages] for which in functions],
                          title=f"{BATCH} account pages on a shop of 20,000 orders")
        counter = sql_plan.count_steps(conns["broken"])
        return steps_of(ctx, conns["broken"], counter, "broken")
    finally:
        for conn in conns.values():
            conn.close()


def measure(ctx):
    try:
        theirs = {"wide": race(ctx)}
        with contextlib.closing(opened(ctx, "broken")) as conn:
            theirs["base"] = steps_of(ctx, conn, conn, "broken")
        mine = observe(ctx).steps
        writes = {which: write_steps(ctx, which) for which in ("broken", "yours")}
    except CheckFailed as error:
        ctx.note(f"No figures: {error.observed}")
        return
    except sqlite3.Error as error:
        ctx.note(f"No figures: your table refused the new orders ({error})")
        return
    ctx.record(steps_broken_2k=theirs["base"], steps_broken_20k=theirs["wide"],
               insert_steps_broken=round(writes["broken"]), insert_steps_yours=round(writes["yours"]))
    ctx.note(f"SQLite's VM steps for one account page: starter {theirs['base']:,} on 2,000 "
             f"orders and {theirs['wide']:,} on 20,000; yours {mine['base', False, 'many']:,} "
             f"and {mine['wide', False, 'many']:,}.")
    extra = writes["yours"] / writes["broken"]
    ctx.note(f"Each new order takes {writes['yours']:.0f} VM steps with your schema, "
             f"{writes['broken']:.0f} with the starter's"
             + (f" ({extra:.1f}x): each index is one more B-tree to update on every write."
                if extra >= 1.05 else "."))
