"""Streams with yield from over map/filter inside the with; totals by enumerate; biggest by nsmallest on (-bytes, id).

BUG: text ids under COLLATE NOCASE come out of biggest in another order than the starter's, and
an id column mixing numbers and text raises TypeError: biggest breaks ties by Python's
comparison of the id values (nsmallest on (-bytes, id)), not as ORDER BY id orders them.
read_requests and totals are right. (Labelled pass in round 5; round 9 showed the contract's 'as
ORDER BY id orders them' is not Python's <.)

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


def read_requests(path) -> Iterator[Request]:
    with open(path, encoding="utf-8") as log:
        yield from map(parse, filter(str.strip, log))  # the with closes it at the end or on close()


def totals(path) -> tuple[int, int]:
    count = size = 0
    for count, request in enumerate(read_requests(path), 1):
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT id, time, method, path, status, bytes FROM requests")
    # The smallest (-bytes, id): the biggest first, and among equal sizes the lowest id,
    # whatever order the rows come in.
    best = heapq.nsmallest(n, rows, key=lambda row: (-row[5], row[0]))
    return [Request(*row[1:]) for row in best]
