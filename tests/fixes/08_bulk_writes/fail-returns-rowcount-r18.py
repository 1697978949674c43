"""executemany in `with conn:`, returning how many rows were saved.

BUG: in autocommit mode (isolation_level=None) every row still commits alone inside `with
conn:`, 50 commits for 50 readings; and it returns cursor.rowcount "for the importer's logs"
where the contract is `-> None`, so a caller that treats a non-None result as a value (or
compares with the starter's None) sees an int.

Verified: scratch/v08.py: returns 50 (the starter: None); on an isolation_level=None
connection 0 BEGIN and 0 COMMIT traced: every one of the 50 rows autocommitted alone.

The exercise's contract (unchanged):

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
    with conn:
        return conn.executemany(INSERT, readings).rowcount
