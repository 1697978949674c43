"""Sends BEGIN / COMMIT (ROLLBACK on error) by hand around executemany, as the lesson's last section shows.

BUG: a caller whose connection already has a transaction open (e.g. it wrote an import-log row
before calling, and Python's legacy mode opened a transaction for it) gets OperationalError
"cannot start a transaction within a transaction" and the batch is not saved, where the starter
(and `with conn:`) saves it and commits: the explicit BEGIN fails. Fine on a fresh default
connection, which is all a quick test uses.

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
    # BEGIN and COMMIT sent by hand, as in the lesson's last section: one transaction
    # in every mode of the connection, rolled back if a reading is refused.
    conn.execute("BEGIN")
    try:
        conn.executemany(INSERT, readings)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
