"""Wrong: one transaction, but the caller's list is sorted in place first "for locality".

BUG: the list belongs to the caller, who may log it, retry it or send it elsewhere next: its
order is gone after the call.
"""


def save_readings(conn, readings):
    readings.sort()
    with conn:
        conn.executemany("INSERT INTO readings (sensor, taken_at, value) VALUES (?, ?, ?)", readings)
