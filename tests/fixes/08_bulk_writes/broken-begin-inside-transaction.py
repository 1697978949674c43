"""BEGIN sent after an INSERT already opened Python's implicit transaction.

expect: raised OperationalError: cannot start a transaction within a transaction
"""


def save_readings(conn, readings):
    conn.execute("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings[0])
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings[1:])
    conn.commit()
