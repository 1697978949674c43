"""Correct: multi-row INSERTs of at most 300 readings each (900 values), all in one transaction."""

CHUNK = 300


def save_readings(conn, readings):
    with conn:
        for start in range(0, len(readings), CHUNK):
            chunk = readings[start:start + CHUNK]
            groups = ", ".join(["(?, ?, ?)"] * len(chunk))
            conn.execute(f"INSERT INTO readings (sensor, taken_at, value) VALUES {groups}",
                         [field for reading in chunk for field in reading])
