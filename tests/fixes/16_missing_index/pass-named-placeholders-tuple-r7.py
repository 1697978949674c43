"""Composite index (customer_id, created_at); the query rewritten with named placeholders, still bound from a tuple.

CORRECT on Python 3.11 (the examiner filed it as a wrong fix): a sequence binds :named
placeholders by position there, silently, and the answers are the starter's. BUG from Python
3.12: that binding is deprecated (a DeprecationWarning per placeholder, on every call) and
raises sqlite3.ProgrammingError from 3.14: the page breaks on the next upgrade, and already
fails under -W error::DeprecationWarning (pytest's filterwarnings=error). The check fails a
page that warns.

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
        # The customer's orders, in date order: the = first, then the range and the sort.
        conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = :customer_id AND created_at >= :since"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT :limit",
        (customer_id, since, limit),
    ).fetchall()
