"""Lesson 08: the starter's loop kept, inside one transaction that ends once (right fix).

No executemany: the loop of execute() stays, as the lesson shows the commits, not the API, are
the cost. A transaction already open (the caller's, in default mode or after its own BEGIN) is
joined; otherwise one is begun by hand, which works in every mode. One commit at the end; on any
exception, Ctrl-C included, a rollback if SQLite still has a transaction open, and the original
error re-raised untouched. Under 3.12's autocommit=True a caller's BEGIN is left for it to end.

Right on Python 3.11, wrong from 3.12 (check 08 refuses it there: "the connection was left
outside any transaction, where it had one open before the call"). BUG, from 3.12: on a
connection opened with autocommit=False, a batch that fails midway is ended by a ROLLBACK
statement, which leaves the connection outside any transaction, where autocommit=False keeps
one open at all times (conn.rollback() opens the next one): the caller's later writes each
commit at once, and its own conn.rollback() raises "cannot rollback - no transaction is
active". Verified on 3.13.0.
fails from Python 3.12
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    manual = getattr(conn, "autocommit", None) is True  # conn.commit() does nothing there
    ours = not conn.in_transaction
    if ours:
        conn.execute("BEGIN")
    try:
        for sensor, taken_at, value in readings:
            conn.execute(INSERT, (sensor, taken_at, value))
        if not manual:
            conn.commit()
        elif ours:
            conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction and (ours or not manual):
            conn.execute("ROLLBACK")
        raise
