"""Index (customer_id, created_at) and reorder the table's columns so the indexed ones come first.

A hurried senior remembers that SQLite decodes a row's columns left to right, so "hot" columns
should come first: created_at moves before status. The query names its columns, so every
answer of recent_orders is the same.

BUG: the app's positional INSERT stores each order's status in created_at and its date in
status. The table's column order is part of its contract, and this one changed it: a
caller that inserts positionally (`INSERT INTO orders VALUES (?, ?, ?, ?, ?)` with the
documented order id, customer_id, status, created_at, total_cents) gets no error (both columns
are TEXT NOT NULL); `SELECT *` and code reading `row[3]` get the wrong field, and the page lists
'paid' as a date, sorted among the dates. Examiner round 59; the check compared the set of
column names, not their order.
"""

import sqlite3

__all__ = ["create_schema", "recent_orders"]


def create_schema(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute(
            "CREATE TABLE orders ("
            " id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL,"
            " created_at TEXT NOT NULL,"
            " status TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL)"
        )
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
