"""Executemany then one commit, and a rollback if any row fails.

BUG (examiner round 9): the commit (conn.commit()) is outside the try whose except rolls back.
When the COMMIT itself fails (a foreign key SQLite checks only at COMMIT, SQLITE_BUSY while
another connection reads the file, a full disk), SQLite keeps the transaction open: the
error reaches the caller, but the connection is left holding every row of the failed batch
and SQLite's write lock, and the caller's next commit, for anything, saves the batch that
failed (the notebook's "Your turn": leave no transaction open). The check's deferred foreign
key makes that COMMIT fail on a connection with default settings.
"""


def save_readings(conn, readings):
    try:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
