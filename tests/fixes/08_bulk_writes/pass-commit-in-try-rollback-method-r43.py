"""Executemany and one conn.commit() inside a try whose except BaseException calls conn.rollback() and raises.

WHY CORRECT: one transaction and one commit in sqlite3's default mode; the commit is inside the
try, so a COMMIT that fails (a deferred foreign key) is rolled back too (unlike
fail-executemany-commit-rollback, whose commit is outside it), and Ctrl-C's KeyboardInterrupt
is caught; conn.rollback() does nothing when no transaction is open, and reopens the one
autocommit=False keeps. Read 43 (3.11 and 3.12).
"""

import sqlite3

__all__ = ["save_readings"]

SQL = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    try:
        conn.executemany(SQL, readings)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
