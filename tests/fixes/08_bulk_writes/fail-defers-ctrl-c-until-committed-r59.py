"""Lesson 08: one transaction per batch, shielded from Ctrl-C until it is committed.

A KeyboardInterrupt in the middle of a batch is the failure the lesson warns about; here SIGINT
is caught for the length of the batch and re-raised once the transaction has been committed, so
a batch is never cut in half by Ctrl-C (the previous handler is put back; in a worker thread,
where signals cannot be handled, the batch runs unshielded).

BUG: Ctrl-C during a long import does nothing until the whole batch
has been written and committed (on a big batch or a slow disk, many seconds of an unresponsive
program), and then the KeyboardInterrupt the user gets claims the batch failed while every row
of it is committed. The lesson asks for the opposite: Ctrl-C stops the batch and rolls it back.
"""

import signal
import sqlite3
import threading

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"


def _save(conn, readings):
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


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    if threading.current_thread() is not threading.main_thread():
        _save(conn, readings)
        return
    pressed = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    try:
        _save(conn, readings)
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
    if pressed:  # Ctrl-C arrived during the batch: deliver it now that the batch is safe
        raise KeyboardInterrupt
