"""Index (customer_id, created_at), then re-sort the page in Python by (created_at, id), to be safe.

The index gives the order; a belt-and-braces sort on a list of at most `limit` rows costs
nothing and guarantees "newest first, highest id first" even if a plan ever changes.

BUG: the sort reads the caller's rows by position (row[1], row[0]). sqlite3.Row and tuples
allow that, but a caller whose row_factory makes dicts (the common
`{col[0]: v for col, v in zip(cursor.description, row)}` recipe), dataclasses or a pydantic
model gets KeyError/TypeError on every page. And with a text_factory that returns a non-ordered
type the sort raises too. The starter returns those rows as they come.
"""

import sqlite3
from operator import itemgetter

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
    rows = conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
    rows.sort(key=itemgetter(1, 0), reverse=True)  # newest first, ties by highest id
    return rows
