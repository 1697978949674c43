"""read_requests() reads with iter(log.readline, "") and closes in try/finally, opened lazily.

A RIGHT fix written differently: the file is opened inside the generator (nothing opened by a
reader dropped before its first request), readline's "" sentinel is the end of the file only,
and the finally closes it after the last line, on close(), on a line that raises.
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
    log = open(path, encoding="utf-8")
    try:
        for line in iter(log.readline, ""):
            if not line.isspace():
                yield parse(line)
    finally:
        log.close()


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
