"""Lesson 08: the starter's loop kept, inside one transaction that ends once (right fix).

No executemany: the loop of execute() stays, as the lesson shows the commits, not the API, are
the cost. A transaction already open (the caller's, in default mode or after its own BEGIN) is
joined; otherwise one is begun by hand, which works in every mode. One commit at the end; on any
exception, Ctrl-C included, a rollback if SQLite still has a transaction open, and the original
error re-raised untouched. Under 3.12's autocommit=True a caller's BEGIN is left for it to end.
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
