"""Hidden checks for lesson 06: unclosed resources.

They decide on what is still open at the moment record_visit returns or raises. Every
file, socket and sqlite3 connection the call opens is held by the check
(coursekit.resources.kept_open; a file opened through an `open` the module bound at import,
`from io import open`, too), so what the code did not close itself stays open to be
seen, instead of being closed behind the scenes when CPython drops the last reference.
Then four kinds of evidence: those objects, the process's open file descriptors (from
/proc/self/fd or /dev/fd, skipped with a note where neither exists), the connections the
local profile service still holds, and the ResourceWarnings raised. After a successful
visit, after each way a visit can fail (HTTP 404 and 500, a 500 with `Connection: close`,
whose response then owns the socket, a 200 with `Connection: close` whose connection is reset
halfway through the profile (http.client closes the response itself on an early end, not on
a reset), a 500 whose
error page stalls halfway (the starter raises at the status line; a body read first waits for
the socket's timeout), a refused connection, a body that is not a profile (an object
without its fields, JSON null, []), a redirect, a 201 Created with a profile in its body (only 200 is a profile), a port that is not a number, a
profile whose name holds half an emoji (a lone surrogate, as a JavaScript service that cut a
name sends it in JSON: the INSERT raises UnicodeEncodeError, not a sqlite3.Error), a user_id of
2**63 (past SQLite's 64-bit INTEGER: the INSERT raises OverflowError), a damaged
database, a database another connection is reading, so that the commit fails (each of the
visit's statements then waits 50 ms for its lock, whatever busy timeout the code set), a
missing folder, a log on a full disk, /dev/full, whose
close() raises) and after a KeyboardInterrupt, a SystemExit and a BaseException that is neither
(as a watchdog's timeout is: func_timeout's, gevent.Timeout), each sent while the visit
waits for the service, raised right after its first write to the database (an INSERT that began
a transaction: left open, it keeps the database's write lock) and raised as it writes its log
line, however it writes it (write() on a file it opened, print(file=...), os.write) (these two
by a profile function in the visit's thread, at once: no timing), with the
exception still held, as an error handler or a log would hold it (each must reach the
caller as it is: wrapped into an Exception, or swallowed, it no longer stops the program; a
socket another thread opened for the call and left open counts too, as the interrupt stops
only the calling thread). On the full
disk only what is closed is judged: the starter loses that line when the file is freed. Every socket must have the starter's timeout of 5 s, set on the
socket itself (no default timeout for the whole process, whether set at load or by a call,
even put back before it returns: read as each socket is made): no longer, a socket another
thread opens for the call included, and no shorter (read from the socket as the request is
sent and when the call ends: a service that is slow to answer, but answers, loses the visit the
starter records). A visit to a service that takes the request and never answers must
end about when the starter's one wait of 5 s does (stopped at most 3 s later: a retry after a
TimeoutError waits again, with everything open), asking it once (audit events), raising its
TimeoutError and storing nothing. The starter
is the oracle for the results (visits counted per user, rows stored, the log's text, the
settings the database file keeps such as its journal mode, on generated profiles with
awkward names and ids, and for a non-ASCII name under a locale whose encoding is not UTF-8:
ASCII, the C locale set at run time; for a profile sent with a UTF-8 byte order mark, in UTF-16,
of 300 KB, pretty-printed or chunked, which json.loads reads from the starter's bytes; for a name
that is null, true, a number, a list (the starter's INSERT raises) or decomposed Unicode, a
user_id that is a string (each stored, logged and returned as the service sent it, the error
compared by its kind and text), and a service at an IPv6 address, http://[::1]:port/ (skipped
with a note where there is no IPv6 loopback); and with the process's logging
switched off by logging.disable, which a line sent through the logging module obeys), for the error
each failure raises, for how often it asks the service (once at most, counted by audit events:
connections attempted and HTTP requests sent; a retry, on a refused connection or a 5xx too,
keeps the caller waiting, with what the visit holds, through every attempt), and for what a failed visit leaves stored: nothing, whichever step
failed (a log file that cannot be opened after the visit was committed would leave a
visit the caller was told had failed; a log line written before the commit logs one); after
a failed visit no lock is left on the database (asked at once, where the next visit would wait
its 5 s timeout to learn it; a connection the visit did not close itself, left to the garbage
collector, is still open there, as the check holds it), and the next visit works. The
count is the table's now: after another connection stored a visit, and after the database
file was deleted (created again, with its table). A visit waits for a database another
connection writes to for a moment, at least as long as the starter does (sqlite3's default 5 s
busy timeout; a longer one is right: that lock is held by a transaction of the same
application, which ends, so waiting longer stores visits the starter would drop, where a longer
HTTP timeout waits on a hung service that may never answer):
that connection takes the write lock (BEGIN IMMEDIATE) before the visit and keeps it until
0.3 s after the visit's first statement that may wait for it began (a write, a BEGIN IMMEDIATE,
a CREATE INDEX or other change of the schema, even one that turns out to need no lock; seen by
its trace callback,
coursekit.sql_probes), or, where that statement's connection waits less than the starter's
5 s for a lock (its PRAGMA busy_timeout, read as the statement starts), until 0.3 s past its
timeout: a short timeout fails however short, a visit that retries for as long as the starter
waits passes, and no stopwatch decides. And
visits may come from several threads at once: three visits from three threads, each held by
the check's own profile service until all three are under way (or none came for 3 s: visits
that take turns, a lock held around the whole visit, fail), then answered one at a time, each
after the previous visit ended, must each return their own count, store one row and one log
line each, and leave nothing open (each thread's objects, and descriptors on the visit's
files). Every visit's database lives in a folder whose name holds a space, "#" and "%25": a
path pasted unquoted into an SQLite URI names another file. Last, memory: after 150 visits,
200 more, each of a new user, may leave at most 2 more Python memory blocks per visit allocated
(sys.getallocatedblocks after a garbage collection, the service's threads ended) than the
starter's do: closed objects kept in a list, or a cache without a bound (lru_cache(maxsize=None)
keyed by URL), grow with every visit; a bounded cache (lru_cache's default 128) is full before
the first reading.
"""

import codecs
import contextlib
import gc
import http.server
import json
import locale
import logging
import os
import re
import signal
import socket
import sqlite3
import struct
import sys
import tempfile
import threading
import time
import unicodedata
import warnings
import weakref
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from hypothesis import strategies as st

from coursekit import resources, sql_probes
from coursekit.cpus import slowdown
from coursekit.errors import CheckFailed, CourseError, ExerciseBroken
from coursekit.oracle import agree, short

TITLE = "Unclosed resources"
MINUTES = 35
SUMMARY = "files, sockets, DB connections left open → `with`, `contextlib.closing`, `ExitStack`"
REQUIRES = {"record_visit": "sync"}
HINTS = [
    "Three things are opened and never closed: the sqlite3 connection, the log file and the "
    "HTTP connection. Only Python freeing them closes them, and when it does depends: the "
    "sqlite3 connection sits in a reference cycle that waits for the garbage collector, an "
    "exception's traceback keeps all three open (a notebook keeps the last one), and other "
    "Pythons free them later still.",
    "A `with` block closes what it opened however the block ends, by a return or an exception. "
    "`open()` supports it directly. For objects that have a close() method but no `with` "
    "support of their own that closes them, wrap them: `with contextlib.closing(thing) as t:`.",
    "`with closing(sqlite3.connect(db_path)) as db, open(log_path, \"a\", encoding=\"utf-8\") as log, "
    "closing(http.client.HTTPConnection(...)) as service:` around the whole body, and "
    "`with service.getresponse() as response:` (when the service answers `Connection: close`, "
    "the response owns the socket). Careful: "
    "`with sqlite3.connect(db_path) as db:` commits at the end of the block, but does not close.",
]
STARTER_TIMEOUT_S = 5.0  # the starter's HTTPConnection(..., timeout=5)
# Past it, for the work around the one wait against a silent service (tens of ms when idle):
# stretched on a busy machine, but never to a second wait of the starter's 5 s.
SILENT_GRACE_S, SILENT_GRACE_MAX_S = 1.0, 3.0
SETTLE_S = 2.0  # at most this long for the service to notice closed connections
STABLE_S = 0.25  # ... or until nothing has changed for this long
LOCK_WAIT_MS = 50  # how long a visit's connection waits for a locked database, in the check
ORACLE_EXAMPLES = 25  # generated visit sequences, each run by the starter and by yours
_seen: dict = {}  # what the successful visit of check_closed_after_success saw


@dataclass
class Seen:
    """What one call of record_visit did, and what it left open."""

    result: object = None
    error: BaseException | None = None  # what it raised (only asked for on failing visits)
    left: list = field(default_factory=list)  # descriptions of objects it did not close
    fds_left: dict | None = None  # fd -> target; None where fds cannot be listed
    connections_left: int = 0
    warnings: list = field(default_factory=list)
    timeouts: list = field(default_factory=list)  # each socket's timeout when the call ended
    request_timeouts: list = field(default_factory=list)  # ... as each request was sent on it
    # sockets connected by other threads during the call (a pool the call handed its request
    # to): their timeouts, and the ones still open when the call ended, by thread name
    thread_timeouts: list = field(default_factory=list)
    thread_sockets_left: list = field(default_factory=list)
    interrupted: bool = False  # the check's interrupt was raised in the call
    in_transaction: bool = False  # a sqlite3 connection it left open is in a transaction

    @property
    def raised(self) -> str:
        return f"{type(self.error).__name__}: {self.error}" if self.error else ""


# --- one visit, and what it left open ------------------------------------------------------


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


class Interrupted(KeyboardInterrupt):
    """The check's own Ctrl+C, sent while a visit waits for the profile service."""


class Exited(SystemExit):
    """The check's own SystemExit (as a worker timeout raises it), sent the same way."""


class WatchdogTimeout(BaseException):
    """The check's own watchdog timeout, sent the same way: a BaseException that is neither
    KeyboardInterrupt nor SystemExit, as func_timeout's FunctionTimedOut and gevent.Timeout are
    (an `except` that names those two misses it; stopit's timeout is an Exception)."""


# The interrupts sent to a visit: (the check's class, the kind it must reach the caller as, how
# the message says it)
INTERRUPTS = (
    (Interrupted, KeyboardInterrupt, "interrupted (KeyboardInterrupt, as Ctrl+C raises it)"),
    (Exited, SystemExit, "stopped by SystemExit (as a worker timeout raises it)"),
    (WatchdogTimeout, WatchdogTimeout, "stopped by a watchdog's timeout (a BaseException of its own, as "
                         "func_timeout and gevent.Timeout raise)"),
)


@contextlib.contextmanager
def raised_here(error: BaseException, when):
    """Raise ``error`` in this (the main) thread, by a signal as Ctrl+C comes, once ``when(done)``
    returns True in a thread of its own (``done``: set as the block ends, when it must stop)."""
    main, done, raised = threading.get_ident(), threading.Event(), []

    def raise_error(signum, frame):
        if not done.is_set():
            raised.append(error)
            raise error

    def send():
        if when(done):
            signal.pthread_kill(main, signal.SIGALRM)

    previous = signal.signal(signal.SIGALRM, raise_error)
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        yield raised  # (the error, once it was raised)
    finally:
        done.set()
        sender.join()
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def interrupted_while_waiting(ctx, kind: type = Interrupted):
    """Raise ``kind`` in this (the main) thread the moment the service holds its request."""
    def holding(done) -> bool:
        deadline = time.monotonic() + SETTLE_S
        while not done.is_set() and time.monotonic() < deadline:
            if ctx.api.stats().in_flight:
                return True
            time.sleep(0.005)
        return False

    with raised_here(kind("the check's interrupt while the visit waited for the service"),
                     holding) as raised:
        yield raised


# Where a visit is interrupted besides the wait for the service: right after its first write
# to the database (an INSERT, or a BEGIN IMMEDIATE: the starter's INSERT opens a transaction,
# holding the write lock), or as its log line is written. Raised at once, in the visit's own
# thread, by a profile function (no signal, no timing): at the next event of the frame that ran
# that statement (before the call that comes next there, or as that frame returns), or as the
# log line is written, however: as a write() or writelines() on a file the visit opened (or its
# buffer) returns, or a print() or os.write() after which one of them, or the log file on
# disk, has grown; once. A visit that never gets there (statements run in another thread) is
# not judged at that point.
LOG_WRITERS = (print, os.write, *((os.writev,) if hasattr(os, "writev") else ()))  # besides write()
INTERRUPT_POINTS = {
    "write": "right after its first write to the database ran",
    "log": "as it wrote its line to the log file",
}


