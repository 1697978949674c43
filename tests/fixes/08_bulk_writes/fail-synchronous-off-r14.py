"""Lesson 08: one transaction, with synchronous=OFF for the batch, restored after.

BUG: besides committing once, it switches PRAGMA synchronous to OFF for the duration of the
batch (when no transaction is open: SQLite refuses the change inside one) and puts the previous
value back in a finally, so the connection's PRAGMAs read the same before and after. But a
power cut or OS crash after save_readings returns can lose the batch or corrupt the file: the
batch's COMMIT no longer waits for the disk (no fsync at all), so the rows are "committed"
without being safely on disk. The durability the commit promises is gone: the lesson's "don't
use synchronous=OFF to hide commits", hidden behind a restore.

Verified: scratch/verify08c.py FILE fsync under `strace -f -e trace=fsync,fdatasync`, a
30-reading batch on a file in /var/tmp: 0 fsync/fdatasync calls during save_readings (pass-
with-conn-or-manual.py and pass-multirow-chunks.py: 4, the one durable commit; the starter:
120), while PRAGMA synchronous reads 2 (FULL) before and after. verify08.py: 1 commit, rows
right, caller's transaction joined, errors handled, settings unchanged: only the missing disk
wait shows it.

Public API (the check calls exactly this):

    def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None
        Insert every (sensor, taken_at, value) of `readings` as a row of the table
        readings(id, sensor, taken_at, value), all of them committed before it returns.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    # SQLite refuses to change the safety level inside a transaction: only when none is open
    previous = None if conn.in_transaction else conn.execute("PRAGMA synchronous").fetchone()[0]
    if previous is not None:
        conn.execute("PRAGMA synchronous=OFF")  # bulk load: let the OS flush when it likes
    try:
        manual = conn.isolation_level is None and not conn.in_transaction
        if manual:
            conn.execute("BEGIN")
        try:
            conn.executemany(INSERT, readings)
            conn.execute("COMMIT") if manual else conn.commit()
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
    finally:
        if previous is not None:
            conn.execute(f"PRAGMA synchronous={previous}")  # the caller's setting, as it was
