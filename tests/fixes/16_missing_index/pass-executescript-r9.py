"""Create the table and the (customer_id, created_at) index in one executescript call, the idiomatic way to run a DDL script.

BUG: The index is right, but executescript is not a commit. In Python's legacy transaction control it first commits and then runs the script in autocommit, so on 3.11 all is well. On Python 3.12+ with a connection opened with autocommit=False (always in a transaction, the PEP 249 mode), executescript does no transaction control at all: the CREATE TABLE and CREATE INDEX run inside the open transaction and are never committed, so when the connection closes the database is empty again. The contract says "commit".

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
        (id, created_at, status, total_cents) tuples. It reads the database as it is now,
        through conn, writes nothing and leaves conn as it was; its answer is the same
        with or without any index (indexes change how fast, never what).
"""
import sqlite3

__all__ = ["create_schema", "recent_orders"]


SCHEMA = """
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    total_cents INTEGER NOT NULL
);
-- equality first, then the range and the sort; each entry ends with the rowid (= id)
CREATE INDEX orders_by_customer_date ON orders (customer_id, created_at);
"""


def create_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)  # executescript commits: no "with conn" needed


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
