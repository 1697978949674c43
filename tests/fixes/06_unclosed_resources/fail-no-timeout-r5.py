"""Everything opened in one contextlib.ExitStack, the HTTP connection registered with stack.callback(service.close); the connection is created without the starter's timeout argument.

BUG: a profile service that accepts the connection but never answers (a hung upstream, a
half-open connection) blocks the visit, and with it the database connection, the log file and
the socket, forever: the connection has no timeout, so nothing is ever closed, because the
function never returns or raises. The starter's HTTPConnection(..., timeout=5) gives up on a
service that does not answer and raises TimeoutError after 5 s. With a service that answers, or refuses, or fails with an HTTP status, it behaves like a correct fix.

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
        (created if missing) and commit, append one line to the log file at log_path,
        and return {"user_id": ..., "name": ..., "visits": n}: n is how many visits of
        that user the table holds now.
"""

import http.client
import json
import sqlite3
from contextlib import ExitStack
from urllib.parse import urlsplit

__all__ = ["record_visit"]


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with ExitStack() as stack:
        db = sqlite3.connect(db_path)
        stack.callback(db.close)
        log = stack.enter_context(open(log_path, "a", encoding="utf-8"))
        service = http.client.HTTPConnection(url.hostname, url.port)  # keep-alive
        stack.callback(service.close)

        service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
        response = service.getresponse()
        stack.callback(response.close)
        if response.status != 200:
            raise RuntimeError(f"the profile service answered HTTP {response.status}")
        profile = json.loads(response.read())

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
        return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
