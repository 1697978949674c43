"""biggest() lets SQLite rank: ORDER BY bytes DESC, id LIMIT ? with n bound as a parameter.

BUG: n goes to SQLite as a parameter, which must be a Python int of at most 2**63 - 1. The
starter sliced a list, which takes any integer: n from NumPy or pandas (numpy.int64, e.g.
`n = df["top"].max()`) is bound as a BLOB and raises sqlite3.IntegrityError: datatype
mismatch, and a huge n meaning "all of them" (10**20) raises OverflowError.
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
        for line in log:
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
