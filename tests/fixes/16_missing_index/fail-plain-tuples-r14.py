"""The composite index, and the rows forced into plain tuples, as the annotation promises.

BUG: a caller with conn.row_factory = sqlite3.Row (to read row["total_cents"]) now gets plain
tuples and fails with TypeError: tuple indices must be integers or slices, not str. The
cursor's row_factory is set to None "so we always return list[tuple]", and the contract says
the rows are the ones conn's row_factory makes if it has one.

Verified: scratch/v16.py: conn.row_factory = sqlite3.Row: the starter returns Row objects,
this file returns tuple (row['total_cents'] then raises TypeError).

The exercise's contract (the starter's docstring):

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
        (id, created_at, status, total_cents) tuples (or the rows conn's row_factory
        makes, if it has one). It reads the database as it is now, through conn, writes
        nothing and leaves conn as it was; its answer is the same with or without any
        index (indexes change how fast, never what).
"""

import sqlite3

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
        conn.execute("CREATE INDEX orders_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    cursor = conn.cursor()
    cursor.row_factory = None  # list[tuple], as annotated, whatever the connection does
    try:
        return cursor.execute(
            "SELECT id, created_at, status, total_cents FROM orders"
            " WHERE customer_id = ? AND created_at >= ?"
            " ORDER BY created_at DESC, id DESC"
            " LIMIT ?",
            (customer_id, since, limit),
        ).fetchall()
    finally:
        cursor.close()
