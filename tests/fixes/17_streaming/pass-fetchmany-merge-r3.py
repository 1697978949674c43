"""biggest reads the cursor 500 rows at a time and keeps the best n of (kept + batch) with a stable sort; read_requests is `yield from` a generator expression.

CORRECT: At most n + 500 rows held, whatever the archive's size; the kept rows come before the
batch and sorted() is stable, so among equal sizes the earlier ids stay; the cursor is closed
in a finally. totals counts with enumerate(start=1) from 0.

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
    with open(path, encoding="utf-8") as log:
        yield from (parse(line) for line in log if not line.isspace() and line)


def totals(path) -> tuple[int, int]:
    count = size = 0
    for count, request in enumerate(read_requests(path), start=1):
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    # Batches of 500 from the cursor; keep the best n of what is kept plus the batch (stable sort).
    cursor = conn.cursor()
    try:
        cursor.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
        best: list = []
        while batch := cursor.fetchmany(500):
            best = sorted(best + batch, key=lambda row: row[4], reverse=True)[:n]
        return [Request(*row) for row in best]
    finally:
        cursor.close()



