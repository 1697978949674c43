"""One SAVEPOINT around executemany, RELEASE to commit (outermost savepoint), ROLLBACK TO + RELEASE on error; if the caller's transaction was open around it, one conn.commit().

BUG (examiner round 9): the commit (the RELEASE of the outermost savepoint) is outside the try whose except rolls back.
When the COMMIT itself fails (a foreign key SQLite checks only at COMMIT, SQLITE_BUSY while
another connection reads the file, a full disk), SQLite keeps the transaction open: the
error reaches the caller, but the connection is left holding every row of the failed batch
and SQLite's write lock, and the caller's next commit, for anything, saves the batch that
failed (the notebook's "Your turn": leave no transaction open). The check's deferred foreign
key makes that COMMIT fail on a connection with default settings.

Judged correct before round 9, as this said:
Unusual: usually no COMMIT or END statement at all - the commit is the RELEASE - so a check that
counts only COMMIT/END statements sees 0 commits (and could wrongly think the rows are
uncommitted).

"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    # One named savepoint around the batch. Outside a transaction, SAVEPOINT opens one and
    # RELEASE of that outermost savepoint commits it; inside the caller's transaction it nests.
    nested = conn.in_transaction
    conn.execute("SAVEPOINT save_readings")
    try:
        conn.executemany(INSERT, readings)
    except BaseException:
        conn.execute("ROLLBACK TO save_readings")
        conn.execute("RELEASE save_readings")
        raise
    conn.execute("RELEASE save_readings")
    if nested or conn.in_transaction:
        conn.commit()  # the caller's transaction was open around ours: commit it too, as the starter does
