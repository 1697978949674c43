"""Wrong: one INSERT with a VALUES group per row: three bound values per reading in one statement.

BUG: SQLite bounds the `?` in one statement (999 before 3.32, 32,766 since): a large batch
fails with "too many SQL variables" and nothing is saved. executemany binds a row at a time.
"""


def save_readings(conn, readings):
    if not readings:
        return
    groups = ", ".join(["(?, ?, ?)"] * len(readings))
    with conn:
        conn.execute(f"INSERT INTO readings (sensor, taken_at, value) VALUES {groups}",
                     [field for reading in readings for field in reading])
