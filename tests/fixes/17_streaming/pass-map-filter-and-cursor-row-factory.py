"""Correct: map and filter over the open file, reduce for the totals, a cursor of its own with a row_factory.

The row_factory is set on a new cursor, not on the caller's connection, so the caller's
rows keep their type.
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
        yield from map(parse, filter(str.strip, log))


def totals(path):
    from functools import reduce

    return reduce(lambda acc, request: (acc[0] + 1, acc[1] + request.bytes),
                  read_requests(path), (0, 0))


def biggest(conn, n):
    cursor = conn.cursor()
    cursor.row_factory = lambda _, row: Request(*row)
    cursor.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return heapq.nlargest(n, cursor, key=lambda request: request.bytes)
