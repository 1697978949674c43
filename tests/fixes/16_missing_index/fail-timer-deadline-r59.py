"""Index (customer_id, created_at), and give the page a deadline of its own: interrupt at 1 s.

With the index a page takes microseconds, so a hurried senior adds a safety net against a
runaway query: a threading.Timer calls conn.interrupt() after one second, cancelled when the
page returns.

BUG: pages that are only slow fail with "interrupted", under a deadline the caller never
asked for. Any page that legitimately takes over a second, on a loaded machine, a cold disk, a
network file system, or behind the caller's own progress handler or trace callback, raises
OperationalError("interrupted") where the starter answered. And conn.interrupt() stops every
statement running on the connection at that moment, so a caller sharing the connection across
threads (check_same_thread=False) has its own unrelated statement killed. Each call also starts
a thread. Examiner round 59.
"""

import sqlite3
import threading

__all__ = ["create_schema", "recent_orders"]


def create_schema(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute(
            "CREATE TABLE orders ("
            " id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL,"
            " status TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL)"
        )
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")

DEADLINE = 1.0  # seconds: a page takes microseconds with the index


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    timer = threading.Timer(DEADLINE, conn.interrupt)
    timer.daemon = True
    timer.start()
    try:
        return conn.execute(
            "SELECT id, created_at, status, total_cents FROM orders"
            " WHERE customer_id = ? AND created_at >= ?"
            " ORDER BY created_at DESC, id DESC"
            " LIMIT ?",
            (customer_id, since, limit),
        ).fetchall()
    finally:
        timer.cancel()
