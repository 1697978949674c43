"""Correct: executemany then one commit, and a rollback if any row fails."""


def save_readings(conn, readings):
    try:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
