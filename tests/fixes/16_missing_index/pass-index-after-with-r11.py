"""Creates the table in `with conn:` and the composite index just after it, outside the block.

BUG: The docstring says create_schema creates the table and its indexes "and commit"; the notebook
says the check reopens the file after create_schema ran "in each transaction mode (on Python
3.12+ also autocommit=False, always in a transaction): everything it made must be there". The
learner reasoned that DDL runs at once (true since Python 3.6 in the legacy isolation modes:
sqlite3 opens no implicit transaction before CREATE), so the CREATE INDEX after the `with` needs
no commit. On Python 3.11 every mode persists it. On Python 3.12+ with sqlite3.connect(path,
autocommit=False) the connection is always in a transaction, the CREATE INDEX is never
committed, and closing the connection rolls it back: the shop runs without the index and every
account page is a SCAN plus a sort again.

Verified: verify/16_missing_index/after_with.py reopens the file after create_schema. Python
3.11, every mode (default, isolation_level=None, 'IMMEDIATE'): ['orders',
'orders_by_customer_created']. Python 3.12.1 and 3.13.0, autocommit=False: ['orders'] (the index
is gone; autocommit=True and the legacy modes keep it).
Right on 3.11 (no autocommit= there; in the legacy modes sqlite3 opens no transaction before a
CREATE, so it is kept); the check's autocommit=False mode catches it from 3.12:

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
    # DDL runs at once in sqlite3 (no implicit BEGIN before CREATE): no commit needed.
    conn.execute("CREATE INDEX orders_by_customer_created ON orders (customer_id, created_at)")


def recent_orders(conn: sqlite3.Connection, customer_id: int, since: str, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, created_at, status, total_cents FROM orders"
        " WHERE customer_id = ? AND created_at >= ?"
        " ORDER BY created_at DESC, id DESC"
        " LIMIT ?",
        (customer_id, since, limit),
    ).fetchall()
