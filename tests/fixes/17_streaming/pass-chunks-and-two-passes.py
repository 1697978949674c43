"""Correct: bounded chunks everywhere, and totals reads the log twice (once per figure).

readlines(64 KiB) and fetchmany(10_000) hold one chunk at a time (two while the next batch
is fetched); biggest merges each batch into the n kept so far (earlier rows first, so ties
keep the order of id). totals calls
read_requests twice: right, flat in memory, but the file is read twice (the check notes it).
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
        while lines := log.readlines(64 * 1024):
            for line in lines:
                if line.strip():
                    yield parse(line)


def totals(path):
    return (sum(1 for _ in read_requests(path)),
            sum(request.bytes for request in read_requests(path)))


def biggest(conn, n):
    import itertools

    cursor = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    top = []
    while batch := cursor.fetchmany(10_000):
        top = heapq.nlargest(n, itertools.chain(top, batch), key=lambda row: row[4])
    return [Request(*row) for row in top]
