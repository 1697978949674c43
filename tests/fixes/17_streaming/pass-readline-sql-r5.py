"""Streams with readline() and a sentinel iterator; totals with reduce; biggest ranked by SQL on its own cursor.

CORRECT: read_requests is a generator over iter(log.readline, ''), inside a with: one line
per call, UTF-8 explicit, closed at the end and on close(); totals folds the single stream
with functools.reduce; biggest lets SQLite rank with 'ORDER BY bytes DESC, id LIMIT ?' on a
cursor of its own, whose row_factory builds the Requests without touching the caller's
connection.

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

import functools
import sqlite3
from collections.abc import Iterable, Iterator
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
    with open(path, encoding="utf-8") as log:
        for line in iter(log.readline, ""):  # one line per call, until the end
            if line.strip():
                yield parse(line)


def totals(path) -> tuple[int, int]:
    return functools.reduce(lambda acc, request: (acc[0] + 1, acc[1] + request.bytes),
                            read_requests(path), (0, 0))


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    cursor = conn.cursor()
    cursor.row_factory = lambda _, row: Request(*row)  # this cursor's own, not the caller's
    try:
        cursor.execute("SELECT time, method, path, status, bytes FROM requests"
                       " ORDER BY bytes DESC, id LIMIT ?", (n,))
        return cursor.fetchall()
    finally:
        cursor.close()
