"""Lesson 08: PEP 249 transactions for the batch: conn.autocommit = False, `with conn:`, then the caller's autocommit setting put back in a `finally`.

BUG: on Python 3.11 a sqlite3 connection has no `autocommit` attribute: every call raises
AttributeError before a row is written. From 3.12 it is wrong too: every call, a batch that
failed or one that was saved, leaves the caller's connection inside an empty transaction where
it had none, because `with conn:` under autocommit=False ends with a commit (or rollback) that
opens the next transaction at once, and putting autocommit back to its default does not end
it. Verified on 3.13.0: after a batch refused at its seventh reading, conn.in_transaction was
True with no row pending (another connection could still write); once the caller had read a
row in that transaction, another connection's INSERT raised "database is locked", and on a
connection with isolation_level=None the caller's next INSERT was lost when it closed the
connection.

expect: object has no attribute 'autocommit'
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
    was = conn.autocommit  # Python 3.12+: PEP 249 transactions for this batch only
    conn.autocommit = False
    try:
        with conn:  # commits on success, rolls back on error
            conn.executemany(INSERT, readings)
    finally:
        conn.autocommit = was
