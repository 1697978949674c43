r"""read_requests streams the log in binary mode and splits bytes, decoding only the three text fields.

BUG: blank lines of Unicode whitespace (NBSP, NEL) that the starter skips raise ValueError,
old-Mac (CR) logs raise, and a path with a non-breaking space, which the starter refuses (6
fields), is accepted: bytes.split()/strip() know only ASCII whitespace and a binary file splits
lines only at b"\n",
while the starter splits decoded str: its split()/strip() also treat NBSP, NEL (U+0085), U+001C-1F,
U+2028... as whitespace, universal newlines end a line at a lone "\r", and int() of a str accepts
Unicode digits.
Everything ASCII/emoji/CRLF behaves the same, and it streams (read offset small, file closed).

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
    # Bytes are split without decoding the whole line first; only the three text fields
    # are decoded (and checked as UTF-8).
    with open(path, "rb") as log:
        for raw in log:
            if raw.strip():
                time, method, where, status, size = raw.split()
                yield Request(time.decode("utf-8"), method.decode("utf-8"), where.decode("utf-8"),
                              int(status), 0 if size == b"-" else int(size))


def totals(path) -> tuple[int, int]:
    count = sent = 0
    for request in read_requests(path):
        count += 1
        sent += request.bytes
    return count, sent


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute(
        "SELECT time, method, path, status, bytes FROM requests"
        " ORDER BY bytes DESC, id LIMIT ?", (n,))  # SQLite keeps n rows while it sorts
    return [Request(*row) for row in rows]
