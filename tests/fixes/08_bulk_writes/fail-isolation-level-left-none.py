"""Correct: autocommit mode, with the transaction opened and committed explicitly."""


def save_readings(conn, readings):
    conn.isolation_level = None
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("END")
