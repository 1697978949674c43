"""Adds the composite index and writes the values into the SQL text so the planner sees them.

BUG: `since` is pasted into the SQL between hand-made quotes, so a `since` holding a quote
changes the query. The docstring: recent_orders returns "the customer's orders created at or
after `since`" and "writes nothing"; its answers must equal the starter's. The learner read that SQLite can plan
better with literal values (true with STAT4) and that the statement log is easier to read, so
the query is built with an f-string, customer_id and limit through int(), since quoted by hand
as '{since}'. Every date string works. A `since` that comes from the page's query string with a
quote in it changes the SQL: since = "9999' OR customer_id <> '" returns other customers' orders
(a data leak) where the starter returns none, and "2024-06-01'; ..." raises.

Verified: verify/16_missing_index/inline.py: the notebook's page is the same 10 rows as the
starter's. since="9999' OR customer_id <> '": starter 0 rows, this version 1000 rows of which
980 are other customers' orders; since="2024-06-01'": starter 12 rows, this version
OperationalError: unrecognized token.

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
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    # Literal values: the planner sees them, and the statement log reads as plain SQL.
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        f" WHERE customer_id = {int(customer_id)} AND created_at >= '{since}'"
        " ORDER BY created_at DESC, id DESC"
        f" LIMIT {int(limit)}"
    ).fetchall()
