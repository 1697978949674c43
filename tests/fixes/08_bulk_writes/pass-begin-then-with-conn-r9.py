"""Sends BEGIN itself when no transaction is open, then `with conn:` around executemany to commit or roll back.

WHY CORRECT (on Python 3.11, where round 9's examiner graded it): there sqlite3 has no
autocommit attribute, and `with conn:` commits or rolls back whatever transaction is open,
the BEGIN's included (under isolation_level=None), and rolls back when its own commit fails.
BUG from Python 3.12: on a caller's connection opened with autocommit=True, `with conn:`
neither commits nor rolls back (the sqlite3 docs: "If autocommit is True, the context
manager does nothing"). The BEGIN sent here opens a transaction that nothing ends: a batch
that saves normally is left uncommitted when the call returns (the contract: "all of them
committed before it returns"), and a failed batch leaves its rows pending in an open
transaction that holds SQLite's write lock. The check's autocommit=True connection
(3.12+) sees the transaction left open.

fails from Python 3.12

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
    if not conn.in_transaction:  # autocommit mode opens none by itself: open the batch's own
        conn.execute("BEGIN")
    with conn:  # COMMIT at the end of the block, ROLLBACK if a reading fails
        conn.executemany(INSERT, readings)
