"""Lesson 06 wrong fix: the response closed on the error path only.

BUG: a 200 sent with `Connection: close` (or by an HTTP/1.0 server) whose body stalls raises
TimeoutError after the 5 s timeout with the response, and its socket, still open: read() closes it at the end and on an IncompleteRead, but not
when a read times out, and the error's traceback keeps `response` alive, so the socket stays
open (CLOSE_WAIT, one fd) for as long as the caller holds the error. The fix knows that a
response sent with `Connection: close` (or by an HTTP/1.0 server) owns the socket once
getresponse() returns, so HTTPConnection.close() no longer closes it: it closes the response
before raising on a non-200 status, and counts on read() to close it on a 200 ("reading to
the end closes it"). Every other path closes everything.

Verified: scratch/v06_close.py: an HTTP/1.0 profile server whose 200 sends half of its
Content-Length then stalls: starter and this both raise TimeoutError after 5 s; with the
error held, this leaves 1 socket fd open (the starter 3 fds: db, log, socket); after
`del error`: 0; on the same server a 500 and a good 200 leave 0 fds.

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
        response = service.getresponse()
        if response.status != 200:
            response.close()  # with Connection: close the response owns the socket
            raise RuntimeError(f"the profile service answered HTTP {response.status}")
        profile = json.loads(response.read())  # read() to the end closes the response

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
    return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
