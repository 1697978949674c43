"""Correct: explicit BEGIN and COMMIT statements around a loop."""


def save_readings(conn, readings):
    conn.execute("BEGIN")
    for reading in readings:
        conn.execute("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", reading)
    conn.execute("COMMIT")
