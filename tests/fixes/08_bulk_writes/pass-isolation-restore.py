"""Correct, unusual: explicit BEGIN IMMEDIATE / COMMIT in autocommit mode, the caller's transaction setting restored in finally, ROLLBACK on error.

On Python 3.12+ a connection's `autocommit` attribute, once set to True or False, overrides
isolation_level: there the switch to autocommit mode goes through it instead.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if getattr(conn, "autocommit", -1) in (True, False):  # Python 3.12+, PEP 249 mode
        setting, autocommit = "autocommit", True
    else:
        setting, autocommit = "isolation_level", None
    if conn.in_transaction:
        conn.commit()
    previous = getattr(conn, setting)
    setattr(conn, setting, autocommit)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(INSERT, readings)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        setattr(conn, setting, previous)
