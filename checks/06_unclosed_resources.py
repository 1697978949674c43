"""Hidden checks for lesson 06: unclosed resources.

They decide on what stays open after record_visit is done, measured four ways: the
process's open file descriptors (from /proc/self/fd or /dev/fd, skipped with a note
where neither exists), the connections the local profile service still holds, the
ResourceWarnings raised (enabled, with a garbage collection at the end), and whether
each sqlite3 connection had its close() called. Both after a successful visit and after
one where the service fails midway, with the exception still held, as an error handler
or a log would hold it: only a `with` block or a `finally` closes things on that path.
"""

import contextlib
import gc
import os
import re
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from coursekit import resources
from coursekit.errors import CourseError

TITLE = "Unclosed resources"
MINUTES = 35
SUMMARY = "files, sockets, DB connections left open → `with`, `contextlib.closing`, `ExitStack`"
REQUIRES = {"record_visit": "sync"}
HINTS = [
    "Three things are opened and never closed: the sqlite3 connection, the log file and the "
    "HTTP connection. Returning from the function does not close them; raising does not either.",
    "A `with` block closes what it opened however the block ends, by a return or an exception. "
    "`open()` supports it directly. For objects that have a close() method but no `with` "
    "support of their own that closes them, wrap them: `with contextlib.closing(thing) as t:`.",
    "`with closing(sqlite3.connect(db_path)) as db, open(log_path, \"a\") as log, "
    "closing(http.client.HTTPConnection(...)) as service:` around the whole body. Careful: "
    "`with sqlite3.connect(db_path) as db:` commits at the end of the block, but does not close.",
]
SETTLE_S = 2.0  # at most this long for the service to notice closed connections
STABLE_S = 0.4  # ... or until nothing has changed for this long


@dataclass
class Seen:
    """What one call of record_visit left open."""

    result: object = None
    raised: str = ""
    fds_left: dict | None = None  # fd -> target; None where fds cannot be listed
    connections_left: int = 0
    warnings: list = field(default_factory=list)
    sqlite_opened: int = 0
    sqlite_closed: int = 0

    @property
    def clean(self) -> bool:
        return (not self.fds_left and self.connections_left == 0 and not self.warnings
                and self.sqlite_closed == self.sqlite_opened)


