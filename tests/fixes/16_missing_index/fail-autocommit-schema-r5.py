"""Right index; create_schema switches the caller's connection to autocommit so the DDL lands in every mode.

BUG: the caller's next batch of inserts, which it meant to be one transaction, is committed row
by row, and its rollback() undoes nothing (each insert also pays its own commit): create_schema
sets the caller's conn.isolation_level = None and leaves it so, and from then on the caller's
connection is in autocommit mode. The schema itself, the plan, the steps and every answer are
right.

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
    # sqlite3's implicit transactions differ between modes and Python versions: in
    # autocommit mode every statement is committed as it runs, whatever the caller chose.
    conn.isolation_level = None
    conn.execute(
        "CREATE TABLE orders ("
        " id INTEGER PRIMARY KEY,"
        " customer_id INTEGER NOT NULL,"
        " status TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
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
