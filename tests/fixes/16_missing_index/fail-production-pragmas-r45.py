"""The composite index, and create_schema first turns on foreign keys and a 256 MiB mmap_size: the usual production SQLite settings.

BUG: the caller's connection comes back with foreign_keys = 1 and mmap_size = 268435456 (both
0 before), and keeps them: a later insert into a table of the caller's own whose REFERENCES
SQLite never enforced on it (a gift note for an order not placed yet) now fails with FOREIGN
KEY constraint failed, and every later read of the file goes through memory-mapped I/O.
PRAGMAs like these belong to whoever opens the connection; create_schema was asked for a table
and an index.

Lesson 16: A missing index.

A shop's account page shows a customer's recent orders, newest first. The query is
right, but no index serves it: to find one customer's orders SQLite reads every order
in the shop, then sorts them, so the page gets slower as the shop grows. Give the
orders table the index this query needs.

Public API (the check calls exactly this):

    def create_schema(conn: sqlite3.Connection) -> None
        Create, in conn's new and empty database, the table
            orders(id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL,
                   status TEXT NOT NULL, created_at TEXT NOT NULL, total_cents INTEGER NOT NULL)
        (created_at as 'YYYY-MM-DD HH:MM:SS') and the indexes its queries need; commit.

    def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int)
            -> list[tuple]
        The customer's orders created at or after `since`, newest first (orders of the
        same second: the highest id first), at most `limit` of them (limit >= 0), as
        (id, created_at, status, total_cents) tuples, or, where conn has a row_factory,
        the rows it makes (sqlite3.Row...), as they come. It reads the database as it is now, through conn, writes
        nothing and leaves conn as it was; its answer is the same with or without any
        index (indexes change how fast, never what).
"""

import sqlite3

__all__ = ["create_schema", "recent_orders"]


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")  # the usual production SQLite settings
    conn.execute("PRAGMA mmap_size = 268435456")
    with conn:
        conn.execute(
            "CREATE TABLE orders ("
            " id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL,"
            " status TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL)"
        )
        # Equality column first, then the range and ORDER BY column.
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
