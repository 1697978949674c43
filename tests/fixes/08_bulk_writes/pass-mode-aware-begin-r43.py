"""In autocommit mode (isolation_level=None, or autocommit=True) its own BEGIN, COMMIT and ROLLBACK when no transaction is open; `with conn:` otherwise.

WHY CORRECT: `with conn:` commits and rolls back in sqlite3's default mode and under
autocommit=False; where it does nothing (autocommit=True) or where no transaction opens by
itself (isolation_level=None), the batch gets a transaction of its own, ended whatever fails,
and a transaction the caller left open is joined, not ended. Unlike pass-begin-then-with-conn-r9
and pass-execute-rollback-r25, right on Python 3.12+ too. Read 43 (3.11 and 3.12).
"""

import sqlite3

__all__ = ["save_readings"]

SQL = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def _autocommit_mode(conn) -> bool:
    return getattr(conn, "autocommit", None) is True or (
        conn.isolation_level is None and getattr(conn, "autocommit", -1) is not False)


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if _autocommit_mode(conn) and not conn.in_transaction:
        conn.execute("BEGIN")
        try:
            conn.executemany(SQL, readings)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return
    with conn:
        conn.executemany(SQL, readings)
