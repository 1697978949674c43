"""Correct: Python 3.12's autocommit=False (PEP 249 style), then one commit.

On Python 3.11 the attribute does not exist and the default implicit transaction applies.
"""


def save_readings(conn, readings):
    conn.autocommit = False
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.commit()
