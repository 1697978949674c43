"""Lesson 08: BEGIN EXCLUSIVE when no transaction is open, so no other writer gets in the middle of the batch, then conn.commit(), or conn.rollback() and raise on any error.

Right on Python 3.11, wrong from 3.12 (check 08 refuses it there: "another connection could
not read the table: database is locked; the caller's connection still had a transaction
open"). BUG, from 3.12: on a connection opened with autocommit=True, a batch whose seventh
reading a UNIQUE index refused leaves its BEGIN EXCLUSIVE open, and every other connection
locked out of the file, even from reading it: conn.rollback() (and conn.commit()) do nothing
in that mode, so nothing ends the transaction the BEGIN opened. Verified on 3.13.0: after the
IntegrityError, conn.in_transaction was True, PRAGMA locking_mode read "normal", another
connection's SELECT raised "database is locked", and read 0 rows once a ROLLBACK statement
ended the transaction. On 3.11, where sqlite3 has no autocommit attribute, conn.commit() and
conn.rollback() end it in every mode.
fails from Python 3.12

An importer saves a batch of sensor readings. This version commits after every
row, and each commit waits until SQLite has the row safely on disk: a batch of
200 readings waits for the disk 200 times. Save the whole batch with one commit.

Public API (the check calls exactly this):

    def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None
        Insert every (sensor, taken_at, value) of `readings` as a row of the table
        readings(id, sensor, taken_at, value), all of them committed before it returns
        (one exception, as in the starter: under Python 3.12's autocommit=True, inside a
        transaction the caller began with its own BEGIN, they stay in that transaction,
        for the caller to commit).
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if not conn.in_transaction:
        conn.execute("BEGIN EXCLUSIVE")  # no other writer in the middle of the batch
    try:
        conn.executemany(INSERT, readings)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