@contextlib.contextmanager
def interrupted_at(kind: type, at: str, opened: list, log_path: Path):
    """Raise ``kind`` in this thread at the point ``at`` of INTERRUPT_POINTS, once.

    ``opened``: what the visit opened (resources.kept_open), for its files. Raised where a
    Ctrl+C arriving then would be: between two steps of the frame at work, never inside
    another function's cleanup (a `with` block's __exit__, a `finally`).
    """
    thread, previous, raised = threading.get_ident(), sys.getprofile(), []
    error = kind(f"the check's interrupt {INTERRUPT_POINTS[at]}")
    target: list = []  # the frame that ran the write, once it did

    def stop():
        sys.setprofile(previous)
        raised.append(error)
        raise error

    def after_write(frame, event, arg):
        if target and frame is target[0] and not raised:
            stop()
        if previous is not None:
            previous(frame, event, arg)

    def on_statement(_opened, sql: str) -> None:  # in SQLite's trace callback
        if target or raised or threading.get_ident() != thread or not wants_write_lock(sql):
            return
        own = {on_statement.__code__.co_filename,
               sql_probes.set_profile.__code__.co_filename}
        caller = sys._getframe(1)
        while caller is not None and caller.f_code.co_filename in own:
            caller = caller.f_back  # out of this callback: to the code that ran the statement
        if caller is not None:
            target.append(caller)
            sql_probes.set_profile(after_write)

    def visits_file(thing) -> bool:
        """One of the files the visit opened, or the buffer under one (log.buffer.write)."""
        return any(thing is each.thing or thing is getattr(each.thing, "buffer", None)
                   for each in opened if each.kind == "file")

    def logged() -> tuple:
        """How far the log is written: its size on disk, and where each file the visit
        opened stands (tell(): what print() left in its buffer counts)."""
        def where(file):
            try:
                return file.tell()
            except Exception:  # closed, or not seekable
                return None
        try:
            size = os.path.getsize(log_path)
        except OSError:
            size = None
        return size, [where(each.thing) for each in opened if each.kind == "file"]

    before: dict = {}  # print or os.write (by id) -> logged() as it was called

    def on_log_write(frame, event, arg):
        if not raised and event in ("c_call", "c_return"):
            name = getattr(arg, "__name__", "")
            if arg in LOG_WRITERS:
                if event == "c_call":
                    before[id(arg)] = logged()
                elif before.pop(id(arg), None) not in (None, logged()):
                    stop()
            elif event == "c_return" and name in ("write", "writelines") \
                    and visits_file(getattr(arg, "__self__", None)):
                stop()
        if previous is not None:
            previous(frame, event, arg)

    try:
        if at == "write":
            with sql_probes.opened_connections(on_statement=on_statement):
                yield raised
        else:
            sql_probes.set_profile(on_log_write)
            yield raised
    finally:
        if sys.getprofile() in (after_write, on_log_write):
            sys.setprofile(previous)
        target.clear()


@dataclass
class Traffic:
    """What a call did on the network, whichever thread did it (see ``traffic``)."""

    connects: int = 0  # connections attempted (socket.connect), refused ones included
    requests: int = 0  # HTTP requests sent through http.client (urllib, requests use it too)
    # sockets connected by threads other than the caller's: (weak reference, timeout when it
    # connected, the thread's name)
    elsewhere: list = field(default_factory=list)
    defaults: list = field(default_factory=list)  # the process's default timeout as each socket was made
    # the timeout of the socket each HTTP request was sent on, in the caller's thread, as it was sent
    request_timeouts: list = field(default_factory=list)

    @property
    def asked(self) -> int:
        """How many times the service was asked: a new connection, or a request on one."""
        return max(self.connects, self.requests)

    def thread_timeouts(self) -> list:
        """The timeout of each socket another thread connected, now (when it connected, if gone)."""
        return [sock.gettimeout() if (sock := ref()) is not None else timeout
                for ref, timeout, _ in self.elsewhere]

    def thread_sockets_open(self) -> list[str]:
        """The names of the threads whose sockets are still open."""
        return [name for ref, _, name in self.elsewhere
                if (sock := ref()) is not None and sock.fileno() != -1]


REQUEST_LINE = re.compile(rb"[A-Z]+ \S+ HTTP/\d")


@contextlib.contextmanager
def traffic():
    """``with traffic() as seen:`` the connections, requests and sockets of the block, in every
    thread (audit events: socket.__new__, socket.connect, http.client.send). Sockets of other
    threads are only referred to weakly: their lifetime stays their own."""
    seen, caller = Traffic(), threading.get_ident()

    def listener(event: str, args: tuple) -> None:
        if event == "socket.__new__":
            seen.defaults.append(socket.getdefaulttimeout())
        elif event == "socket.connect":
            seen.connects += 1
            if threading.get_ident() != caller:
                sock = args[0]
                seen.elsewhere.append((weakref.ref(sock), sock.gettimeout(),
                                       threading.current_thread().name))
        elif event == "http.client.send" and isinstance(args[1], (bytes, bytearray)) \
                and REQUEST_LINE.match(args[1]):
            seen.requests += 1
            sock = getattr(args[0], "sock", None)
            if threading.get_ident() == caller and isinstance(sock, socket.socket):
                seen.request_timeouts.append(sock.gettimeout())

    with resources.audit(listener):
        yield seen


def visit(ctx, db_path, log_path, url: str, failing: bool = False, which: str = "yours",
          interrupt: type | None = None, around=None, at: str = "wait") -> Seen:
    """Call record_visit once; see what is open when it returns, with any exception still held.

    ``interrupt``: a class of INTERRUPTS, raised while the service holds the request (``at``
    "wait"), or at a point of INTERRUPT_POINTS.
    ``around``: a context manager entered around the call alone (a fault's conditions).
    """
    seen = Seen()
    function = ctx.function("record_visit", which)
    module = ctx.module(which)  # its own `open` too, where it bound one at import
    quiet(ctx)  # also starts the service, before the baseline is taken
    base_fds = resources.open_fds()
    base_connections = ctx.api.stats().open_connections
    # what stays open should not depend on when a collection happens to run
    raised: list = []
    with (resources.resource_warnings() as warned, resources.collector_paused(),
          resources.kept_open(module) as opened, traffic() as network):
        try:
            with (contextlib.nullcontext([]) if not interrupt
                  else interrupted_while_waiting(ctx, interrupt) if at == "wait"
                  else interrupted_at(interrupt, at, opened, Path(log_path))) as raised, \
                    around or contextlib.nullcontext(), \
                    ctx.guarded("record_visit", 5.0, which, catch=not failing):
                try:  # (ctx.call_sync, but the check's own SystemExit is held, not reported)
                    seen.result = function(str(db_path), str(log_path), url)
                except Exited as exited:
                    seen.error = exited
        except CourseError:
            raise
        except (Exception, Interrupted, Exited, WatchdogTimeout) as error:  # held, as a caller's log would
            seen.error = error
        seen.interrupted = bool(raised)
        seen.timeouts = [each.thing.gettimeout() for each in opened
                         if each.kind == "socket"]
        seen.request_timeouts = list(network.request_timeouts)
        seen.thread_timeouts = network.thread_timeouts()
        seen.left = [each.describe() for each in resources.still_open(opened)]
        seen.in_transaction = any(in_transaction(each.thing) for each in resources.still_open(opened)
                                  if each.kind == "sqlite3 connection")
        seen.thread_sockets_left = network.thread_sockets_open()
        fds, seen.connections_left = settle(ctx, base_fds, base_connections)
        if fds is not None:
            seen.fds_left = new_fds(fds, base_fds)
        resources.close_all(opened)  # seen: no need to leak them into later checks
        if seen.error is not None:
            seen.error.__traceback__ = None
    seen.warnings = [shorten(text, Path(db_path).parent) for text in warned]
    return seen


def shorten(text: str, folder: Path) -> str:
    """A ResourceWarning's text without the temporary folder and the socket's details."""
    text = text.replace(str(folder) + os.sep, "")
    text = re.sub(r"<socket\.socket fd=(\d+),.*raddr=\('?([^',]*)'?, (\d+)\)>",
                  r"<socket.socket fd=\1 to \2:\3>", text)
    return text if len(text) <= 100 else text[:97] + "..."


def evidence(seen: Seen) -> list[str]:
    found = []
    if seen.left:
        found.append("still open when it " + ("raised" if seen.error else "returned") + ": "
                     + ", ".join(seen.left))
    for thread in sorted(set(seen.thread_sockets_left)):
        found.append(f"a socket the thread {thread} connected for it (not the thread that "
                     "called record_visit) still open")
    if seen.fds_left:
        count = len(seen.fds_left)
        found.append(f"{count} file descriptor{'s' if count > 1 else ''} of this process open "
                     f"({resources.describe_fds(seen.fds_left)})")
    if seen.connections_left:
        found.append(f"the profile service still had {seen.connections_left} connection"
                     f"{'s' if seen.connections_left > 1 else ''} from it open")
    if seen.warnings:
        found.append(f"{len(seen.warnings)} ResourceWarning{'s' if len(seen.warnings) > 1 else ''}"
                     ": " + "; ".join(seen.warnings[:3]))
    return found


def fds_note(ctx) -> None:
    if resources.open_fds() is None:
        ctx.note("This system cannot list open file descriptors (no /proc/self/fd or "
                 "/dev/fd): that evidence is skipped; the objects left open, ResourceWarnings "
                 "and the service's connections still decide.")


@contextlib.contextmanager
def scratch():
    """A scratch folder, in memory where the system has one: these checks are not about the disk.

    Its name holds a space, "#" and "%25", as a user's folder may ("Q3 #2", "100%25 done"):
    a path pasted into an SQLite URI unquoted (`f"file:{db_path}?mode=rwc"`) names another
    file there, or none.
    """
    memory = "/dev/shm"
    where = memory if os.path.isdir(memory) and os.access(memory, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="lesson06-", dir=where,
                                     ignore_cleanup_errors=True) as name:
        inside = Path(name) / "Q3 #2 100%25"  # the other file such a URI names is in here too
        inside.mkdir()
        yield str(inside)


# --- the starter's behaviour, without its leaks ----------------------------------------------


