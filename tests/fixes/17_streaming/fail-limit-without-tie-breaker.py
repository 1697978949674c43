"""biggest lets SQLite rank: ORDER BY bytes DESC LIMIT ?, with no tie-breaker.

BUG: equal sizes come out in whatever order SQLite reads them. A plain table scan happens
to give the order of id; with an index on bytes, SQLite walks the index backwards and
equal sizes come out by id descending (ids 7, 5, 3 instead of 3, 5, 7).
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
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests "
                        "ORDER BY bytes DESC LIMIT ?", (n,))
    return [Request(*row) for row in rows]
