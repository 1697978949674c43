"""read_requests() streams, with a safety cap of 1,000,000 lines (islice) against runaway logs.

BUG: a log of more than a million lines (a busy day) is silently cut: a limit of its own,
so read_requests stops after the millionth line and totals() under-counts requests and bytes,
with no error.
"""

import itertools
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


MAX_LINES = 1_000_000  # a guard against a runaway log


def read_requests(path) -> Iterable[Request]:
    with open(path, encoding="utf-8") as log:
        for line in itertools.islice(log, MAX_LINES):
            if line.strip():
                yield parse(line)


def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    cursor = conn.execute(
        "SELECT time, method, path, status, bytes FROM requests "
        "ORDER BY bytes DESC, id LIMIT ?", (n,))
    try:
        return [Request(*row) for row in cursor]
    finally:
        cursor.close()
