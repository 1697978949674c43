"""Opens the log when read_requests is called (so a missing file fails at once, as in the starter) and streams it from an inner generator.

BUG: when a consumer stops before taking the first request, no code closes the file: it is
opened before the generator has started, and only the generator's body closes it. Such a
consumer (a zip() with an empty list first, islice(..., 0), a page asked for 0 rows, an early
return before the loop) leaves a generator whose body never ran: the file is closed only when
that generator is freed (at once on CPython when its last reference goes or it is closed, with a
ResourceWarning "unclosed file"; later on PyPy; never while a reference to it remains). The contract: closed "as soon as the consumer stops
early". Every consumer that takes at least one request, including the third-request test,
sees it closed.

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
        request has been read, and as soon as the consumer stops early.

    def totals(path) -> tuple[int, int]
        (the number of requests, the total bytes sent) in the log at ``path``.

    def biggest(conn: sqlite3.Connection, n: int) -> list[Request]
        The ``n`` requests with the most bytes in the table requests(id, time, method,
        path, status, bytes), largest first; equal sizes in order of id. n >= 0.
        The connection is the caller's: used as it is and left as it was.
"""

import heapq
import sqlite3
from collections.abc import Iterator
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
    log = open(path, encoding="utf-8")  # opened now: a missing log fails at the call, as before

    def requests() -> Iterator[Request]:
        with log:  # closed after the last line, or when the consumer stops
            for line in log:
                if line.strip():
                    yield parse(line)

    return requests()


def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    # n rows at most in the heap; nlargest keeps ties in the order they came (by id)
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
