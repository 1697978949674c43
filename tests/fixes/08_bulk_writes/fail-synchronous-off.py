"""Keeps a commit per row but sets PRAGMA synchronous=OFF, so the commits no longer wait for the disk.

BUG: the mistake is still there (one commit per row) and hidden instead of fixed; worse, it
changes the caller's connection for good: every later transaction of the app is no longer
durable (a power cut can lose committed data or corrupt the file). The notebook says never.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    conn.execute("PRAGMA synchronous=OFF")  # commits no longer wait for fsync
    for reading in readings:
        conn.execute(INSERT, reading)
        conn.commit()
