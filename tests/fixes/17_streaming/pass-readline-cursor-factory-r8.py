"""read_requests pulls lines with readline() in a walrus loop; totals zips a counter; biggest sets a row_factory on its own cursor only.

CORRECT: read_requests loops `while line := log.readline()` (readline returns '' only at end of file; universal newlines as iteration) and skips `line.isspace()` lines, which for a non-empty line is the same test as `not line.strip()`. totals pairs requests with itertools.count(1) through zip, starting from count = 0. biggest uses its own cursor with a cursor-level row_factory (conn.row_factory untouched) and closes it; ORDER BY bytes DESC, id LIMIT ? keeps SQLite's sort to n rows.

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

import itertools
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


def read_requests(path) -> Iterable[Request]:
    with open(path, encoding="utf-8") as log:
        while line := log.readline():  # "" only at the end of the file
            if not line.isspace():
                yield parse(line)


def totals(path) -> tuple[int, int]:
    count, size = 0, 0
    for count, request in zip(itertools.count(1), read_requests(path)):
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    cursor = conn.cursor()  # our own cursor: its row_factory is ours to set, conn's is untouched
    cursor.row_factory = lambda _cursor, row: Request(*row)
    try:
        return cursor.execute(
            "SELECT time, method, path, status, bytes FROM requests"
            " ORDER BY bytes DESC, id LIMIT ?", (n,)).fetchall()
    finally:
        cursor.close()