@contextlib.contextmanager
def tidied(which: str = "yours"):
    """What the block opens is let go at its end without ResourceWarnings in the learner's output.

    For the checks that are about results: what was left open is judged elsewhere. The
    starter's leftovers are closed; yours are only released (closing what your code may
    keep for a later call would break that call, and not for a reason of yours).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        with resources.kept_open() as opened:
            try:
                yield opened
            finally:
                if which == "broken":
                    resources.close_all(opened)


def call_tidied(ctx, db_path, log_path, url: str, which: str = "yours", catch: bool = False,
                databases: list | None = None):
    """(result or None, exception or None) of one visit; what it left open is closed after it.

    ``databases``: filled with (name, in a transaction) for each sqlite3 connection the call
    opened in this thread and had not closed when it ended (held by the check till then).
    """
    result = error = None
    with tidied(which) as opened:
        try:
            result = ctx.call_sync("record_visit", str(db_path), str(log_path), url,
                                   which=which, catch=catch)
        except CheckFailed:
            raise
        except ExerciseBroken as broken:
            if which == "broken":
                raise
            error = broken
        except Exception as raised:
            error = raised
        if error is not None:
            error.__traceback__ = None  # its frames hold what the call opened
        if databases is not None:
            databases += [(each.name or "the database", in_transaction(each.thing))
                          for each in resources.still_open(opened)
                          if each.kind == "sqlite3 connection"]
    return result, error


def in_transaction(conn) -> bool:
    """Whether a sqlite3 connection has a transaction open (read as the base class defines it:
    a subclass of the learner's may override the attribute)."""
    try:
        return bool(sqlite3.Connection.in_transaction.__get__(conn))
    except Exception:  # a connection of the learner's making: whatever it does, nothing is read
        return False


@contextlib.contextmanager
def impatient_connections(ms: int):
    """Each statement this thread runs in the block, on a sqlite3 connection opened in the
    block, waits at most ``ms`` for a lock.

    The busy timeout is set again as each statement starts (SQLite's trace callback, through
    coursekit.sql_probes: before SQLite runs it), so a timeout the code sets itself
    (sqlite3.connect's timeout, a PRAGMA busy_timeout of any length, run at any moment) is
    replaced for every statement that follows: the wait is the check's, not the code's.
    """
    thread, setting = threading.get_ident(), []

    def on_statement(opened, sql: str) -> None:
        if setting or threading.get_ident() != thread or sql_probes.keyword(sql) == "ROLLBACK":
            return  # (the PRAGMA below comes here too; a ROLLBACK waits for no lock, and may
            # come from close(), on a connection no statement can run on: 3.12+, autocommit=False)
        setting.append(True)
        try:  # a cursor of the check's own: the learner's row_factory or factory left out
            cursor = sqlite3.Cursor(opened.conn)
            cursor.row_factory = None
            cursor.execute(f"PRAGMA busy_timeout = {int(ms)}").fetchall()  # done: not pending
            cursor.close()
        except Exception:  # a connection of the learner's making: whatever it does, left as is
            pass
        finally:
            setting.clear()

    with sql_probes.opened_connections(on_statement=on_statement):
        yield


def run_starter(ctx, db_path, log_path, url: str):
    """(result or None, exception or None) of the starter; then everything it left open is closed."""
    return call_tidied(ctx, db_path, log_path, url, which="broken")


def stored(db_path) -> list | None:
    """The visits table as another connection sees it; None if there is no readable table."""
    if not Path(db_path).is_file():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{Path(db_path).absolute().as_uri()}?mode=ro", uri=True)) as db:
            return db.execute("SELECT user_id, name FROM visits ORDER BY rowid").fetchall()
    except sqlite3.Error:
        return None


HEADER_FIELDS = {"journal mode (1 rollback, 2 WAL)": (18, 19), "page size": (16, 18),
                 "auto_vacuum": (52, 56), "text encoding": (56, 60), "user_version": (60, 64),
                 "application_id": (68, 72)}


def file_settings(db_path) -> dict | None:
    """The settings SQLite keeps in the database file's header, which outlive any connection."""
    try:
        header = Path(db_path).read_bytes()[:100]
    except OSError:
        return None
    if len(header) < 100:
        return None
    return {name: int.from_bytes(header[start:stop], "big")
            for name, (start, stop) in HEADER_FIELDS.items()}


def log_lines(log_path) -> int:
    try:
        return len(Path(log_path).read_text(encoding="utf-8").splitlines())
    except OSError:
        return 0


WORDS = re.compile(r"\w+")


def says_the_same(want, got) -> bool:
    """Whether log lines ``got`` say what the starter's ``want`` say: as many lines, and the
    words of each (letters and digits, whole) are the starter's line's, in its order, some
    perhaps left out (a line without the name is one; `visit 0` for `visit 1`, or "Zo?" for
    "Zoë", is not)."""
    if isinstance(want, str) or isinstance(got, str) or len(want) != len(got):
        return want == got
    for mine, theirs in zip(got, want, strict=True):
        words = iter(WORDS.findall(theirs))
        if not all(word in words for word in WORDS.findall(mine)):  # a subsequence
            return False
    return True


def same_visits(want: dict, got: dict) -> bool:
    """The outcomes of visits_both: equal, the log as says_the_same judges it."""
    return (want.keys() == got.keys()
            and all(got[key] == value for key, value in want.items() if key != "log")
            and says_the_same(want["log"], got["log"]))


def log_text(log_path) -> list[str] | str:
    """The log's lines as UTF-8 text (the starter's are deterministic), or why it has none."""
    try:
        return Path(log_path).read_bytes().decode("utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as unreadable:
        return f"not UTF-8 text ({type(unreadable).__name__})"


# --- a profile service that answers with any profile, for the oracle ------------------------


class ProfileHandler(http.server.BaseHTTPRequestHandler):
    """``GET /profile?user_id=..&name=..`` answers ``{"user_id": .., "name": ..}``, keep-alive."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path.startswith("/moved"):  # a redirect to a profile that does answer 200
            self.send_response(302)
            self.send_header("Location", "/profile?" + urlencode({"user_id": 4, "name": "User 4"}))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/created"):  # 201 with a body that parses as a profile
            body = json.dumps({"user_id": 4, "name": "User 4", "plan": "free"}).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path.startswith("/close/500"):  # an error answered with `Connection: close`
            body = b'{"error": "internal"}'
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
            return
        if self.path.startswith("/reset"):  # 200 with `Connection: close`, half a body, a reset
            body = json.dumps({"user_id": 4, "name": "User 4", "plan": "free"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
            time.sleep(0.1)  # the client is reading the body now
            # A reset, not an orderly end: the client's read raises ConnectionResetError, which
            # http.client does not handle by closing the response (it does for an early end).
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if self.path.startswith("/cut"):  # a name cut in the middle of an emoji, as JSON text
            body = json.dumps({"user_id": 4, "name": CUT_NAME, "plan": "free"}).encode()
            self.send_response(200)  # (json.dumps writes the lone surrogate as \ud83d)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        query = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if "body" in query:  # a profile's JSON text, sent as it is (odd values, several lines)
            body = query["body"][0].encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if "chunked" not in query:
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_header("Transfer-Encoding", "chunked")  # no Content-Length: read to the end
            self.end_headers()
            half = len(body) // 2
            for part in (body[:half], body[half:], b""):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            return
        if "hold" in query:
            HOLDS.hold(query["hold"][0])
        profile = {"user_id": int(query["user_id"][0]), "name": query["name"][0], "plan": "free"}
        if "pad" in query:  # a long field: a profile of that many bytes more
            profile["about"] = "x" * int(query["pad"][0])
        charset = query.get("charset", ["utf-8"])[0]  # utf-8-sig: UTF-8 after a byte order mark
        body = json.dumps(profile, ensure_ascii="charset" not in query).encode(charset)
        self.send_response(200)
        self.send_header("Content-Type", f"application/json; charset={charset.removesuffix('-sig')}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


CUT_NAME = "Zo\u00eb \ud83d"  # "Zoë 😀" cut after 5 UTF-16 units: a lone surrogate


class Holds:
    """Profile requests of the check's own service held until the check lets each one go.

    ``/profile?...&hold=KEY`` waits in the service's handler thread until ``release(KEY)``
    (at most CAP seconds: only a guard against a hang), so that visits are under way at the
    same moment, each waiting for its profile, and end in an order the check chooses.
    """

    CAP = 10.0

    def __init__(self):
        self.arrived: list[str] = []
        self.released: set[str] = set()
        self.changed = threading.Condition()

    def hold(self, key: str) -> None:
        with self.changed:
            self.arrived.append(key)
            self.changed.notify_all()
            self.changed.wait_for(lambda: key in self.released or "*" in self.released,
                                  timeout=self.CAP)

    def release(self, key: str) -> None:
        with self.changed:
            self.released.add(key)
            self.changed.notify_all()

    def arrivals(self, count: int, quiet_s: float) -> list[str]:
        """The keys held, once ``count`` arrived or none came for ``quiet_s`` (a visit that
        waits for another one, behind a lock, never reaches the service meanwhile)."""
        with self.changed:
            while len(self.arrived) < count:
                before = len(self.arrived)
                self.changed.wait(quiet_s)
                if len(self.arrived) == before:
                    break
            return list(self.arrived)


HOLDS = Holds()


class IPv6Server(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6


@contextlib.contextmanager
def profile_service(ipv6: bool = False):
    """``with profile_service() as url_of:`` ``url_of(user_id, name)`` is a profile's URL.

    ``ipv6``: on the IPv6 loopback, http://[::1]:port/... (OSError where there is none).
    """
    server = (IPv6Server(("::1", 0), ProfileHandler) if ipv6
              else http.server.ThreadingHTTPServer(("127.0.0.1", 0), ProfileHandler))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    host = f"[{host}]" if ipv6 else host
    try:
        yield lambda user_id, name: (f"http://{host}:{port}/profile?"
                                     + urlencode({"user_id": user_id, "name": name}))
    finally:
        server.shutdown()
        server.server_close()


_own_service: dict = {}  # the check's profile service for the faults, started once per run


def own_service_url(path: str) -> str:
    if "url_of" not in _own_service:
        stack = contextlib.ExitStack()  # closed when the run's process ends
        _own_service["url_of"] = stack.enter_context(profile_service())
        _own_service["stack"] = stack
    root = _own_service["url_of"](0, "")
    return root.split("/profile?")[0] + path


# --- the ways a visit can fail ------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    label: str  # "the service answered HTTP 500"
    url: str  # "profile", "500", "404", "refused", "not a profile"
    damaged_db: bool = False
    db_folder_missing: bool = False
    log_folder_missing: bool = False
    log_full: bool = False  # the log opens, but writing it fails (only what is closed is judged)
    locked: bool = False  # another connection reads the database: the visit's commit fails
    returned: tuple = ()  # (meaning, nudge) when yours returns where the starter raises
    differs: tuple = ()  # (meaning, nudge) when yours raises another kind of error
    also: tuple = ()  # other kinds of error that say the same as the starter's

    def paths(self, folder: Path) -> tuple[Path, Path]:
        db = folder / ("missing" if self.db_folder_missing else "") / "visits.db"
        log = folder / ("missing" if self.log_folder_missing else "") / "visits.log"
        if self.log_full:
            log = Path(FULL_DEVICE)
        if self.damaged_db:
            db.write_bytes(b"this is not a database, it was overwritten by a backup script\n" * 64)
        if self.locked:
            with contextlib.closing(sqlite3.connect(db)) as conn:
                conn.execute("CREATE TABLE visits (user_id INTEGER, name TEXT)")
        return db, log

    @contextlib.contextmanager
    def held(self, db: Path):
        """Around the call: for a locked database, another connection in a read transaction.

        SQLite then cannot commit the visit (the reader holds its shared lock): each statement
        of each connection the call opens waits LOCK_WAIT_MS for it, not the 5 s of
        sqlite3.connect, nor any busy timeout the code sets itself (a longer one is right:
        check_waits_for_a_busy_database reads it), so the starter's error comes at once.
        """
        if not self.locked:
            yield
            return
        with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as reader:
            reader.execute("BEGIN")
            reader.execute("SELECT COUNT(*) FROM visits").fetchall()
            try:
                with impatient_connections(LOCK_WAIT_MS):
                    yield
            finally:
                reader.execute("COMMIT")

    def address(self, ctx) -> str:
        return {"profile": profile_url(ctx, 4), "500": f"{ctx.api.url}/fail/1?delay_ms=5",
                "500 stalled": f"{ctx.api.url}/stall/1?status=500",
                "404": f"{ctx.api.url}/status/404?delay_ms=5",
                "refused": f"{ctx.api.refused_url}/users/4/profile",
                "not a profile": f"{ctx.api.url}/items/4?delay_ms=5",
                "null": f"{ctx.api.url}/json?value=null",
                "[]": f"{ctx.api.url}/json?value=%5B%5D",
                "huge id": own_service_url("/profile?" + urlencode({"user_id": 2**63,
                                                                    "name": "User 4"})),
                "bad port": "http://127.0.0.1:port/users/4/profile",
                "500 close": own_service_url("/close/500"),
                "200 reset": own_service_url("/reset"),
                "302": own_service_url("/moved"),
                "201": own_service_url("/created"),
                "cut": own_service_url("/cut")}[self.url]

    @property
    def files_usable(self) -> bool:
        return not (self.damaged_db or self.db_folder_missing or self.log_folder_missing)

    @property
    def usable_here(self) -> bool:
        return not self.log_full or os.path.exists(FULL_DEVICE)


FULL_DEVICE = "/dev/full"  # Linux: opens, and every write to it fails with ENOSPC


FAULTS = [
    Fault("the service answered HTTP 500", "500"),
    Fault("the service answered HTTP 404", "404"),
    Fault("the service answered HTTP 500 with `Connection: close` (an HTTP/1.0 server, many "
          "proxies on errors: the response then owns the socket)", "500 close"),
    Fault("the service answered 200 with `Connection: close` (the response then owns the "
          "socket), sent half the profile, then reset the connection", "200 reset"),
    Fault("the service answered HTTP 500, then sent half its error page and nothing more (a "
          "proxy's error page cut off)", "500 stalled",
          differs=("the status line said 500, and the starter raised there at once: reading the "
                   "error page first made the visit wait for a body that never came, until the "
                   "socket's timeout, with every file and connection open meanwhile",
                   "look at response.status before reading anything; raise if it is not 200")),
    Fault("the service refused the connection", "refused"),
    Fault("the service answered 200 with something that is not a profile", "not a profile"),
    Fault("the service answered 200 with JSON that is not an object: null (a stub, a "
          "misconfigured proxy)", "null"),
    Fault("the service answered 200 with JSON that is not an object: []", "[]"),
    Fault("the profile's user_id was 2**63, past SQLite's 64-bit INTEGER (an id from another "
          "system), which the INSERT cannot store", "huge id"),
    Fault("the service answered 302 (a redirect to a profile that answers 200)", "302",
          returned=("the contract says any status other than 200 raises RuntimeError, as the "
                    "starter did: following the redirect recorded a visit with whatever "
                    "another address answered (a load balancer's login page, another host)",
                    "urllib.request.urlopen follows redirects by itself; http.client does not, "
                    "and response.status tells you what the service answered"),
          differs=("the contract says any status other than 200 raises RuntimeError, as the "
                   "starter did, a redirect included: a caller that handles the service's "
                   "answers (`except RuntimeError`) misses this one",
                   "compare response.status with 200 exactly, as the starter does, and raise "
                   "RuntimeError for any other: a test such as `status >= 400` lets a 302 "
                   "through, and its empty body is then read as a profile")),
    Fault("the service answered 201 Created, with a body that reads as a profile", "201",
          returned=("the contract says any status other than 200 raises RuntimeError, as the "
                    "starter did, 2xx included: a 201 (or 202, 203 from a proxy) is not the "
                    "profile service's answer to GET, and recording a visit with its body "
                    "stores whatever that answer held",
                    "compare response.status with 200 exactly, as the starter does, not with "
                    "a range of success codes")),
    Fault("the profile URL's port was not a number (a typo in the settings)", "bad port",
          also=(http.client.HTTPException,)),  # urllib's InvalidURL, not a ValueError in 3.11
    Fault("the profile's name held half an emoji (a lone surrogate, \"\\ud83d\" in its "
          "JSON, as a JavaScript service that cut a name in the middle of an emoji sends it), "
          "which the INSERT cannot encode", "cut"),
    Fault("the database file was damaged (not a database)", "profile", damaged_db=True),
    Fault("another connection was reading the database (a report, a backup, another worker), "
          "so the visit's commit failed: database is locked", "profile", locked=True),
    Fault("the log file's folder did not exist", "profile", log_folder_missing=True),
    Fault("the database's folder did not exist", "profile", db_folder_missing=True),
    Fault(f"the log was {FULL_DEVICE} (a full disk: it opens, but writing the line fails, "
          "often only when the file is closed)", "profile", log_full=True),
]


def profile_url(ctx, user_id: int) -> str:
    return f"{ctx.api.url}/users/{user_id}/profile?delay_ms=5"


def same_kind(error: BaseException | None, expected: BaseException, also: tuple = ()) -> bool:
    """The starter's kind of error, or one raised `from` it; OSErrors count as one kind."""
    kind = (type(expected), *also)
    while error is not None:
        if isinstance(error, kind) or (isinstance(expected, OSError) and isinstance(error, OSError)):
            return True
        error = error.__cause__
    return False


_starter_faults: dict = {}  # Fault -> (error, rows, log lines, seconds): the starter's, once per run


def starter_outcome(ctx, fault: Fault):
    if fault not in _starter_faults:
        with scratch() as name:
            db, log = fault.paths(Path(name))
            with fault.held(db):
                started = time.monotonic()
                _, error = run_starter(ctx, db, log, fault.address(ctx))
                took = time.monotonic() - started
            _starter_faults[fault] = (error, stored(db), log_lines(log), took)
    return _starter_faults[fault]


# --- the checks ---------------------------------------------------------------------------


def default_timeout_unset(ctx, when: str, defaults: list | None = None) -> None:
    """No default timeout for every socket of the process (socket.setdefaulttimeout): now, or
    as each socket in ``defaults`` (Traffic.defaults) was made."""
    during = defaults is not None
    value = next((each for each in defaults if each is not None), None) if during \
        else socket.getdefaulttimeout()
    ctx.expect(value is None,
               f"{when}, every new socket in the process had a timeout of {value!r} s "
               "(socket.setdefaulttimeout)",
               "the default timeout is the whole process's: every socket a library opens without "
               "a timeout of its own (a long poll, a websocket kept open while idle) now gives "
               "up after that long without data, far from this code"
               + ("; set for the call and put back, it still reaches the sockets other threads "
                  "open meanwhile (a threaded server's other requests), and two calls at once "
                  "put back each other's value, which may leave it set" if during else ""),
               "keep the starter's `timeout=5` on the one connection it makes")


def check_result(ctx):
    """record_visit stores the visit in its own database, writes one log line, returns the count."""
    default_timeout_unset(ctx, "once your file was loaded")
    with scratch() as one, \
            scratch() as two:
        first, second = Path(one), Path(two)
        defaults = []  # the process's default socket timeout as each socket was made
        for number, folder in ((1, first), (2, first), (1, second)):
            with ctx.api.recording() as asked, tidied(), traffic() as network:
                result = ctx.call_sync("record_visit", str(folder / "visits.db"),
                                       str(folder / "visits.log"), profile_url(ctx, 7))
            defaults += network.defaults
            want = {"user_id": 7, "name": "User 7", "visits": number}
            where = "a second database" if folder is second else "the first database"
            ctx.expect(result == want,
                       f"visit {number} of user 7 to {where} returned {result!r}",
                       f"the page shows {want!r}: the count of this user's visits in the "
                       "database at db_path, the one this call was given",
                       "open the database named by db_path on every call (nothing kept from "
                       "an earlier call; as a URI, quote the path: `Path(db_path).absolute().as_uri()`), and "
                       "keep what the starter returns")
            ctx.expect(asked.requests["profile"] == 1,
                       f"one visit asked the profile service {asked.requests['profile']} times",
                       "the name comes from the profile service, once per visit",
                       "keep the GET of profile_url")
        default_timeout_unset(ctx, "after record_visit had run")
        default_timeout_unset(ctx, "while record_visit ran (the default was put back before "
                                   "it returned)", defaults)
        for folder, visits in ((first, 2), (second, 1)):
            rows = stored(folder / "visits.db")
            ctx.expect(rows == [(7, "User 7")] * visits,
                       f"after {visits} visit(s) to one database its table holds {rows!r}",
                       "every visit must be stored, and committed, in the database it names",
                       "keep the INSERT and the commit, on a connection to db_path")
            lines = (folder / "visits.log").read_text(encoding="utf-8").splitlines() \
                if (folder / "visits.log").exists() else []
            ctx.expect(len(lines) == visits and all("7" in line for line in lines),
                       f"after {visits} visit(s) the log holds {lines!r}",
                       "every visit appends one line to its log, and it must reach the file",
                       "keep the log.write of the starter, in append mode")
        changed_under_it(ctx, first)
        stored_meanwhile(ctx, second)


def stored_meanwhile(ctx, folder: Path) -> None:
    """A visit during which another connection stores a visit of the same user, just before
    the visit's first write (its BEGIN or INSERT, seen by SQLite's trace callback): the count
    returned is the table's once it returns. (If the visit's connection already holds a lock
    there, the other connection cannot write, and nothing is judged.)"""
    db, log = folder / "visits.db", folder / "visits.log"
    before = len(stored(db) or [])
    done: list = []

    def meanwhile(opened, sql: str) -> None:
        if done or not (sql_probes.keyword(sql) == "BEGIN" or sql_probes.writes(sql)) or \
                Path(opened.database).name != db.name:
            return
        done.append(False)  # once only (this connection's own statements come here too)
        with contextlib.suppress(sqlite3.OperationalError):  # the visit holds a lock already
            with contextlib.closing(sqlite3.connect(db, timeout=0)) as other, other:
                other.execute("INSERT INTO visits (user_id, name) VALUES (7, 'User 7')")
            done[0] = True

    with sql_probes.opened_connections(on_statement=meanwhile):
        result, error = call_tidied(ctx, db, log, profile_url(ctx, 7))
    if done != [True]:
        return
    rows = len(stored(db) or [])
    got = said(error) if error is not None else f"returned {result!r}"
    ctx.expect(error is None and isinstance(result, dict) and result.get("visits") == rows,
               f"user 7 had {before} visit{'s' * (before != 1)} in a database; during the "
               f"next visit, after it had read the database and just before its first write, "
               f"another connection stored a visit of user 7. The visit {got}; the table then held {rows} visits of user 7",
               "n is how many visits of that user the table holds once this visit is stored: a "
               "count taken before the INSERT, plus one, misses every visit another worker "
               "stores in between (a threaded server records several at once)",
               "count after the INSERT, as the starter does (after the commit, or inside the "
               "same transaction)")


def changed_under_it(ctx, folder: Path) -> None:
    """The count and the table come from the database as it is now, whoever changed it since."""
    db, log = folder / "visits.db", folder / "visits.log"

    def another_writer():
        with contextlib.closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("INSERT INTO visits (user_id, name) VALUES (7, 'User 7')")

    def replaced():
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)

    for change, what, number in (
            (another_writer, "another connection (a second worker process, a script) stored a "
                             "visit of user 7 in that database", 4),
            (replaced, "the database file was deleted (a cleanup job; a restore from a backup "
                       "replaces it the same way)", 1)):
        with contextlib.closing(sqlite3.connect(db)) as conn:
            held = conn.execute("SELECT COUNT(*) FROM visits WHERE user_id = 7").fetchone()[0]
        change()
        result, error = call_tidied(ctx, db, log, profile_url(ctx, 7))
        want = {"user_id": 7, "name": "User 7", "visits": number}
        got = said(error) if error is not None else f"returned {result!r}"
        ctx.expect(error is None and result == want,
                   f"with {held} visits of user 7 in the first database, {what}; the next "
                   f"visit {got}",
                   f"the starter returned {want!r}: n is how many visits of that user the table "
                   "holds now, and the database is created if missing. What one call remembers "
                   "of a database (a count, a table it created) is stale as soon as anything "
                   "else writes to the file or replaces it",
                   "ask the database on every call: keep nothing about it from an earlier call")


def visits_both(ctx, url_of, profiles):
    """The starter's and yours: results, rows and the log's lines after the same sequence of visits."""
    outcomes = []
    for which in ("broken", "yours"):
        with scratch() as name:
            db, log = Path(name) / "visits.db", Path(name) / "visits.log"
            results = []
            for user_id, person in profiles:
                result, error = call_tidied(ctx, db, log, url_of(user_id, person), which=which,
                                            catch=which == "yours")
                results.append(result if error is None else said(error))
            outcomes.append({"returned": results, "rows": stored(db), "log": log_text(log),
                             "database file's settings": file_settings(db)})
    return outcomes


def said(error: BaseException) -> str:
    """``raised OperationalError: near "Brien": syntax error`` (without the file's name)."""
    text = str(error)
    if isinstance(error, ExerciseBroken) and " raised " in text:
        text = "raised " + text.split(" raised ", 1)[1]
    else:
        text = f"raised {type(error).__name__}: {text}"
    return text if len(text) <= 160 else text[:159] + "…"


NAMES = st.one_of(
    st.sampled_from(["O'Brien", 'Ada "the first"', "Zoë Ünal", "李小龍", "", "  x  ",
                     "Robert'); DROP TABLE visits;--", "%s %d {}", "User 7"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12),
)
VISITS = st.lists(st.tuples(st.sampled_from([0, 1, 7, 2**31, 2**53 + 1]) | st.integers(0, 10**12),
                            NAMES), min_size=1, max_size=4)


def check_same_as_starter(ctx):
    """On visits with awkward names, ids and profile bodies, the counts, rows and log match the starter's."""
    with profile_service() as url_of:
        agree(ctx, VISITS, lambda profiles: visits_both(ctx, url_of, profiles),
              what="record_visit over this sequence of visits (user_id, name), each in the same "
                   "database and log,",
              same=same_visits, examples=ORACLE_EXAMPLES,
              nudge="compare with the starter on that input: the count is this user's rows "
                    "only, and each visit is one row and one log line that says what the "
                    "starter's says (its count, after this visit is stored, and the name as "
                    "the service sent it; you may leave parts out, not change them)")
        same_under_ascii_locale(ctx, url_of)
        for odd in ODD_VISITS:
            same_on_odd_visit(ctx, url_of, odd)
        for odd_profile in ODD_PROFILES:
            same_on_odd_profile(ctx, url_of, odd_profile)


@contextlib.contextmanager
def logging_disabled():
    """Logging switched off for the whole process, as an app or a test suite may do it."""
    before = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        yield
    finally:
        logging.disable(before)


@dataclass(frozen=True)
class OddVisit:
    """A visit the starter records that a fix may lose: see same_on_odd_visit."""

    what: str  # "a profile in UTF-16"
    query: dict  # added to the profile's URL (ProfileHandler's charset, pad)
    meaning: str
    nudge: str
    around: object = contextlib.nullcontext  # called: a context manager around both visits


BODY_MEANING = ("the starter parses the bytes the service sent, all of them: json.loads on "
                "bytes skips a UTF-8 byte order mark and reads UTF-16 and UTF-32, whatever the "
                "length of the body, so it records this visit; yours loses it")
BODY_NUDGE = "parse the profile as the starter does: `json.loads(response.read())`, all of it, as bytes"
ODD_VISITS = (
    OddVisit("a profile that starts with a UTF-8 byte order mark (as .NET and PowerShell "
             "services send it)", {"charset": "utf-8-sig"}, BODY_MEANING, BODY_NUDGE),
    OddVisit("a profile in UTF-16 (its Content-Type says so)", {"charset": "utf-16"},
             BODY_MEANING, BODY_NUDGE),
    OddVisit("a profile of about 300 KB (a long \"about\" field)", {"pad": 300_000},
             BODY_MEANING, BODY_NUDGE),
    OddVisit("the process's logging switched off (logging.disable(logging.CRITICAL), as an app "
             "or a test suite may do)", {},
             "the log file is the visit's own record, written whatever the app does with its "
             "logging: a line sent through the logging module is dropped when the process's "
             "logging settings say so (logging.disable, a level, a filter), while the visit is "
             "stored and counted, so the log and the table no longer agree",
             "write the line to the log file yourself, as the starter does", logging_disabled),
)


def same_on_odd_visit(ctx, url_of, odd: OddVisit) -> None:
    """One visit by a non-ASCII name, under ``odd``'s conditions: as the starter's."""
    person = "Zoë 李"
    with odd.around():
        want, got = visits_both(
            ctx, lambda user_id, name: f"{url_of(user_id, name)}&{urlencode(odd.query)}"
            if odd.query else url_of(user_id, name), [(5, person)])
    if same_visits(want, got):
        return

    def told(outcome: dict) -> str:
        (result,) = outcome["returned"]
        return (f"{'returned ' + repr(result) if isinstance(result, dict) else result}, "
                f"stored {outcome['rows'] or []!r} and logged {short(outcome['log'], 120)}")

    ctx.fail(f"with {odd.what}, a visit of user 5 ({person!r}) {told(got)}; the starter "
             f"{told(want)}", odd.meaning, odd.nudge)


@dataclass(frozen=True)
class OddProfile:
    """A profile the starter records (or refuses) as the service sent it: see same_on_odd_profile."""

    what: str  # "a profile whose name is null"
    profile: dict  # sent as JSON text, as it is
    meaning: str
    nudge: str
    indent: int | None = None  # json.dumps(indent=...): a profile of several lines
    chunked: bool = False  # Transfer-Encoding: chunked, no Content-Length
    ipv6: bool = False  # the service is at the IPv6 loopback, http://[::1]:port/...


VALUE_MEANING = ("the starter stores, logs and returns the profile's user_id and name as the "
                 "service sent them (JSON null, true, numbers, strings, Unicode as it came), or "
                 "fails where SQLite cannot store one (a list); closing what the visit opened "
                 "does not change what it records: a caller, or a later query, now sees "
                 "another value than the service's")
VALUE_NUDGE = ("pass profile[\"user_id\"] and profile[\"name\"] to the INSERT, the log line and "
               "the result as json.loads gave them, as the starter does: no conversion, no "
               "normalisation, no reading back, no new constraint on the table")
ODD_PROFILES = (
    OddProfile("a profile whose name is null", {"user_id": 5, "name": None},
               VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a profile whose name is true", {"user_id": 5, "name": True},
               VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a profile whose name is a list", {"user_id": 5, "name": ["Zoë", "李"]},
               VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a profile whose name is a number", {"user_id": 5, "name": 42},
               VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a profile whose user_id is a string", {"user_id": "5", "name": "Zoë"},
               VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a profile whose name is in decomposed Unicode (NFD: \"e\" then a combining "
               "accent, as macOS and some keyboards write it)",
               {"user_id": 5, "name": "Zoe\u0308 Jose\u0301"}, VALUE_MEANING, VALUE_NUDGE),
    OddProfile("a pretty-printed profile (json.dumps(..., indent=2): several lines)",
               {"user_id": 5, "name": "Zoë 李"}, BODY_MEANING, BODY_NUDGE, indent=2),
    OddProfile("a profile sent chunked (Transfer-Encoding: chunked, no Content-Length: as "
               "many servers stream JSON)", {"user_id": 5, "name": "Zoë 李"},
               "http.client's response.read() reads a chunked body to its end, as it reads one "
               "with a Content-Length; the starter records this visit, yours loses it",
               "read the whole body as the starter does: `response.read()`, without a length",
               chunked=True),
    OddProfile("a profile service at an IPv6 address (http://[::1]:port/...)",
               {"user_id": 5, "name": "Zoë 李"},
               "urlsplit's hostname and port read a URL whose host is an IPv6 address (in "
               "brackets, with colons in it) as the starter uses them; splitting the netloc "
               "at a colon yourself loses the visit of such a URL",
               "keep the starter's `url.hostname` and `url.port` from urlsplit", ipv6=True),
)


def same_on_odd_profile(ctx, url_of, odd: OddProfile) -> None:
    """One visit of ``odd``'s profile, sent as it is: as the starter's."""
    if odd.ipv6:
        with contextlib.ExitStack() as stack:
            try:
                url_of_ipv6 = stack.enter_context(profile_service(ipv6=True))
            except OSError as error:  # no IPv6 loopback here (a container without it)
                ctx.note(f"Skipped {odd.what}: no IPv6 loopback here ({error}).")
                return
            same_on_odd_profile(ctx, url_of_ipv6, replace(odd, ipv6=False))
        return
    url = url_of(0, "").split("/profile?")[0] + "/profile?" + urlencode(
        {"body": json.dumps(odd.profile, indent=odd.indent), **({"chunked": 1} if odd.chunked else {})})
    want, got = visits_both(ctx, lambda user_id, name: url, [(None, None)])
    for outcome in (want, got):  # an error by its kind and text, not the line that raised it
        outcome["returned"] = [each.split(" (line ")[0] if isinstance(each, str) else each
                               for each in outcome["returned"]]
    if same_visits(want, got):
        return

    def told(outcome: dict, shown=repr) -> str:
        (result,) = outcome["returned"]
        return (f"{'returned ' + shown(result) if isinstance(result, dict) else result}, "
                f"stored {shown(outcome['rows'] or [])} and logged {shown(outcome['log'])}")

    looks_the_same = unicodedata.normalize("NFC", told(got)) == unicodedata.normalize("NFC", told(want))
    shown = ascii if looks_the_same else repr  # "é" and "e\u0301" look the same, differ in ascii()
    ctx.fail(f"with {odd.what}, {json.dumps(odd.profile, ensure_ascii=shown is ascii)}, a visit "
             f"{told(got, shown)}; the starter {told(want, shown)}", odd.meaning, odd.nudge)


@contextlib.contextmanager
def ascii_locale():
    """The C locale, set at run time: its encoding is then ASCII, not UTF-8 (Linux, macOS).

    A stand-in for any locale whose encoding is not UTF-8 (Windows' ANSI code page, a legacy
    Latin-1 locale). LANG=C at start-up would not do: Python 3.7+ then coerces the locale to
    UTF-8 (PEP 538) and turns on UTF-8 mode (PEP 540). Yields the encoding open() then uses
    without one (Windows ignores the C locale: its ANSI code page), or None where that is UTF-8.
    """
    before = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, "C")
    except locale.Error:
        yield None
        return
    try:
        # what open() uses without an encoding: UTF-8 in UTF-8 mode, else the locale's
        encoding = codecs.lookup(locale.getpreferredencoding(False)).name
        yield None if encoding == "utf-8" else encoding
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


def same_under_ascii_locale(ctx, url_of) -> None:
    """A visit by a non-ASCII name, under a locale whose encoding is not UTF-8: as the starter's."""
    person = "Zoë 李"
    found = {}
    with ascii_locale() as encoding:
        if encoding is None:
            return
        for which in ("broken", "yours"):
            with scratch() as name:
                db, log = Path(name) / "visits.db", Path(name) / "visits.log"
                result, error = call_tidied(ctx, db, log, url_of(7, person), which=which,
                                            catch=which == "yours")
                found[which] = (result if error is None else said(error), log_text(log),
                                stored(db))
    (got, lines, rows), (want, want_lines, want_rows) = found["yours"], found["broken"]
    if (got, rows) != (want, want_rows) or not says_the_same(want_lines, lines):
        here = ("ASCII: the C locale, set while the check ran" if encoding == "ascii" else
                f"{encoding}: the encoding open() used by default while the check ran")
        ctx.fail(f"under a locale whose encoding is not UTF-8 (here {here}), a visit by {person!r} "
                 f"{'returned ' + repr(got) if isinstance(got, dict) else got}, with the log "
                 f"{short(lines, 120)} (read as UTF-8) and {rows!r} stored; the starter returned "
                 f"{want!r} and wrote {short(want_lines, 120)} in UTF-8",
                 "open() without an encoding writes in the locale's encoding: UTF-8 on most "
                 "Linux and macOS systems (from Python 3.7 even under LANG=C), but Windows' "
                 "ANSI code page (cp1252 and others, until Python 3.15 makes UTF-8 the "
                 "default) and a legacy Linux locale's Latin-1 are not UTF-8. There a "
                 "visitor's name raises UnicodeEncodeError after the visit was committed, "
                 "mixes encodings in one log, or (with errors=\"replace\") is written as "
                 "question marks: the log no longer says who visited",
                 "keep the starter's `encoding=\"utf-8\"` when you open the log")


def check_errors(ctx):
    """When a visit fails, it raises the starter's error, stores nothing, and the next visit works."""
    for fault in FAULTS:
        if fault.log_full:
            continue  # the starter loses that line at garbage collection: only closing is judged
        expected, want_rows, want_lines, starter_took = starter_outcome(ctx, fault)
        with scratch() as name:
            db, log = fault.paths(Path(name))
            left_open: list = []  # the visit's sqlite3 connections still open when it ended
            with fault.held(db), traffic() as network:
                started = time.monotonic()
                result, raised = call_tidied(ctx, db, log, fault.address(ctx),
                                             databases=left_open)
                took = time.monotonic() - started
            if raised is None:
                meaning, nudge = fault.returned or (
                    "a caller who gets a return value believes the visit was recorded",
                    "let the error reach the caller; closing things on the way out does not "
                    "need an `except` that swallows it")
                ctx.fail(f"when {fault.label}, record_visit returned {result!r:.80}",
                         f"the starter raised {type(expected).__name__} there: {meaning}", nudge)
            if replaced_while_handled(raised, expected, fault.also):
                meaning, nudge = (
                    f"yours raised that kind of error too, then {type(raised).__name__} while "
                    "handling it (a `raise` in an `except`, or an error in a `finally` or a "
                    "`with` block's exit), which took its place: the caller's error handling, "
                    "and whoever reads the log, need the real cause",
                    "if you meant to wrap it, say so: `raise ... from error` keeps the cause "
                    "for the caller; otherwise check what your cleanup does when an earlier "
                    "line failed (a name never assigned, an object never opened): a `with` "
                    "block only closes what it opened")
            else:
                meaning, nudge = fault.differs or (
                    "the exercise asks that each failure raise the starter's error, since a "
                    "caller's error handling (an `except` for that kind, a retry on some kinds "
                    "only) tells failures apart by their kind",
                    "let that failure raise the starter's kind of error, as the starter does; "
                    "to add a message of your own, wrap it: `raise ... from error` keeps the "
                    "starter's error as the cause")
            ctx.expect(same_kind(raised, expected, fault.also),
                       f"when {fault.label}, record_visit raised {type(raised).__name__}: "
                       f"{short(str(raised), 120)}",
                       f"the starter raised {type(expected).__name__} "
                       f"({short(str(expected), 80)}): {meaning}", nudge)
            rows, lines = stored(db), log_lines(log)
            ctx.expect((rows or []) == (want_rows or []) and lines == want_lines,
                       f"when {fault.label}, record_visit raised {type(raised).__name__}, yet "
                       f"the table held {rows or []!r} and the log {lines} line(s) afterwards",
                       f"the starter stores nothing and writes no line there "
                       f"({want_rows or []!r}, {want_lines}): a failed visit is not a visit. The "
                       "caller was told the visit failed and may retry it, which stores it twice",
                       "open everything the visit needs (the database, the log, the profile) "
                       "before storing anything: insert only once the profile is there and the "
                       "log file is open, and write the log line once the commit succeeded")
            ctx.expect(network.asked <= 1,
                       f"when {fault.label}, record_visit asked the service {network.asked} "
                       f"times ({network.connects} connection{'s' * (network.connects != 1)} "
                       f"attempted, {network.requests} request{'s' * (network.requests != 1)} "
                       f"sent) and raised {type(raised).__name__} after {took:.2f} s; the "
                       f"starter asks at most once, and raised after {starter_took:.2f} s",
                       "a visit that asks again (a retry, after a pause or not) keeps its caller "
                       "waiting, and whatever it holds open (the database, the log file, a "
                       "threaded server's worker) held, through every attempt and every pause, "
                       "each time the service fails; and a service that is struggling gets "
                       "several requests for each visit, from every worker at once",
                       "ask once, as the starter does, and let the error go up: whether to try "
                       "again, and how soon, is the caller's choice (it knows how long it can "
                       "wait)")
            if fault.damaged_db:
                continue  # the next visit fails too, and must
            for path in (db, log):
                path.parent.mkdir(exist_ok=True)  # a missing folder is there now
            if db.exists() and sql_probes.lock_refused(db, "EXCLUSIVE"):
                still_locked(ctx, fault, left_open)
            after, error = call_tidied(ctx, db, log, profile_url(ctx, 4))
            ctx.expect(error is None and after == {"user_id": 4, "name": "User 4", "visits": 1},
                       f"after a failed visit ({fault.label}), the next visit with the same "
                       f"files{'' if fault.files_usable else ', the folder now there,'} "
                       + (said(error) if error is not None else f"returned {after!r}"),
                       "a failure must leave nothing behind that changes the next call (a "
                       "connection left open keeps its transaction, and its lock on the database)",
                       "close everything the failed visit opened on the way out, and keep nothing "
                       "from one call to the next")


def still_locked(ctx, fault: Fault, left_open: list) -> None:
    """Fail: after a failed visit the database was still locked. Said by what was seen of the
    visit's own connections when it raised: ``left_open``, as call_tidied fills it."""
    locked = f"after a failed visit ({fault.label}), the database was still locked"
    cost = ("so the next visit waits its 5 s timeout for that lock, then fails with 'database is "
            "locked'")
    if not left_open:
        ctx.fail(f"{locked}, though each sqlite3 connection record_visit opened in that call "
                 "was closed when it raised: something else of your code holds a lock on it (a "
                 "connection kept from an earlier call, or one another thread opened for it)",
                 f"a failure must leave nothing behind that changes the next call, {cost}",
                 "open the database on every call, in the thread that calls record_visit, close "
                 "it on the way out, and keep nothing from one call to the next")
    names = sorted({name for name, _ in left_open})
    busy = any(in_transaction for _, in_transaction in left_open)
    ctx.fail(f"{locked}: record_visit raised with the sqlite3 connection"
             f"{'s' * (len(left_open) != 1)} it opened to {', '.join(names)} still open"
             + (", in a transaction it had begun (neither committed nor rolled back)"
                if busy else "")
             + ": nothing in record_visit closed it before it raised",
             "a connection the code does not close is closed only when CPython frees it: when "
             "the last reference to it goes, or later, at a garbage collection (a sqlite3 "
             "connection sits in a reference cycle), and never while anything still refers to "
             "it. `del` removes a name, not the object, and gc.collect() frees nothing that is "
             "still referred to: the check keeps a reference to what a visit opens, as an "
             "exception's traceback, an error reporter or a debugger can, so here it stayed "
             f"open{', in its transaction,' if busy else ''} with its lock on the database, "
             + cost,
             "close the connection yourself, however the visit ends: `with "
             "closing(sqlite3.connect(db_path)) as db:`, or try/finally with db.close() "
             "(closing rolls back what was not committed)")


def replaced_while_handled(error: BaseException | None, expected: BaseException,
                           also: tuple = ()) -> bool:
    """Whether ``error`` was raised while the starter's kind of error was being handled
    (Python keeps that one as its __context__): a cleanup, or an `except`, that raised."""
    seen = set()
    context = error.__context__ if error is not None else None
    while context is not None and id(context) not in seen:
        if same_kind(context, expected, also):
            return True
        seen.add(id(context))
        context = context.__context__
    return False


BUSY_S = 0.3  # another connection keeps the write lock this long once the visit writes
STARTER_BUSY_S = 5.0  # sqlite3.connect's default timeout: how long the starter waits for a lock


def busy_timeout_s(conn) -> float | None:
    """How long ``conn`` waits for another connection's lock now (PRAGMA busy_timeout), read
    through a cursor of the check's own (the learner's row_factory left out); None if unread."""
    try:
        cursor = sqlite3.Cursor(conn)  # not conn.cursor(): a factory of the learner's may override it
        cursor.row_factory = None
        return cursor.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    except Exception:  # a connection of the learner's making: whatever it does, nothing is read
        return None


def wants_write_lock(sql: str) -> bool:
    """A statement that waits for another connection's write lock: a write, or a BEGIN
    IMMEDIATE or EXCLUSIVE."""
    return (sql_probes.writes(sql)
            or re.match(r"\s*BEGIN\s+(IMMEDIATE|EXCLUSIVE)", sql, re.I) is not None)


SCHEMA_CHANGES = {"CREATE", "DROP", "ALTER", "REINDEX", "VACUUM", "ANALYZE"}


def may_wait_for_write_lock(sql: str) -> bool:
    """A statement that may wait for another connection's write lock: a write, a BEGIN
    IMMEDIATE or EXCLUSIVE, or a change of the schema (CREATE INDEX; even CREATE TABLE IF NOT
    EXISTS, which waits only where the table is missing)."""
    return wants_write_lock(sql) or sql_probes.keyword(sql) in SCHEMA_CHANGES


@dataclass
class Busy:
    """What the other writer of written_meanwhile did: see there."""

    held_s: float | None = None  # how long it kept its lock after the visit began writing
    patience_s: float | None = None  # the busy timeout of the visit's first writing connection
    first: str = ""  # the visit's first statement that may wait for the lock (its first word)
    error: str = ""  # what went wrong with the other writer itself (then nothing is judged)

    @property
    def impatient(self) -> bool:
        """The visit's connection waits less than the starter's for a lock."""
        return self.patience_s is not None and self.patience_s < STARTER_BUSY_S


@contextlib.contextmanager
def written_meanwhile(db: Path):
    """Around a visit in this thread: another connection (another worker recording its own
    visit) takes the database's write lock (BEGIN IMMEDIATE) before the visit starts, keeps it
    until BUSY_S after the visit's first statement that may wait for it began (a write or a
    change of the schema: may_wait_for_write_lock; or until the visit ended), then commits;
    until BUSY_S past that statement's busy timeout where it is shorter than the starter's.
    Decided by the visit's own statements and settings (sql_probes), not by a stopwatch: a
    visit that gives up on a lock sooner than the starter fails, one that waits (or retries)
    as long succeeds."""
    busy, locked, ended, writing = Busy(), threading.Event(), threading.Event(), threading.Event()

    def on_statement(opened, sql: str) -> None:  # in the visit's thread, before SQLite runs it
        if not writing.is_set() and may_wait_for_write_lock(sql):
            busy.patience_s = busy_timeout_s(opened.conn)
            busy.first = sql_probes.keyword(sql)
            writing.set()

    def other_worker() -> None:
        try:
            with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as other:
                other.execute("BEGIN IMMEDIATE")
                other.execute("INSERT INTO visits (user_id, name) VALUES (99, 'another worker')")
                locked.set()
                deadline = time.monotonic() + Holds.CAP  # only a guard against a hang
                while not ended.is_set() and time.monotonic() < deadline:
                    if writing.wait(0.002):
                        began = time.monotonic()
                        ended.wait(BUSY_S + (busy.patience_s if busy.impatient else 0.0))
                        busy.held_s = time.monotonic() - began
                        break
                other.execute("COMMIT")
        except sqlite3.Error as error:
            busy.error = f"{type(error).__name__}: {error}"
        finally:
            locked.set()

    worker = threading.Thread(target=other_worker, daemon=True, name="another-worker")
    worker.start()
    locked.wait(Holds.CAP)
    try:
        with sql_probes.opened_connections(on_statement=on_statement):
            yield busy
    finally:
        ended.set()
        worker.join(Holds.CAP)


def check_waits_for_a_busy_database(ctx):
    """While another connection writes to the database for a moment, a visit waits for it and is stored, as the starter's is."""
    with scratch() as name:
        db, log = Path(name) / "visits.db", Path(name) / "visits.log"
        with contextlib.closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("CREATE TABLE visits (user_id INTEGER, name TEXT)")
        with written_meanwhile(db) as busy:
            got, error = call_tidied(ctx, db, log, profile_url(ctx, 4))
        rows = sorted(stored(db) or [])
    # The starter waits up to sqlite3.connect's default 5 s for the lock, then stores its visit.
    want, want_rows = {"user_id": 4, "name": "User 4", "visits": 1}, [(4, "User 4"),
                                                                       (99, "another worker")]
    if busy.error or (error is None and got == want and rows == want_rows):
        return  # (the other writer failed: nothing to judge)
    patience = busy.patience_s
    began = f"the visit's first {busy.first or 'write'} (a statement that may wait for it) began"
    until = (f"{BUSY_S + patience:g} s after {began} ({BUSY_S:g} s past the "
             f"{patience:g} s its connection waits for a lock: PRAGMA busy_timeout, "
             f"sqlite3.connect's timeout)" if busy.impatient
             else f"{BUSY_S:g} s after {began}")
    held = (f" (your visit ended {busy.held_s:.2f} s after its first {busy.first} began)"
            if busy.held_s is not None and not busy.impatient and busy.held_s < BUSY_S else
            "" if busy.held_s is not None else
            " (your visit ended before any statement of it that writes or changes the schema "
            "began)")
    at_once = (patience is not None and not busy.impatient and busy.held_s is not None
               and busy.held_s < BUSY_S and "database is locked" in str(error or ""))
    if at_once:  # a patient connection, and yet no wait: SQLite's deadlock rule
        why = (f"Your connection waits {patience:g} s for a lock, yet 'database is locked' came "
               "at once: SQLite does not wait when a transaction that has already read (a "
               "SELECT, even a CREATE TABLE IF NOT EXISTS on a table that exists) asks for the "
               "write lock, since two such transactions could wait for each other forever. The "
               "visit is lost, where the starter waits its turn and stores it")
        nudge = ("take the write lock when the transaction begins: `BEGIN IMMEDIATE` (on a "
                 "connection opened with isolation_level=None), or keep the starter's default "
                 "transactions, whose implicit BEGIN comes right before the INSERT, with nothing "
                 "read in the transaction yet. With autocommit=False (Python 3.12+) a "
                 "transaction is open from connect on, so even CREATE TABLE IF NOT EXISTS reads "
                 "inside it")
    elif busy.impatient:
        why = ("A connection that gives up sooner turns each of them into a lost visit and an "
               "error for the caller, where the starter waits its turn and stores it")
        nudge = ("keep sqlite3.connect's default timeout of 5 s (or a longer one): what frees "
                 "the database is closing the connection as soon as the visit is done, not "
                 "giving up early on a lock")
    else:
        why = "The starter waits its turn and stores the visit"
        nudge = ("wait for the lock as the starter does: keep sqlite3.connect's default timeout "
                 "of 5 s (or a longer one), and store the visit once the lock is free")
    ctx.fail(f"another connection (another worker recording its own visit) held the database's "
             f"write lock (BEGIN IMMEDIATE) from before the visit until {until}, or until it "
             f"ended{held}, then committed; record_visit "
             + (said(error) if error is not None else f"returned {got!r}")
             + f", and the table held {rows!r}; the starter waits for the lock (up to "
             f"sqlite3.connect's default 5 s), returns {want!r} and stores {want_rows!r}",
             "sqlite3.connect waits up to its timeout (5 s by default) for another connection's "
             "lock: two workers recording visits at once, a backup or a report holding the file "
             "for a moment are normal on a live site. " + why,
             nudge)


def check_closed_after_success(ctx):
    """After a successful visit, the database, the log file and the connection are closed."""
    fds_note(ctx)
    with warnings.catch_warnings():  # what earlier checks' calls left is not this visit's
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()
    with scratch() as name:
        folder = Path(name)
        seen = visit(ctx, folder / "visits.db", folder / "visits.log", profile_url(ctx, 3))
    _seen["success"] = seen
    ctx.record(fds_left_after_success=len(seen.fds_left or {}),
               left_open_after_success=len(seen.left))
    found = evidence(seen)
    only_sqlite = bool(seen.left) and all("sqlite3" in each for each in seen.left)
    meaning = ("nothing in the function closed them. Without the check holding on to them, "
               "CPython would close some when the function's locals go (a ResourceWarning "
               "says so), others only when the garbage collector runs, and none at all while an "
               "exception or a cache still refers to them. Until then each holds a file "
               "descriptor: under load the process hits its limit (\"Too many open files\") or "
               "the database and the service run out of connections")
    if only_sqlite:
        meaning = ("the database connection outlived the call: kept for a later call, or left "
                   "for the garbage collector to find. record_visit is handed a path, not a "
                   "connection, so what it opens it closes (the notebook's 'one long-lived "
                   "connection' is for an app that owns its connection and closes it at "
                   "shutdown). Note: `with sqlite3.connect(...) as db:` commits or rolls back at "
                   "the end of the block, but it does not close the connection")
    ctx.expect(not found,
               "after one successful visit: " + "; ".join(found),
               meaning,
               "close each resource when the function is done with it; a `with` block does "
               "that (check what `with` does for each kind of object)")


def check_closed_after_failure(ctx):
    """Whichever way a visit fails, all is closed before the error reaches the caller."""
    leaks = []
    faults = [fault for fault in FAULTS if fault.usable_here]
    for fault in faults:
        with scratch() as name:
            db, log = fault.paths(Path(name))
            # The reader's lock is let go before what is open is looked at: SQLite keeps a
            # closed connection's descriptor open while another one in the process holds a lock.
            seen = visit(ctx, db, log, fault.address(ctx), failing=True, around=fault.held(db))
        found = evidence(seen)
        if found:
            ended = f"it raised {type(seen.error).__name__}" if seen.error else "it returned"
            leaks.append(f"- when {fault.label} ({ended}): "
                         + "; ".join(found))
    ctx.record(failures_leaving_things_open=len(leaks), failures_tried=len(faults))
    ctx.expect(not leaks,
               f"{len(leaks)} of {len(faults)} ways a visit can fail left things open while "
               "the caller still held the error:\n" + "\n".join(leaks[:4])
               + (f"\n… and {len(leaks) - 4} more" if len(leaks) > 4 else ""),
               "closing at the end of the happy path is skipped whenever something raises "
               "midway, a cleanup in an `except` that names the kinds of error it expects "
               "misses every other kind (a TypeError from a JSON null, an OverflowError from an "
               "id past SQLite's 64-bit INTEGER), a cleanup that assumes every open succeeded fails itself, and in a "
               "row of close() calls one that raises skips the rest (and a response that owns "
               "its socket, after `Connection: close`, needs closing of its own; so does "
               "urllib's HTTPError, which is that response: close it before raising, even when "
               "you raise `from` it, since the new error keeps it as its cause): every "
               "failed request leaves its file, database and connection open for as long as "
               "the exception lives (a logger, an error reporter, a notebook's last "
               "traceback), then for the garbage collector",
               "make the closing happen however the function ends, including when an open "
               "fails or a close raises (closing a file writes its buffer): `with` blocks, "
               "contextlib.ExitStack, or one try/finally per resource, each started right "
               "after its open succeeded")


class StillWaiting(Interrupted):
    """The check's own stop, sent to a visit still under way past the starter's 5 s."""


@contextlib.contextmanager
def stopped_after(seconds: float):
    """Raise StillWaiting in this (the main) thread if the block still runs after ``seconds``
    (where a signal cannot be sent to it, the call's guard alone stops it)."""
    if not hasattr(signal, "pthread_kill") or threading.current_thread() is not \
            threading.main_thread():
        yield
        return
    with raised_here(StillWaiting("the check's stop: the visit was still under way"),
                     lambda done: not done.wait(seconds)):
        yield


@dataclass
class Silent:
    """A visit to a service that takes the request and never answers: see silent_visit."""

    took: float  # seconds until the call ended
    timeouts: list  # of the sockets it opened, in its thread or another
    stopped: bool  # by the check, at give_up_s
    result: object = None
    error: BaseException | None = None
    rows: list | None = None  # the visits table afterwards
    lines: int = 0  # in the log afterwards
    connects: int = 0  # connections it attempted (audit events), in any thread
    requests: int = 0  # HTTP requests it sent

    @property
    def asked(self) -> int:
        return max(self.connects, self.requests)


def silent_visit(ctx, give_up_s: float) -> Silent:
    """A visit to a service that takes the request and never answers (the slow API's /never)."""
    stopped, result, raised = False, None, None
    with scratch() as name, warnings.catch_warnings(), \
            resources.kept_open(ctx.module("yours")) as opened, traffic() as network:
        warnings.simplefilter("ignore", ResourceWarning)
        folder = Path(name)
        started = time.monotonic()
        try:
            with stopped_after(give_up_s), \
                    ctx.guarded("record_visit", give_up_s + STARTER_TIMEOUT_S, catch=False):
                result = ctx.function("record_visit")(
                    str(folder / "visits.db"), str(folder / "visits.log"), f"{ctx.api.url}/never")
        except StillWaiting:
            stopped = True
        except Exception as error:  # the starter's TimeoutError, after its 5 s
            error.__traceback__ = None  # its frames hold what the call opened
            raised = error
        took = time.monotonic() - started
        timeouts = [each.thing.gettimeout() for each in opened if each.kind == "socket"]
        timeouts += network.thread_timeouts()
        resources.close_all(opened)  # seen: no need to leak them into later checks
        rows, lines = stored(folder / "visits.db"), log_lines(folder / "visits.log")
    return Silent(took, timeouts, stopped, result, raised, rows, lines, network.connects,
                  network.requests)


def timeouts_listed(timeouts: list) -> str:
    """Sockets' timeouts as a message says them, beside the starter's."""
    return (", ".join("none (wait forever)" if value is None else f"{value:g} s"
                      for value in timeouts)
            + f"; the starter's connection gives up after {STARTER_TIMEOUT_S:g} s")


def check_gives_up_on_a_silent_service(ctx):
    """A service that never answers is given up on after the starter's one wait of 5 s (every socket has that timeout), raising its TimeoutError and storing nothing."""
    default_timeout_unset(ctx, "after record_visit had run")
    seen = _seen.get("success")
    timeouts = seen.timeouts if seen else []
    slow = [value for value in timeouts if value is None or value > STARTER_TIMEOUT_S]
    ctx.expect(not slow,
               "the socket(s) record_visit opened to the profile service had the timeout(s) "
               + timeouts_listed(slow),
               "a profile service that accepts the connection but never answers (a hung "
               "upstream, a half-open connection) then "
               + ("blocks the visit forever" if None in slow else
                  f"holds the visit {max(slow, default=0):g} s instead of {STARTER_TIMEOUT_S:g} s (longer "
                  "still if the answer trickles in: the timeout is for each wait on the socket)")
               + ", and with it the database, the log file and the socket: a `with` only closes "
               "what it opened once the block ends"
               + (", and a call that never ends closes nothing" if None in slow else ""),
               f"keep the starter's `timeout={STARTER_TIMEOUT_S:g}` on the connection "
               "(urlopen takes one too)")
    # Decided on the timeouts the code set, read from its sockets: no clock, no load.
    waits = [*timeouts, *(seen.request_timeouts if seen else [])]
    short_waits = sorted({value for value in waits
                          if value is not None and value < STARTER_TIMEOUT_S})
    ctx.expect(not short_waits,
               "the socket(s) record_visit opened to the profile service had, as the request "
               "was sent or when the call ended, the timeout(s) " + timeouts_listed(short_waits),
               "a socket's timeout is how long the visit waits for each answer, so it also "
               "decides how slow a working service may be: a profile service that takes longer "
               f"than {min(short_waits, default=0):g} s to answer (a busy moment, a cold cache, "
               "a pause upstream: normal under load) now fails the visit with TimeoutError and "
               "stores nothing, where the starter waits and records it. The timeout is there "
               "for a service that never answers, and the exercise keeps the starter's",
               f"keep the starter's `timeout={STARTER_TIMEOUT_S:g}` on the connection: closing "
               "things needs no shorter wait")
    elsewhere = [value for value in (seen.thread_timeouts if seen else [])
                 if value is None or value > STARTER_TIMEOUT_S]
    if elsewhere:
        longest = "forever" if None in elsewhere else f"{max(elsewhere):g} s"
        ctx.fail("a socket another thread opened for record_visit (not the thread that called "
                 "it) had the timeout(s) " + timeouts_listed(elsewhere),
                 "a deadline on the wait for that thread (a future's result(timeout=...)) ends "
                 "record_visit, not the thread: against a service that accepts the connection "
                 f"but never answers, the thread goes on waiting {longest} with its socket and "
                 "the service's connection open, after the visit has raised; a thread pool "
                 "loses a worker each time the service hangs (and Python waits for a pool's "
                 "workers before it exits)",
                 f"give that socket the starter's `timeout={STARTER_TIMEOUT_S:g}` too, or make "
                 "the request in the thread that calls record_visit")
    give_up_s = STARTER_TIMEOUT_S + min(SILENT_GRACE_S * slowdown(), SILENT_GRACE_MAX_S)
    silent = silent_visit(ctx, give_up_s)
    took, timeouts, stopped = silent.took, silent.timeouts, silent.stopped
    ctx.record(silent_service_s=round(took, 1))
    # Decided on the waits the sockets allow, whatever the clock says: two waits of 3 s are
    # one too many however busy the machine; the time taken catches a pause of other kinds.
    # Asked twice is one too many (a retry, on a new connection or not), whatever its timeouts.
    allowed = sum(value for value in timeouts if value is not None)
    if allowed <= STARTER_TIMEOUT_S and took <= give_up_s and not stopped and silent.asked <= 1:
        gave_up_as_the_starter(ctx, silent)
        return
    asked = ("" if silent.asked <= 1 else
             f", and asked the service {silent.asked} times ({silent.connects} connection"
             f"{'s' * (silent.connects != 1)} attempted, {silent.requests} request"
             f"{'s' * (silent.requests != 1)} sent)")
    sockets = (f"{len(timeouts)} socket{'s' if len(timeouts) != 1 else ''} opened, with the "
               "timeout" + ("s " if len(timeouts) != 1 else " ")
               + ", ".join("none" if value is None else f"{value:g} s" for value in timeouts)
               if timeouts else "no socket opened")
    ctx.fail("against a profile service that takes the request and never answers, record_visit "
             + (f"was still under way {took:.1f} s after it began, when the check stopped it"
                if stopped else f"ended after {took:.1f} s")
             + f" ({sockets}){asked}; the starter asks once, waits once, "
             f"{STARTER_TIMEOUT_S:g} s, then raises TimeoutError",
             "a socket's timeout bounds one wait; a visit that waits again (a retry after a "
             "TimeoutError, another request, a pause before giving up) holds the database, the "
             "log file and the socket for every wait, and a threaded server's worker with "
             "them, each time the service hangs"
             + ("; and a service that is struggling gets several requests for each visit, from "
                "every worker at once" if silent.asked > 1 else ""),
             f"let the starter's one wait of {STARTER_TIMEOUT_S:g} s end the visit: let the "
             "TimeoutError go up, without retrying (whether to try again is the caller's "
             "choice: it knows how long it can wait)")


def gave_up_as_the_starter(ctx, silent: Silent) -> None:
    """The silent service's visit raised the starter's TimeoutError (or one raised from it)
    and stored nothing, as the starter does."""
    starters = TimeoutError("timed out")
    if same_kind(silent.error, starters) and not silent.rows and not silent.lines:
        return
    got = (said(silent.error) if silent.error is not None
           else f"returned {short(silent.result, 100)}")
    ctx.fail("against a profile service that takes the request and never answers, record_visit "
             f"{got} after {silent.took:.1f} s; the table then held {silent.rows or []!r} and "
             f"the log {silent.lines} line(s). The starter raises TimeoutError there, and "
             "stores nothing",
             ("a visit without its profile is not a visit: the caller, told it was recorded, "
              "goes on as if the service had answered"
              + (", and the table and the log keep a visit under a name the service never sent"
                 if silent.rows or silent.lines else "") if silent.error is None else
              "a failed visit is not a visit: the caller was told it failed and may retry it, "
              "which stores it twice" if silent.rows or silent.lines else
              "the exercise asks that each failure raise the starter's error, since a caller's "
              "error handling (an `except TimeoutError`, a retry on some kinds only) tells "
              "failures apart by their kind"),
             "let the TimeoutError go up, as the starter does, without storing anything "
             "(to add a message of your own, `raise ... from error` keeps it as the cause): "
             "what to do without a profile is the caller's choice")


def check_closed_when_interrupted(ctx):
    """Interrupted (Ctrl+C, SystemExit, a watchdog's timeout) while waiting for the service, right after its first write to the database, or as it writes the log line, the interrupt reaches the caller as it is, and all is closed too."""
    can_signal = hasattr(signal, "pthread_kill") and threading.current_thread() is \
        threading.main_thread()
    if not can_signal:
        ctx.note("This system cannot interrupt a visit while it waits for the service: that "
                 "evidence is skipped.")
    leaks, in_threads, turned = [], False, []
    for at, where in (("wait", "while it waited for the profile service"),
                      *((point, said_at) for point, said_at in INTERRUPT_POINTS.items())):
        if at == "wait" and not can_signal:
            continue
        for kind, family, how in INTERRUPTS:
            with scratch() as name:
                folder = Path(name)
                seen = visit(ctx, folder / "visits.db", folder / "visits.log",
                             f"{ctx.api.url}/users/4/profile?delay_ms=3000" if at == "wait"
                             else profile_url(ctx, 4), failing=True, interrupt=kind, at=at)
            if not seen.interrupted:
                continue  # the visit never came to that point (or ended before the service held it)
            base = family.__name__
            if not isinstance(seen.error, family):
                turned.append((f"{how} {where}", base, seen))
                continue
            found = evidence(seen)
            if found:
                in_threads = in_threads or bool(seen.thread_sockets_left)
                leaks.append(f"{how} {where}, record_visit left, with the {base} still held: "
                             + "; ".join(found)
                             + ("; the sqlite3 connection still in the transaction the "
                                "visit had begun, holding the database's write lock"
                                if seen.in_transaction else ""))
    if in_threads:
        ctx.expect(not leaks,
                   "\n".join(leaks),
                   "an interrupt (Ctrl+C, SystemExit, a watchdog's timeout) is raised in the thread that called "
                   "record_visit, and only there: the thread your code handed the request to "
                   "goes on waiting for the service, with its socket and the service's "
                   "connection open, after record_visit has raised",
                   "make the request in the thread that calls record_visit, inside `with` "
                   "blocks: the interrupt then stops the wait itself, and the blocks close "
                   "everything on its way up")
    locking = any("write lock" in each for each in leaks)
    ctx.expect(not leaks,
               "\n".join(leaks),
               "an interrupt can come at any moment of the visit, not only while it waits "
               "for the service, and cleanup in an `except` block runs only for the kinds of "
               "error it names: `except Exception` misses KeyboardInterrupt, SystemExit (a "
               "worker timeout, many signal handlers), asyncio.CancelledError and a watchdog's "
               "own timeout (func_timeout's FunctionTimedOut, gevent.Timeout), which derive from "
               "BaseException, and naming some of them still misses the others; the "
               "database, the log file and the connection then stay open for as long as the "
               "error is held (a log, an error reporter, a notebook's last traceback)"
               + (", and a transaction left open keeps the database's write lock: every "
                  "other visit waits its 5 s for it, then fails with 'database is locked'"
                  if locking else ""),
               "close in `finally` or with `with` blocks, each started right after its open "
               "succeeded: they run however the block ends, a BaseException included")
    ctx.expect(not turned,
               "\n".join(f"{how}, record_visit "
                         + (f"returned {short(seen.result, 80)}" if seen.error is None
                            else said(seen.error) + (f" (the {base} kept as its cause)"
                                                     if caused_by(seen.error, base) else ""))
                         for how, base, seen in turned),
               "KeyboardInterrupt, SystemExit and a watchdog's timeout derive from "
               "BaseException, not Exception, so that they pass every `except Exception` on "
               "their way up and stop the program or the call (Ctrl+C, a worker manager's "
               "timeout, sys.exit). "
               + ("Turned into an ordinary error, the first `except Exception` above (a web "
                  "framework's request handler, a retry loop) catches it: Ctrl+C no longer "
                  "stops a server while a visit is under way, and a timed-out worker goes on"
                  if any(seen.error is not None for _, _, seen in turned) else
                  "Caught and not raised again, the program goes on as if nothing had happened: "
                  "Ctrl+C no longer stops it while a visit is under way"),
               "let them go up as they are: where you wrap an error, catch `Exception` (not a "
               "bare `except:` or `BaseException`); for the closing, `finally` and `with` "
               "blocks run for them too, and raise them again")


def caused_by(error: BaseException, base: str) -> bool:
    """Whether an exception of the class named ``base`` is among ``error``'s causes or contexts."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if any(kind.__name__ == base for kind in type(error).__mro__):
            return True
        error = error.__cause__ or error.__context__
    return False


VISITORS = [(21, "Ada"), (22, "Bo"), (23, "Cy")]  # visits at once, one thread each
ARRIVE_QUIET_S = 3.0  # visits still to come are waited for until none came for this long


def check_visits_from_threads(ctx):
    """Visits from several threads at once wait for the service together, each returns its own result, all are stored, all is closed."""
    global HOLDS
    HOLDS = holds = Holds()
    function, module = ctx.function("record_visit"), ctx.module("yours")
    count = len(VISITORS)
    barrier = threading.Barrier(count)
    finished = [threading.Event() for _ in VISITORS]
    look = threading.Event()
    outcome: list = [(None, None)] * count
    left: list = [[] for _ in VISITORS]
    with scratch() as name, profile_service() as url_of:
        folder = Path(name)
        db, log = folder / "visits.db", folder / "visits.log"
        with contextlib.closing(sqlite3.connect(db)) as conn, conn:  # user 21's first visit
            conn.execute("CREATE TABLE visits (user_id INTEGER, name TEXT)")
            conn.execute("INSERT INTO visits (user_id, name) VALUES (21, 'Ada')")

        def one(number: int) -> None:
            user_id, person = VISITORS[number]
            url = f"{url_of(user_id, person)}&hold={number}"
            with resources.kept_open(module) as opened:
                try:
                    try:
                        barrier.wait(Holds.CAP)
                        outcome[number] = (function(str(db), str(log), url), None)
                    except Exception as error:  # held, as a caller's log would hold it
                        outcome[number] = (None, error)
                    finished[number].set()
                    look.wait(Holds.CAP)
                    left[number] = [each.describe() for each in resources.still_open(opened)]
                finally:
                    resources.close_all(opened)  # looked at: not leaked into later checks
                    finished[number].set()

        base_fds = resources.open_fds()
        with warnings.catch_warnings(), ctx.watch("record_visit", 3 * Holds.CAP):
            warnings.simplefilter("ignore", ResourceWarning)
            threads = [threading.Thread(target=one, args=(number,), daemon=True,
                                        name=f"visit-{number}") for number in range(count)]
            for thread in threads:
                thread.start()
            arrived = [int(key) for key in holds.arrivals(count, ARRIVE_QUIET_S)]
            for number in arrived:  # one at a time: each ends while the later ones wait
                holds.release(str(number))
                finished[number].wait(Holds.CAP)
            holds.release("*")
            for event in finished:
                event.wait(Holds.CAP)
            fds = resources.open_fds()
            look.set()
            for thread in threads:
                thread.join(Holds.CAP)
        files_left = sorted({Path(target).name for target in
                             new_fds(fds or {}, base_fds or {}).values()
                             if target.startswith(str(folder))})
        rows, lines = sorted(stored(db) or []), log_lines(log)
    for _, error in outcome:
        if error is not None:
            error.__traceback__ = None  # its frames hold what the visit opened
    sent = (f"{count} visits sent from {count} threads at once (users "
            f"{', '.join(str(user) for user, _ in VISITORS)}; user 21 had one visit already)")
    at_once = (f"{sent}, each waiting for its profile while the others were under way"
               + ("" if len(arrived) == count else
                  f" ({len(arrived)} reached the service before one was answered)"))
    want_rows = sorted([(21, "Ada"), *VISITORS])
    failed = [(VISITORS[number][0], error) for number, (_, error) in enumerate(outcome)
              if error is not None]
    if failed:
        ctx.fail(f"{at_once}: " + "; ".join(f"the visit of user {user} {said(error)}"
                                           for user, error in failed)
                 + f"; yet the table then held {len(rows)} rows: the one from before, and "
                 f"{len(rows) - 1} stored by these visits",
                 "a web server records visits from several threads at once, and each call is a "
                 "visit of its own: anything shared between calls (an ExitStack, a connection or "
                 "a file kept at module level) is used or closed by another visit midway. The "
                 "caller is told the visit failed, yet it may be stored",
                 "keep everything a visit opens local to the call: its own `with` block or "
                 "ExitStack, created inside record_visit")
    wrong = [(VISITORS[number], result) for number, (result, _) in enumerate(outcome)
             if result != {"user_id": VISITORS[number][0], "name": VISITORS[number][1],
                           "visits": 2 if VISITORS[number][0] == 21 else 1}]
    ctx.expect(not wrong and rows == want_rows and lines == count,
               f"{at_once}: "
               + "; ".join(f"the visit of user {user} returned {result!r}"
                           for (user, _), result in wrong)
               + ("; " if wrong else "") + f"the table held {rows!r}, the log {lines} line(s)",
               "each visit returns its own user's count and stores its own row and log line, "
               "whatever the other visits under way at the same moment do",
               "keep what a visit reads and writes local to the call")
    ctx.expect(len(arrived) == count,
               f"{sent}: only {len(arrived)} of them had asked for a profile "
               f"{ARRIVE_QUIET_S:g} s later; each of the others asked only once the visit "
               "before it had its answer",
               "the visits took turns (a lock held around the whole visit, or around the wait "
               "for the service): a threaded server's visits now each wait for the profile "
               "service of every visit before them, so with 10 users at once the last waits "
               "10 times as long. sqlite3 needs no lock when each call opens its own connection",
               "keep no lock around the visit: each call opens, uses and closes its own "
               "connection, file and socket, so visits never share anything; a database write "
               "lock counts too (a BEGIN IMMEDIATE, or a write, before the request holds every "
               "other visit's writes until the service answers): ask for the profile first, "
               "then write")
    found = [f"the visit of user {VISITORS[number][0]}: " + ", ".join(each)
             for number, each in enumerate(left) if each]
    if files_left:
        found.append("file descriptors of this process on " + ", ".join(files_left))
    ctx.expect(not found,
               f"{at_once}: once all had returned, still open: " + "; ".join(found),
               "what each visit opened must be closed by the time it returns, whichever "
               "visits run beside it: a resource shared between visits, or closed by another "
               "thread's cleanup, stays open (by default a sqlite3 connection cannot be closed "
               "from another thread than its own)",
               "open and close everything inside the call, in the thread that runs it")


HELD_WARMUP = 150  # visits before the first reading: past lru_cache's default bound of 128
HELD_VISITS = 200  # visits between the two readings, each of a new user
HELD_BLOCKS_PER_VISIT = 2  # memory blocks a visit may keep beyond the starter's, on average


def blocks_kept(ctx, url_of, which: str) -> int:
    """Python memory blocks still allocated after HELD_VISITS visits, each of a new user,
    beyond what the process held before them (after HELD_WARMUP visits; collected each time)."""
    function = ctx.function("record_visit", which)
    threads = threading.active_count()

    def reading() -> int:
        for _ in range(200):  # the service's handler threads end as their connections close
            if threading.active_count() <= threads:
                break
            time.sleep(0.01)
        gc.collect()
        return sys.getallocatedblocks()

    with scratch() as name, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # the starter's leftovers, let go
        db, log = str(Path(name) / "visits.db"), str(Path(name) / "visits.log")
        with ctx.guarded("record_visit", 60.0, which):
            for user_id in range(1000, 1000 + HELD_WARMUP):
                function(db, log, url_of(user_id, f"User {user_id}"))
            before = reading()
            for user_id in range(2000, 2000 + HELD_VISITS):
                function(db, log, url_of(user_id, f"User {user_id}"))
            after = reading()
    return after - before


def check_lets_go_after_visits(ctx):
    """What a visit opened is let go once it ends: memory does not grow with every visit."""
    with profile_service() as url_of:
        kept = {which: blocks_kept(ctx, url_of, which) for which in ("broken", "yours")}
    ctx.record(blocks_kept_per_visit=round(kept["yours"] / HELD_VISITS, 2),
               starter_blocks_kept_per_visit=round(kept["broken"] / HELD_VISITS, 2))
    ctx.expect(kept["yours"] - kept["broken"] <= HELD_BLOCKS_PER_VISIT * HELD_VISITS,
               f"after {HELD_WARMUP} visits, {HELD_VISITS} more visits, each of a new user, left "
               f"{kept['yours']} more blocks of Python memory allocated (after a garbage "
               f"collection: objects something still refers to), about "
               f"{kept['yours'] / HELD_VISITS:.0f} per visit; the starter's left "
               f"{kept['broken']}",
               "a record_visit that keeps something of every visit (closed connections and "
               "files in a list, for an atexit hook or a later check; a cache with no bound, "
               "such as lru_cache(maxsize=None) or functools.cache, keyed by the URL or the "
               "user) grows for as long as the server runs: the visits of a day, a week, are "
               "all still in memory, until the process is killed for it. Closing an object "
               "does not free it while something refers to it",
               "keep nothing of a visit once it ends: close what it opened and let go of it "
               "(a `with` block does both); a cache needs a bound (lru_cache's default of 128 "
               "is one)")


def measure(ctx):
    rows = {}
    for which in ("broken", "yours"):
        with scratch() as name:
            folder = Path(name)
            good = visit(ctx, folder / "visits.db", folder / "visits.log", profile_url(ctx, 5),
                         which=which)
            bad = visit(ctx, folder / "visits.db", folder / "visits.log",
                        f"{ctx.api.url}/fail/1?delay_ms=5", failing=True, which=which)
        rows[which] = (good, bad)
    ctx.record(**{f"{which}_{key}": value for which, (good, bad) in rows.items()
                  for key, value in (("fds_left_after_failure", len(bad.fds_left or {})),
                                     ("left_open", len(good.left) + len(bad.left)))})

    def line(label, pick):
        return f"  {label:<46} {pick(rows['broken']):>6}  {pick(rows['yours']):>5}"

    lines = [f"  {'Left open, measured just now':<46} {'broken':>6}  {'yours':>5}",
             line("objects not closed (a good and a failed visit)",
                  lambda r: len(r[0].left) + len(r[1].left))]
    if resources.open_fds() is not None:
        lines.append(line("fds open after a failed visit, error held",
                          lambda r: len(r[1].fds_left or {})))
    lines += [line("service connections, same moment", lambda r: r[1].connections_left)]
    for text in lines:
        ctx.note(text)
