"""Fetches the profile first (its connection closed), then opens the database and the log in one with.

Examiner round 6 labelled this fail: with a database or log that cannot be opened AND a failing
service, it raises the service's RuntimeError where the starter raises the local error, and it
asks the service before finding out the visit cannot be stored. Relabelled pass: the contract
says GET profile_url (RuntimeError on another status), THEN insert and log, which is this order;
which of two simultaneous faults is reported is not in it, and each fault alone raises the
starter's error and stores nothing. The connection is closed before the database and log are
opened: every resource lives only as long as its step.

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
from contextlib import closing
from urllib.parse import urlsplit

__all__ = ["record_visit"]


def fetch_profile(profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with closing(http.client.HTTPConnection(url.hostname, url.port, timeout=5)) as service:
        service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
        with closing(service.getresponse()) as response:
            if response.status != 200:
                raise RuntimeError(f"the profile service answered HTTP {response.status}")
            return json.loads(response.read())


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    # Each resource lives only as long as its step: the connection is gone before the
    # database and the log are even opened.
    profile = fetch_profile(profile_url)
    with closing(sqlite3.connect(db_path)) as db, open(log_path, "a", encoding="utf-8") as log:
        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
    return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
