"""Wrong: one transaction, but the function closes the connection its caller still uses.

BUG: the connection is the caller's: its next query fails with "Cannot operate on a closed
database". Closing it is its owner's job.
"""


def save_readings(conn, readings):
    with conn:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.close()
