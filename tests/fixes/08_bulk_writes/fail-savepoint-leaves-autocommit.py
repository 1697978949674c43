"""Correct: a savepoint as the outermost transaction; releasing it commits once."""


def save_readings(conn, readings):
    conn.isolation_level = None
    conn.execute("SAVEPOINT batch")
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.execute("RELEASE batch")
