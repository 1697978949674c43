"""totals builds a list of the sizes, then takes its len and sum.

BUG: the list holds an int per line (a list slot and, above 256, an int object: about 31
bytes per line at the peak), so memory still grows with the log.
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
    sizes = [request.bytes for request in read_requests(path)]
    return len(sizes), sum(sizes)


def biggest(conn, n):
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
