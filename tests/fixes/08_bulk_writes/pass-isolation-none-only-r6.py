"""Sends BEGIN itself when `conn.isolation_level is None` (autocommit), then `with conn:` + executemany.

CORRECT (the examiner filed it as a wrong fix for Python 3.12+): there a connection opened with
`autocommit=True` reads isolation_level "", so no BEGIN is sent and executemany commits each row
alone, a refused reading leaving the rows before it saved. That is exactly what the reference
solution (`with conn:` + executemany) does in both autocommit modes, and what the notebook allows:
commits are counted on connections with default settings; a failed batch may keep the rows before
the bad one; no transaction is left open. Better than the solution under isolation_level=None.

Lesson 08: bulk writes.

An importer saves a batch of sensor readings. This version commits after every
row, and each commit waits until SQLite has the row safely on disk: a batch of
200 readings waits for the disk 200 times. Save the whole batch with one commit.

Public API (the check calls exactly this):

    def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None
        Insert every (sensor, taken_at, value) of `readings` as a row of the table
        readings(id, sensor, taken_at, value), all of them committed before it returns.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if conn.isolation_level is None:  # autocommit mode: sqlite3 opens no transaction, so open one
        conn.execute("BEGIN")
    with conn:  # one COMMIT at the end, or a ROLLBACK if a reading fails
        conn.executemany(INSERT, readings)
