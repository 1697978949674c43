"""executemany given the values alone, not a sequence of rows.

expect: raised ProgrammingError
"""


def save_readings(conn, readings):
    with conn:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", [value for _, _, value in readings])
