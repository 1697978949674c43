"""A heap of n kept by hand that looks at heap[0] before anything was pushed when n is 0.

expect: That was biggest(conn, 0)
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
    heap = []
    for row_id, *row in conn.execute(
            "SELECT id, time, method, path, status, bytes FROM requests"):
        entry = (row[4], -row_id, row)
        if len(heap) < n:
            heapq.heappush(heap, entry)
        elif entry > heap[0]:
            heapq.heapreplace(heap, entry)
    return [Request(*row) for _, _, row in sorted(heap, reverse=True)]
