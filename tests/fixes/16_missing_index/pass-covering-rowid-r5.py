"""A covering index (customer_id, created_at, id, status, total_cents), the id placed right after the date.

CORRECT: A covering index with id (the rowid) placed right after created_at, so
(customer_id, created_at, id) orders it exactly as the page reads it, and status and
total_cents ride along: SQLite answers from the index alone. create_schema runs plain
execute + commit() (in every 3.11 mode the DDL lands); the query is the starter's with
numbered parameters and 'rowid DESC', the same column as 'id DESC' since id is INTEGER
PRIMARY KEY, and on a table without this index it still answers the same.

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

TABLE = (
    "CREATE TABLE orders ("
    " id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL,"
    " status TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " total_cents INTEGER NOT NULL)"
)
# The page reads only the index: equality, range, the tie-breaker, then the two payload
# columns (after id, so the ORDER BY is still the index's own order).
INDEX = "CREATE INDEX IF NOT EXISTS orders_page_covering ON orders (customer_id, created_at, id, status, total_cents)"


def create_schema(conn: sqlite3.Connection) -> None:
    conn.execute(TABLE)
    conn.execute(INDEX)
    conn.commit()


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    cursor = conn.cursor()
    try:
        cursor.execute(
            "SELECT id, created_at, status, total_cents FROM orders"
            " WHERE customer_id = ?1 AND created_at >= ?2"
            " ORDER BY created_at DESC, rowid DESC"
            " LIMIT ?3",
            (customer_id, since, limit),
        )
        return cursor.fetchall()
    finally:
        cursor.close()
