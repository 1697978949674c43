"""Sets conn.isolation_level to None for the call (explicit transaction control), BEGIN ... COMMIT by hand, the caller's level restored in finally.

WHY CORRECT (on Python 3.11): examiner round 9 suspected two things. (1) Setting
isolation_level to None commits a transaction the caller left open, before the batch: the
starter commits it too (its first conn.commit()), and the check requires exactly that
("committed with it, as by the starter"); the batch itself is still one transaction, and
a failed one is rolled back, the COMMIT included (it is inside the try). (2) Setting the
caller's level back restores it exactly (a string level does not commit anything). What
is wrong is version-dependent: from 3.12, on a connection opened with autocommit=False,
setting isolation_level=None commits and reopens the always-open transaction, and the
COMMIT sent here then leaves the connection outside any transaction (sqlite3 reopens one
only after its own commit() or rollback()): the caller's next writes each commit alone.
The check sees in_transaction changed from True to False. (Under autocommit=True,
isolation_level is ignored and the explicit BEGIN/COMMIT work.)

fails from Python 3.12

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
    saved = conn.isolation_level
    conn.isolation_level = None  # explicit transaction control for the call (commits pending)
    try:
        if not conn.in_transaction:
            conn.execute("BEGIN")
        try:
            conn.executemany(INSERT, readings)
            conn.execute("COMMIT")  # one commit for the batch
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.isolation_level = saved  # the caller's setting back
