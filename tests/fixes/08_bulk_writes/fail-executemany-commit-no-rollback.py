"""Correct: executemany, then one commit."""


def save_readings(conn, readings):
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.commit()
