"""Wrong: Python 3.12's autocommit=False (PEP 249 style), then one commit, and no rollback.

BUG: when a reading is refused mid-batch, the rows before it stay in a transaction left open
on the caller's connection (other writers: "database is locked"; the caller's next commit
saves half of the failed batch). On Python 3.12+ it also switches the caller's connection to
manual-commit mode for good.
"""


def save_readings(conn, readings):
    conn.autocommit = False
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.commit()
