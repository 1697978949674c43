"""biggest sets a row_factory on the caller's connection, to get Requests straight from SQLite.

BUG: every later query on the caller's connection now returns Requests (or fails to, for other
tables), and its own row_factory (sqlite3.Row) is lost: biggest leaves its row_factory on a
connection that is not its own.
"""

import heapq
import sqlite3
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


def read_requests(path):
    with open(path, encoding="utf-8") as log:
        for line in log:
            if line.strip():
                yield parse(line)


def totals(path):
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size


def biggest(conn, n):
    conn.row_factory = lambda _, row: Request(*row)
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return heapq.nlargest(n, rows, key=lambda request: request.bytes)
