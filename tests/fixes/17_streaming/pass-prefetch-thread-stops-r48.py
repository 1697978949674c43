"""read_requests reads ahead in a thread, into a bounded queue, and stops the thread when the consumer does.

A thread is not needed (the file object already reads ahead a buffer at a time), but it is not
wrong: the queue holds at most 4 lines, every put waits with a timeout and looks at an Event
that the generator sets in its `finally` (an early stop, close(), an error), and the generator
waits for the thread to end before its `with` block closes the file.
"""
import heapq
import queue
import sqlite3
import threading
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
    lines, stop = queue.Queue(maxsize=4), threading.Event()

    def give(item) -> bool:
        while not stop.is_set():
            try:
                lines.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    with open(path, encoding="utf-8") as log:
        def produce():
            try:
                for line in log:
                    if not give(("line", line)):
                        return
                give(("end", None))
            except Exception as error:  # handed to the consumer, raised there
                give(("error", error))

        reader = threading.Thread(target=produce, name="log-prefetch", daemon=True)
        reader.start()
        try:
            while True:
                kind, value = lines.get()
                if kind == "end":
                    return
                if kind == "error":
                    raise value
                if value.strip():
                    yield parse(value)
        finally:
            stop.set()
            reader.join()


def totals(path) -> tuple[int, int]:
    count = size = 0
    for request in read_requests(path):
        count += 1
        size += request.bytes
    return count, size


def biggest(conn: sqlite3.Connection, n: int) -> list[Request]:
    rows = conn.execute("SELECT time, method, path, status, bytes FROM requests ORDER BY id")
    return [Request(*row) for row in heapq.nlargest(n, rows, key=lambda row: row[4])]
