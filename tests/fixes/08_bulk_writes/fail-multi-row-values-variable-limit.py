"""Correct: one INSERT with a VALUES group per row, in one transaction."""


def save_readings(conn, readings):
    if not readings:
        return
    groups = ", ".join(["(?, ?, ?)"] * len(readings))
    with conn:
        conn.execute(f"INSERT INTO readings (sensor, taken_at, value) VALUES {groups}",
                     [field for reading in readings for field in reading])
