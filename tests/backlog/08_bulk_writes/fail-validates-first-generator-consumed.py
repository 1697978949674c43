"""Lesson 08: checks every reading's shape first, then saves the batch in one transaction.

Validating first means a malformed batch is refused before any transaction is opened, so a
bad batch never takes the write lock. Then one executemany, one commit, a rollback on any error.

BUG: it walks `readings` twice. The starter accepts any iterable (a generator, a csv.reader,
a cursor: lesson 17's streaming fix hands exactly that to an importer), and so does executemany.
Here the validation loop consumes a generator, executemany then gets an exhausted iterator, and
the function returns normally having saved nothing: a silent loss of the whole batch.
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    for reading in readings:  # refuse a malformed batch before touching the database
        if len(reading) != 3:
            raise ValueError(f"a reading is (sensor, taken_at, value), got {reading!r}")
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
