"""Reads the log with csv.reader(delimiter=" "), as the lesson suggests for row-by-row formats.

BUG: csv.reader with delimiter=' ' is not 'separated by whitespace' (the contract): a tab-
separated line stays one field and raises ValueError where the starter parses it, and csv's
quoting rewrites data silently: a path that begins with a double quote loses its quotes
('"/a"' becomes '/a'), and a quoted path with a space in it is accepted as one field where
the starter rejects the line. Streaming, memory, closing and the answers on the lesson's
logs (single spaces, '-', blank lines, CRLF) are all right.

expect: raised ValueError: not enough values to unpack

Lesson 17: Reading everything first.

The nightly report of a web service: it reads today's access log and yesterday's archive
(an SQLite table). Each function reads all its input into a list before it uses any of
it, so the report's memory grows with the log, and the first request it could show waits
for the last line to be read. Make each one stream: memory that stays the same whatever
the size of the log, and the first request out after the first few lines.

Public API (the check calls exactly this):

    class Request(NamedTuple): time, method, path, status, bytes
        One request: time, method and path as str, status and bytes as int.

    def read_requests(path) -> Iterable[Request]
        The requests of the access log at ``path`` (one per line: time, method, path,
        status, bytes, separated by whitespace; "-" as bytes means 0; blank lines are
        skipped), in the order of the file, read as they are consumed. Iterate the result
        once: it need not work twice (a generator's second pass is empty); call
        read_requests again to read the log again. The file is closed once the last
        request has been read, and as soon as the consumer stops early.

    def totals(path) -> tuple[int, int]
        (the number of requests, the total bytes sent) in the log at ``path``.

    def biggest(conn: sqlite3.Connection, n: int) -> list[Request]
        The ``n`` requests with the most bytes in the table requests(id, time, method,
        path, status, bytes), largest first; equal sizes in order of id. n >= 0.
        The connection is the caller's: used as it is and left as it was.
"""

import csv
import heapq
import sqlite3
from collections.abc import Iterable, Iterator
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
    with open(path, encoding="utf-8", newline="") as log:
        for row in csv.reader(log, delimiter=" ", skipinitialspace=True):  # row by row
            fields = [field for field in row if field.strip()]
            if fields:
                time, method, where, status, size = fields
                yield Request(time, method, where, int(status), 0 if size == "-" else int(size))


def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size



def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    # nlargest keeps n rows, and equal sizes in the order they came: the order of id.
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]

