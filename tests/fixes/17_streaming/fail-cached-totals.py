"""totals is cached by path, "the log does not change".

BUG: a second call on the same path returns the first call's figures, whatever the file holds
now, though the log at a path does change (it is appended to all day, rotated at midnight).
"""

import functools
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


@functools.cache
def totals(path):
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size


def biggest(conn, n):
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
