"""A generator that closes its log at the end and on GeneratorExit (close() or drop), but not when a line raises.

BUG: the log stays open after a line raises, for as long as the exception is kept.
`except GeneratorExit` covers a consumer that stops early, not an error: when parse() raises
ValueError (or decoding raises UnicodeDecodeError) the exception leaves the generator with
the file open, and the traceback keeps the generator's frame, and so the file, alive as long
as the exception is kept (`except ValueError as error:` stored, a notebook's
sys.last_traceback, a logged exc_info).

Lesson 17: Reading everything first.

The nightly report of a web service: it reads today's access log and yesterday's archive
(an SQLite table). Each function reads all its input into a list before it uses any of
it, so the report's memory grows with the log, and the first request it could show waits
for the last line to be read. Make each one stream: memory that stays the same whatever
the size of the log, and the first request out after the first few lines.

Public API (the check calls exactly this):

    class Request(NamedTuple): time, method, path, status, bytes
        One request: time, method and path as str, status and bytes as int.

    def read_requests(path) -> Iterable[Request]
        The requests of the access log at ``path`` (one per line: time, method, path,
        status, bytes, separated by whitespace; "-" as bytes means 0; blank lines are
        skipped), in the order of the file, read as they are consumed. Iterate the result
        once: it need not work twice (a generator's second pass is empty); call
        read_requests again to read the log again. The file is closed once the last
        request has been read, and as soon as a consumer that stops early lets the
        generator go (or closes it).

    def totals(path) -> tuple[int, int]
        (the number of requests, the total bytes sent) in the log at ``path``.

    def biggest(conn: sqlite3.Connection, n: int) -> list[Request]
        The ``n`` requests with the most bytes in the table requests(id, time, method,
        path, status, bytes), largest first; equal sizes in order of id (as ORDER BY id
        orders them: an id need not be a number). id is the table's key (PRIMARY KEY
        or UNIQUE: SQLite keeps an index of it, in its order). n >= 0.
        The connection is the caller's: used as it is and left as it was.
"""

import heapq
import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

__all__ = ["Request", "biggest", "read_requests", "totals"]


class Request(NamedTuple):
    time: str
    method: str
    path: str
    status: int
    bytes: int


def parse(line: str) -> Request:
    time, method, path, status, size = line.split()
    return Request(time, method, path, int(status), 0 if size == "-" else int(size))


def read_requests(path) -> Iterable[Request]:
    log = open(path, encoding="utf-8")
    try:
        for line in log:
            if line.strip():
                yield parse(line)
    except GeneratorExit:
        log.close()
        raise
    log.close()

def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size

def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
