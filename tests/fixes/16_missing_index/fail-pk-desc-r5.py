"""Declares `id INTEGER PRIMARY KEY DESC` ("newest first") and indexes (customer_id, created_at, id).

BUG: an order inserted without an id gets id NULL instead of the next number, and the page then
shows (None, ...) rows: 'INTEGER PRIMARY KEY DESC' is NOT an alias for the rowid (a SQLite
quirk: only the exact 'INTEGER PRIMARY KEY', ascending, is). id becomes an ordinary column with its own unique
index, stored beside a hidden rowid, and, being a non-rowid PRIMARY KEY, it even accepts NULL. With id spelled out in the composite index the plan, steps and
answers on shops loaded with explicit ids are all right, so the damage only shows when
orders are placed the usual way, without an id.

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
        (id, created_at, status, total_cents) tuples. It reads the database as it is now,
        through conn, writes nothing and leaves conn as it was; its answer is the same
        with or without any index (indexes change how fast, never what).
"""

import sqlite3

__all__ = ["create_schema", "recent_orders"]


def create_schema(conn: sqlite3.Connection) -> None:
    with conn:
        conn.execute(
            "CREATE TABLE orders ("
            " id INTEGER PRIMARY KEY DESC,"  # the page wants the highest id first
            " customer_id INTEGER NOT NULL,"
            " status TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL)"
        )
        # Equality first, then the range, then the tie-breaker of the ORDER BY, spelled out.
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at, id)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
