"""totals counts with sum([1 for ...]): a list comprehension feeding sum, the cheapest kind.

BUG: the list of ones holds one slot per line (8 bytes, the 1 itself is shared), so the
peak still grows with the log, by about 8 bytes per line (twice the check's limit); the
bytes come from a second, streaming pass.
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
    count = sum([1 for _ in read_requests(path)])
    return count, sum(request.bytes for request in read_requests(path))


def biggest(conn, n):
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
