"""BEGIN when no transaction is open, executemany, then conn.commit() (conn.rollback() on failure).

BUG (examiner round 9): when the commit itself fails (a foreign key SQLite checks only at COMMIT,
SQLITE_BUSY while another connection reads the file), the failed batch and SQLite's write lock
stay in an open transaction on the caller's connection, and after SQLITE_BUSY the caller's next
commit, for anything, saves the batch that failed, while after the broken foreign key every later
commit fails the same way, the caller's own writes with it, until a rollback: the commit
(conn.commit()) is outside the try whose except rolls back. The error reaches the caller, but
SQLite keeps the transaction open when its commit fails (the notebook's "Your turn": leave no
transaction open). The check's deferred foreign key makes that COMMIT fail on a connection with
default settings.

Judged correct before round 9, as this said:
BUG: on Python 3.12+ with `autocommit=True`, Connection.commit() and rollback() do nothing (the
docs: "If autocommit is True, this method does nothing"): the BEGIN sent by hand is never ended.
The call returns with none of the rows committed and a transaction open that holds SQLite's
write lock; the caller's later COMMIT, or a close that rolls it back, decides their fate. On a
failure the transaction is left open too, with the rows before the bad one in it. Right in
legacy modes and on Python 3.11.

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
    if not conn.in_transaction:  # whatever the mode: make sure the batch is one transaction
        conn.execute("BEGIN")
    try:
        conn.executemany(INSERT, readings)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
