"""read_requests returns an iterator object that owns its file (closed at the end, on close(), on error or when dropped); totals folds with functools.reduce; biggest takes heapq.nlargest over the cursor.

CORRECT: The iterator closes its file as soon as the last line is read and has close() like a
generator; reduce reads each request once; heapq.nlargest keeps n rows and, like sorted(),
keeps equal keys in the order they come, here id order, so ties are by id.

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

import functools
import heapq
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


class _Requests:
    """An iterator over the log that owns its file: closed at the end, on close(), or when dropped."""

    def __init__(self, path):
        self._file = open(path, encoding="utf-8")
        self._lines = filter(str.strip, self._file)

    def __iter__(self):
        return self

    def __next__(self) -> Request:
        try:
            return parse(next(self._lines))
        except StopIteration:
            self.close()
            raise
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        file = getattr(self, "_file", None)  # None if open() itself failed
        if file is not None:
            file.close()

    def __del__(self):
        self.close()


def read_requests(path) -> Iterable[Request]:
    return _Requests(path)


def totals(path) -> tuple[int, int]:
    return functools.reduce(lambda acc, request: (acc[0] + 1, acc[1] + request.bytes),
                            read_requests(path), (0, 0))


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    # heapq.nlargest keeps n rows, and ties in the order they come (here: of id).
    cursor = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, cursor, key=lambda row: row[4])]



