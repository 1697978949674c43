"""Lesson 08: one transaction per batch, and batches too big for one transaction refused.

The lesson says long transactions hold SQLite's only write lock and that chunking a long import
is the caller's choice; so a batch of more than MAX_BATCH readings is refused up front with a
ValueError telling the caller to chunk it, before anything is written.

BUG: a limit of its own. The starter saves a batch of any size, and so must a fix; a nightly
backfill or a sensor gateway that flushes 1,000,001 readings at once now fails every time, with
nothing saved. The check's largest batch, 600,000 readings, is under the limit.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"
MAX_BATCH = 1_000_000  # readings per transaction; more holds the write lock too long


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if len(readings) > MAX_BATCH:
        raise ValueError(f"{len(readings):,} readings in one batch: save at most "
                         f"{MAX_BATCH:,} per call (chunk the import)")
    autocommit = getattr(conn, "autocommit", None)
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")
    try:
        conn.executemany(INSERT, readings)
        if autocommit is True:
            if began:
                conn.execute("COMMIT")
        else:
            conn.commit()
    except BaseException:
        if conn.in_transaction and (began or autocommit is not True):
            conn.execute("ROLLBACK")
        raise
