"""The reference fix, in a module that starts with `from io import open`, as the report's Python 2 days left it.

CORRECT: io.open is the built-in open, bound when the module is imported: the log is read a
buffer at a time (8 KiB in when the first request comes out), closed after the last request
and when the consumer stops early, exactly as with the built-in name. The check must see the
file opened through a name bound at import as well as through `open` looked up at each call.

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
from collections.abc import Iterator
from io import open  # noqa: UP029 (the same open() on Python 2 and 3, kept from the old script)
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


def read_requests(path) -> Iterator[Request]:
    # A generator: the `with` block stays open while it yields, and closes the file after
    # the last line, or when a consumer that stopped early drops or closes the generator.
    with open(path, encoding="utf-8") as log:  # noqa: UP020 (io.open, as the learner wrote it)
        for line in log:  # one line at a time, through the file's own buffer
            if line.strip():
                yield parse(line)


def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):  # one pass: a generator can be consumed only once
        count += 1
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    # Iterating the cursor fetches one row at a time; nlargest keeps only the n largest so
    # far, and keeps equal sizes in the order they came (by id), as sorting did.
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
