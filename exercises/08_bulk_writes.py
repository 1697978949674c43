"""Lesson 08: bulk writes.

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


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    for sensor, taken_at, value in readings:
        conn.execute("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)",
                     (sensor, taken_at, value))
        conn.commit()  # ends a transaction: SQLite waits until the row is safely on disk
