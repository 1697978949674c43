"""Learner kept the row loop, sent BEGIN only when no transaction is open, committed once, and on error sent execute("ROLLBACK") if conn.in_transaction.

Right on Python 3.11, wrong from 3.12 (check 08 refuses it there, on 3.13.0: "the connection
was left outside any transaction, where it had one open before the call"). BUG, from 3.12:
with autocommit=False (the PEP 249 mode, where sqlite3 always keeps a transaction open) a
hand-sent ROLLBACK ends that transaction behind sqlite3's back: after a failed batch the
connection has no transaction, and the caller's next conn.commit() raises OperationalError
"cannot commit - no transaction is active"; conn.rollback() there rolls back and reopens one.
Examiner round 25 (verified on 3.13.0: the attempt leaves in_transaction=False and the
caller's next commit raises; the starter leaves in_transaction=True).
fails from Python 3.12

Lesson 08: bulk writes.

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
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        for reading in readings:
            conn.execute(INSERT, reading)
        if began:
            conn.execute("COMMIT")
        else:
            conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
