"""Closes all three with an ExitStack; the log is opened with `errors="replace"` instead of an encoding, so that no visitor's name can ever make the write fail.

BUG: under a locale whose encoding is not UTF-8 (here the C locale set at run time, ASCII; LANG=C at
start-up would not do, since Python 3.7+ then turns on UTF-8 mode) a visit by 'Zoë 李'
writes `visit 1 of user 7 (Zo? ?)` where the starter writes `visit 1 of user 7 (Zoë 李)` in
UTF-8 (measured): without encoding="utf-8" the file is written in the locale's encoding (Windows'
ANSI code page, a legacy Latin-1 or ASCII locale), and errors="replace" turns every character it
lacks into "?", so the log no longer says who visited. The file stays valid UTF-8 (ASCII is), and
under a UTF-8 locale nothing differs.

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
from contextlib import ExitStack
from urllib.parse import urlsplit

__all__ = ["record_visit"]


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with ExitStack() as stack:
        db = sqlite3.connect(db_path)
        stack.callback(db.close)
        log = stack.enter_context(open(log_path, "a", errors="replace"))  # never fails on a name
        service = http.client.HTTPConnection(url.hostname, url.port, timeout=5)  # keep-alive
        stack.callback(service.close)
        service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
        response = stack.enter_context(service.getresponse())
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
