"""Sends BEGIN whenever no transaction is open, then ends the batch with conn.commit() / conn.rollback().

BUG (examiner round 9): when the commit itself fails (a foreign key SQLite checks only at COMMIT,
SQLITE_BUSY while another connection reads the file), the failed batch and SQLite's write lock
stay in an open transaction on the caller's connection, and after SQLITE_BUSY the caller's next
commit, for anything, saves the batch that failed, while after the broken foreign key every later
commit fails the same way, the caller's own writes with it, until a rollback: the commit
(conn.commit()) is outside the try whose except rolls back. The error reaches the caller, but
SQLite keeps the transaction open when its commit fails (the notebook's "Your turn": leave no
transaction open). The check's deferred foreign key makes that COMMIT fail on a connection with
default settings.

Judged correct before round 9, as this said:
CORRECT on Python 3.11: BEGIN, the rows, then conn.commit() make one transaction in
sqlite3's only mode there. From 3.12 a connection opened with autocommit=True makes
commit() do nothing, so the BEGIN's transaction stays open (another connection sees none
of the rows): the check's autocommit=True connection fails it.

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
    if not conn.in_transaction:  # whatever the mode: open the batch's transaction ourselves
        conn.execute("BEGIN")
    try:
        conn.executemany(INSERT, readings)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()  # one commit for the whole batch
