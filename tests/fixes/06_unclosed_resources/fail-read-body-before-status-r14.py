"""Everything closed by with-blocks; the body is read first, then the status is checked.

BUG: a 500 whose body stalls (or trickles) keeps the visit waiting for the body until the 5 s
socket timeout, with the database file, the log file and the connection open all that time, and
then raises TimeoutError instead of the RuntimeError the contract names: the response is read
before its status is looked at (as `r = requests.get(...); r.raise_for_status()` habits go), so a
failing service must also deliver its whole error body before the visit can fail. The starter
raises RuntimeError as soon as the status line says 500. Every resource is closed in the end: a leak counter sees nothing wrong.

Verified: scratch/v06_stall.py against coursekit's slow API: a successful visit works; on
/stall/7?status=500 (a 500 whose body stalls after half) the fix raises TimeoutError: timed
out after 5.01 s, the starter RuntimeError: the profile service answered HTTP 500 after 0.00
s. scratch/v06_rw.py: 0 ResourceWarnings over 10 visits of every kind (success, 500, 404,
500 with Connection: close, redirect, refused, not a profile, bad port, full disk, missing
log folder).

Lesson 06: unclosed resources.

Every visit to a page is recorded: the visitor's profile comes from the profile service
over a keep-alive HTTP connection, the visit goes into a SQLite database, and a line goes
into a log file. This version opens all three and closes none of them. Each one holds a
file descriptor (and the service holds a connection) until Python gets round to cleaning
it up, and when the service fails, the exception keeps all three open for as long as
anything holds on to it. Close each of them as soon as the function is done with it,
whether it returns or raises.

Public API (the check calls exactly this):

    def record_visit(db_path: str, log_path: str, profile_url: str) -> dict
        GET profile_url, a JSON profile {"user_id": ..., "name": ..., ...}; raise
        RuntimeError if the service answers with another status than 200. Then insert
        (user_id, name) into the table `visits` of the SQLite database at db_path
        (created if missing) and commit, append one line to the log file at log_path
        (if it cannot be opened, the visit fails and stores nothing), and return
        {"user_id": ..., "name": ..., "visits": n}: n is how many visits of that user
        the table holds now. Visits may come from several threads at once (a threaded
        web server): each call is a visit of its own.
"""

import http.client
import json
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

__all__ = ["record_visit"]


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with closing(sqlite3.connect(db_path)) as db, \
            open(log_path, "a", encoding="utf-8") as log, \
            closing(http.client.HTTPConnection(url.hostname, url.port, timeout=5)) as service:
        service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
        with service.getresponse() as response:
            body = response.read()  # drain it: the keep-alive connection stays reusable
            if response.status != 200:
                raise RuntimeError(f"the profile service answered HTTP {response.status}")
        profile = json.loads(body)

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
        return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