@contextlib.contextmanager
def tracked_sqlite():
    """Count sqlite3 connections opened through sqlite3.connect, and those closed."""
    records: list[dict] = []
    original = sqlite3.connect

    class Tracked(sqlite3.Connection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._record = {"closed": False}  # not the connection: that would keep it alive
            records.append(self._record)

        def close(self):
            self._record["closed"] = True
            super().close()

    # Shown as what it stands for in reprs and ResourceWarnings (Python 3.13+ warns about it).
    Tracked.__module__, Tracked.__qualname__ = "sqlite3", "Connection"

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", Tracked)
        return original(*args, **kwargs)

    sqlite3.connect = connect
    try:
        yield records
    finally:
        sqlite3.connect = original


def new_fds(fds, base_fds) -> dict:
    """The descriptors open now that were not open (to the same thing) at the baseline."""
    return {fd: target for fd, target in fds.items() if base_fds.get(fd) != target}


def settle(ctx, base_fds, base_connections: int):
    """The fds and the service's connections, once they are back to the baseline or stop changing.

    Files close at once or not at all; the service notices a closed connection a moment later.
    """
    started = changed = time.monotonic()
    last = None
    while True:
        fds = resources.open_fds()
        connections = ctx.api.stats().open_connections
        back = (fds is None or not new_fds(fds, base_fds)) and connections <= base_connections
        state = (connections, None if fds is None else sorted(new_fds(fds, base_fds).items()))
        now = time.monotonic()
        if state != last:
            last, changed = state, now
        if back or now - changed > STABLE_S or now - started > SETTLE_S:
            return fds, connections
        time.sleep(0.01)


def quiet(ctx) -> None:
    """Let the service finish closing the connections of an earlier call."""
    deadline = time.monotonic() + SETTLE_S
    while ctx.api.stats().open_connections and time.monotonic() < deadline:
        time.sleep(0.01)


def visit(ctx, folder: Path, url: str, which: str = "yours", failing: bool = False,
          measure: bool = True) -> Seen:
    """Call record_visit once; measure what is open after it, with any exception still held."""
    seen = Seen()
    quiet(ctx)  # also starts the service, before the baseline is taken
    base_fds = resources.open_fds()
    base_connections = ctx.api.stats().open_connections
    with resources.resource_warnings() as warned, tracked_sqlite() as records:
        collecting = gc.isenabled()
        gc.disable()  # what stays open should not depend on when a collection happens to run
        try:
            held = None
            try:
                seen.result = ctx.call_sync("record_visit", str(folder / "visits.db"),
                                            str(folder / "visits.log"), url, which=which,
                                            catch=not failing)
            except CourseError:
                raise
            except Exception as error:  # the expected failure: held, as a caller's log would
                held = error
                seen.raised = f"{type(error).__name__}: {error}"
            if measure:
                fds, seen.connections_left = settle(ctx, base_fds, base_connections)
                if fds is not None:
                    seen.fds_left = new_fds(fds, base_fds)
            del held
        finally:
            if collecting:
                gc.enable()
        seen.sqlite_opened = len(records)
        seen.sqlite_closed = sum(record["closed"] for record in records)
    seen.warnings = [short(text, folder) for text in warned]
    return seen


def short(text: str, folder: Path) -> str:
    """A ResourceWarning's text without the temporary folder and the socket's details."""
    text = text.replace(str(folder) + os.sep, "")
    text = re.sub(r"<socket\.socket fd=(\d+),.*raddr=\('?([^',]*)'?, (\d+)\)>",
                  r"<socket.socket fd=\1 to \2:\3>", text)
    return text if len(text) <= 100 else text[:97] + "..."


def fds_note(ctx) -> None:
    if resources.open_fds() is None:
        ctx.note("This system cannot list open file descriptors (no /proc/self/fd or "
                 "/dev/fd): that evidence is skipped; ResourceWarnings, the service's "
                 "connections and the sqlite3 closes still decide.")


def evidence(seen: Seen) -> list[str]:
    found = []
    if seen.sqlite_closed < seen.sqlite_opened:
        found.append(f"sqlite3 connections opened: {seen.sqlite_opened}, closed: "
                     f"{seen.sqlite_closed}")
    if seen.fds_left:
        count = len(seen.fds_left)
        found.append(f"{count} file descriptor{'s' if count > 1 else ''} still open "
                     f"({resources.describe_fds(seen.fds_left)})")
    if seen.connections_left:
        found.append(f"the profile service still had {seen.connections_left} connection"
                     f"{'s' if seen.connections_left > 1 else ''} from it open")
    if seen.warnings:
        found.append(f"{len(seen.warnings)} ResourceWarning{'s' if len(seen.warnings) > 1 else ''}: "
                     + "; ".join(seen.warnings[:3]))
    return found


def profile_url(ctx, user_id: int) -> str:
    return f"{ctx.api.url}/users/{user_id}/profile?delay_ms=5"


def failing_url(ctx) -> str:
    return f"{ctx.api.url}/fail/1?delay_ms=5"  # the service answers HTTP 500


def check_result(ctx):
    """record_visit stores the visit, writes one log line and returns the visit count."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
        folder = Path(name)
        for number in (1, 2):
            with ctx.api.recording() as asked:
                seen = visit(ctx, folder, profile_url(ctx, 7), measure=False)
            want = {"user_id": 7, "name": "User 7", "visits": number}
            ctx.expect(seen.result == want,
                       f"visit {number} of user 7 returned {seen.result!r}",
                       f"the page shows {want!r}",
                       "keep what the starter returns: the profile's user_id and name, and "
                       "the count of this user's rows in `visits`")
            ctx.expect(asked.requests["profile"] == 1,
                       f"one visit asked the profile service {asked.requests['profile']} times",
                       "the name comes from the profile service, once per visit",
                       "keep the GET of profile_url")
        with contextlib.closing(sqlite3.connect(folder / "visits.db")) as db:
            rows = db.execute("SELECT user_id, name FROM visits").fetchall()
        ctx.expect(rows == [(7, "User 7")] * 2,
                   f"after 2 visits the table holds {rows!r}",
                   "every visit must be stored, and committed",
                   "keep the INSERT and the commit")
        lines = (folder / "visits.log").read_text(encoding="utf-8").splitlines()
        ctx.expect(len(lines) == 2 and all("7" in line for line in lines),
                   f"after 2 visits the log holds {lines!r}",
                   "every visit writes one line to the log, and it must reach the file",
                   "keep the log.write of the starter")


def check_closed_after_success(ctx):
    """After a successful visit, the database, the log file and the connection are closed."""
    fds_note(ctx)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
        seen = visit(ctx, Path(name), profile_url(ctx, 3))
    ctx.record(fds_left_after_success=len(seen.fds_left or {}),
               warnings_after_success=len(seen.warnings))
    found = evidence(seen)
    only_sqlite = (seen.sqlite_closed < seen.sqlite_opened and seen.connections_left == 0
                   and all(".db" in target for target in (seen.fds_left or {}).values())
                   and all("database" in text for text in seen.warnings))
    meaning = ("nothing closed them: Python did, later, when it freed the objects (that is what "
               "a ResourceWarning reports), and the database connection waits for the garbage "
               "collector. Until then each holds a file descriptor: under load the process hits "
               "its limit (\"Too many open files\") or the database and the service run out of "
               "connections")
    if only_sqlite:
        meaning = ("the database connection stays open until the garbage collector finds it. "
                   "Note: `with sqlite3.connect(...) as db:` commits or rolls back at the end "
                   "of the block, but it does not close the connection")
    ctx.expect(not found,
               "after one successful visit: " + "; ".join(found),
               meaning,
               "close each resource when the function is done with it; a `with` block does "
               "that (check what `with` does for each kind of object)")


def check_closed_after_failure(ctx):
    """When the profile service fails midway, all is closed before the error reaches the caller."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
        seen = visit(ctx, Path(name), failing_url(ctx), failing=True)
    ctx.record(fds_left_after_failure=len(seen.fds_left or {}),
               connections_left_after_failure=seen.connections_left)
    found = evidence(seen)
    raised = f"it raised {seen.raised}" if seen.raised else "it returned"
    ctx.expect(not found,
               f"when the service answered HTTP 500, {raised}; while the caller still held "
               "that error: " + "; ".join(found),
               "closing at the end of the happy path is skipped whenever something raises "
               "midway: every failed request leaves its file, database and connection open for "
               "as long as the exception lives (a logger, an error reporter, a notebook's last "
               "traceback), then for the garbage collector",
               "make the closing happen however the function ends: `with` blocks, "
               "contextlib.ExitStack, or try/finally")


def measure(ctx):
    rows = {}
    for which in ("broken", "yours"):
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as name:
            good = visit(ctx, Path(name), profile_url(ctx, 5), which=which)
            bad = visit(ctx, Path(name), failing_url(ctx), which=which, failing=True)
        rows[which] = (good, bad)
    ctx.record(**{f"{which}_{key}": value for which, (good, bad) in rows.items()
                  for key, value in (("fds_left_after_failure", len(bad.fds_left or {})),
                                     ("resource_warnings", len(good.warnings) + len(bad.warnings)))})

    def line(label, pick):
        return f"  {label:<46} {pick(rows['broken']):>6}  {pick(rows['yours']):>5}"

    lines = [f"  {'Left open, measured just now':<46} {'broken':>6}  {'yours':>5}",
             line("sqlite3 connections not closed (of 2)",
                  lambda r: sum(s.sqlite_opened - s.sqlite_closed for s in r))]
    if resources.open_fds() is not None:
        lines.append(line("fds open after a failed visit, error held",
                          lambda r: len(r[1].fds_left or {})))
    lines += [line("service connections, same moment", lambda r: r[1].connections_left),
              line("ResourceWarnings (a good and a failed visit)",
                   lambda r: len(r[0].warnings) + len(r[1].warnings))]
    for text in lines:
        ctx.note(text)
