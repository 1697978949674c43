"""Closes everything with with-statements, and keeps each user's visit count in memory after the first COUNT(*), to avoid a table scan per visit.

BUG: the in-memory count misses visits recorded by other processes or connections, so the
returned count and the count in the log line are wrong, while the rows are right: n must be how
many visits of that user the table holds now, and the in-memory counter only sees the visits
this process recorded. Another worker process of the web app (gunicorn -w 4), a second thread's
connection, or a script writing to the same database makes it fall behind, and a database file
replaced at the same path makes it run ahead. One process alone recording visits gets the
starter's numbers.

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
        the table holds now.
"""
import http.client
import json
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

__all__ = ["record_visit"]

_visits: dict[tuple[str, object], int] = {}  # (database, user) -> visits recorded so far


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with closing(sqlite3.connect(db_path)) as db, open(log_path, "a", encoding="utf-8") as log, \
            closing(http.client.HTTPConnection(url.hostname, url.port, timeout=5)) as service:
        service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
        with service.getresponse() as response:
            if response.status != 200:
                raise RuntimeError(f"the profile service answered HTTP {response.status}")
            profile = json.loads(response.read())

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        key = (db_path, profile["user_id"])
        if key in _visits:
            _visits[key] += 1
        else:  # first visit seen by this process: count once, then keep counting here
            (_visits[key],) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                                         (profile["user_id"],)).fetchone()
        visits = _visits[key]
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
        return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
