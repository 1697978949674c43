"""Streams everything right, but opens the log with open(path): no encoding=, so the locale's.

BUG: where the locale is not UTF-8 (Windows' cp1252, a C/POSIX locale with UTF-8 mode off), a
line with a non-ASCII path raises UnicodeDecodeError or is misread: open(path) decodes the UTF-8
log with the locale's encoding (the starter says encoding="utf-8"): UTF-8 on most Linux and macOS set-ups, so every test there passes, but
cp1252 on Windows (which the course supports: `py course.py lab`) and ASCII under a C/POSIX
locale with UTF-8 mode turned off (LC_ALL=C alone turns it on, PEP 540; with PYTHONUTF8=0 as
well, in a container or a cron job, it is ASCII).
There a line with a unicode path either raises UnicodeDecodeError in the middle of the
report, or, with cp1252, is silently read as mojibake ("/cafÃ©" for "/café"), a different
path in every Request. Python 3.15 makes UTF-8 the default (PEP 686), so the same file
behaves differently with the Python version as well.

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
from collections.abc import Iterator
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
    with open(path) as log:  # one buffer at a time
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
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    # n rows at most in the heap; nlargest keeps ties in the order they came (by id)
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
