"""An index in the query's own order, (customer_id, created_at DESC, id DESC), table and index made in one executescript("BEGIN; ...; COMMIT;").

Right on Python 3.11, wrong from 3.12 (check 16 refuses it there, on 3.13.0: "create_schema
raised OperationalError: cannot start a transaction within a transaction"). BUG, from 3.12:
on a connection that is always in a transaction (sqlite3.connect(..., autocommit=False)) the
script's own BEGIN fails and nothing is created, where the starter's `with conn:` commits;
on legacy and autocommit=True connections it is right (a plan with no sort). Examiner round
25 (verified on 3.13.0: autocommit=False raised, nothing created; the starter made orders).
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
    conn.executescript(
        "BEGIN;"
        " CREATE TABLE orders ("
        "  id INTEGER PRIMARY KEY,"
        "  customer_id INTEGER NOT NULL,"
        "  status TEXT NOT NULL,"
        "  created_at TEXT NOT NULL,"
        "  total_cents INTEGER NOT NULL);"
        " CREATE INDEX orders_customer_recent ON orders(customer_id, created_at DESC, id DESC);"
        " COMMIT;"
    )


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
