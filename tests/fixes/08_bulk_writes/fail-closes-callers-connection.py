"""One transaction, but the function closes the connection its caller still uses.

expect: Cannot operate on a closed database
"""


def save_readings(conn, readings):
    with conn:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
    conn.close()
