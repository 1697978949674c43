"""Switches the connection to isolation_level=None for the call, sends BEGIN/COMMIT by hand, restores isolation_level in finally.

BUG (examiner round 9): when the commit itself fails (a foreign key SQLite checks only at COMMIT,
SQLITE_BUSY while another connection reads the file), the failed batch and SQLite's write lock
stay in an open transaction on the caller's connection, and after SQLITE_BUSY the caller's next
commit, for anything, saves the batch that failed, while after the broken foreign key every later
commit fails the same way, the caller's own writes with it, until a rollback: the commit (a COMMIT
statement) is outside the try whose except rolls back. The error reaches the caller, but SQLite
keeps the transaction open when its commit fails (the notebook's "Your turn": leave no transaction
open). The check's deferred foreign key makes that COMMIT fail on a connection with default
settings.

Judged correct before round 9, as this said:
CORRECT on Python 3.11: isolation_level=None for the call, BEGIN ... COMMIT, the
caller's level put back. Setting it commits a transaction the caller left open, which the
starter commits too (its commit per row). From 3.12, on a connection with autocommit=False
the BEGIN raises 'cannot start a transaction within a transaction'.

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
    saved = conn.isolation_level
    conn.isolation_level = None  # take transaction control ourselves, restored below
    try:
        conn.execute("BEGIN")
        try:
            conn.executemany(INSERT, readings)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.isolation_level = saved
