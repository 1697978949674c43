"""One transaction of multi-row INSERTs, 300 rows (900 bound values) per statement: "under
SQLite's old limit of 999".

BUG: the chunk is sized for SQLite's default limits, not the connection's: on a connection whose
owner set them lower, every statement past 83 rows (SQLITE_LIMIT_VARIABLE_NUMBER at 250: "too
many SQL variables") or past about 1,000 bytes (SQLITE_LIMIT_SQL_LENGTH at 1,000: "query string
is too large") fails, and the batch is lost, where the starter, binding 3 values per statement,
saves it on any connection.

Public API (the check calls exactly this):

    def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None
        Insert every (sensor, taken_at, value) of `readings` as a row of the table
        readings(id, sensor, taken_at, value), all of them committed before it returns
        (one exception, as in the starter: under Python 3.12's autocommit=True, inside a
        transaction the caller began with its own BEGIN, they stay in that transaction,
        for the caller to commit).
"""

import sqlite3

__all__ = ["save_readings"]

INSERT = "INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)"
ROWS_PER_STATEMENT = 300  # 900 bound values: under 999, the smallest limit SQLite ever had


def save_readings(conn: sqlite3.Connection, readings: list[tuple[str, str, float]]) -> None:
    with conn:
        for start in range(0, len(readings), ROWS_PER_STATEMENT):
            chunk = readings[start:start + ROWS_PER_STATEMENT]
            marks = ", ".join(["(?, ?, ?)"] * len(chunk))
            conn.execute(f"INSERT INTO readings (sensor, taken_at, value) VALUES {marks}",
                         [field for reading in chunk for field in reading])
