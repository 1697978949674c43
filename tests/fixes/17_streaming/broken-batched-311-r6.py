"""totals consumes read_requests in itertools.batched chunks of 1,000 requests.

BUG: itertools.batched exists only from Python 3.12: the course supports Python 3.11 (its own
.venv is 3.11.7), where every call of totals raises AttributeError. On 3.12+ it is correct and
its memory is bounded by one batch, so a check run on a newer Python accepts it.
Otherwise right: on 3.12 and later it passes.

expect: module 'itertools' has no attribute 'batched'

passes from Python 3.12

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


def read_requests(path) -> Iterable[Request]:
    with open(path, encoding="utf-8") as log:
        for line in log:
            if line.strip():
                yield parse(line)


def totals(path) -> tuple[int, int]:
    # A thousand requests at a time: bounded memory, and sum() stays in C.
    count = size = 0
    for batch in itertools.batched(read_requests(path), 1000):
        count += len(batch)
        size += sum(request.bytes for request in batch)
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute(
        "SELECT time, method, path, status, bytes FROM requests"
        " ORDER BY bytes DESC, id LIMIT ?", (n,))
    return [Request(*row) for row in rows]
