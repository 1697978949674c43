"""CREATE INDEX after the `with conn:` block, relying on DDL being autocommitted.

Right on Python 3.11, wrong from 3.12 (check 16 refuses it there, on 3.13.0: "the database
file had no index orders_by_customer_created"). BUG, from 3.12: on Python 3.11's default (legacy) transaction control, DDL outside a transaction is
autocommitted, so it looks fine; but on Python 3.12+ with sqlite3.connect(..., autocommit=False)
there is always an open transaction, the index is created inside it and never committed: the
contract's "commit" is broken and the index is gone when the file is reopened (or rolled back
when the caller closes the connection).

Verified by verify/16_missing_index/uncommitted_index.py (Python 3.13, autocommit=False, file DB reopened): starter indexes=[] table=yes, attempt indexes=[] (index lost); same attempt on legacy mode: indexes=['orders_by_customer_created'] -- only the 3.12+ mode shows it.
fails from Python 3.12

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
    with conn:
        conn.execute(
            "CREATE TABLE orders ("
            " id INTEGER PRIMARY KEY,"
            " customer_id INTEGER NOT NULL,"
            " status TEXT NOT NULL,"
            " created_at TEXT NOT NULL,"
            " total_cents INTEGER NOT NULL)"
        )
    # The index the account page needs (DDL: sqlite3 runs it straight away).
    conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
