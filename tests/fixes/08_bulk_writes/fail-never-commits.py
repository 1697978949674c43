"""Wrong: executemany, but nothing is committed: the rows vanish with the connection."""


def save_readings(conn, readings):
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
