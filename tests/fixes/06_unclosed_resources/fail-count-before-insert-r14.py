"""with-blocks for every resource; the visit number is the count before the insert, plus one.

BUG: visits of the same user arriving together from several threads all report visit n + 1 (and
log "visit n+1" several times), while the table then holds n + k rows: counting first and
inserting after (visits = count + 1) saves nothing, and the SELECT runs outside the insert's
transaction, so every one of them counts the same n. The contract's n is "how many visits of
that user the table holds now", after this visit's commit; the starter counts after committing,
so its n is never below the rows it can see.

Verified: scratch/v06_faults.py concurrent (3 visits of user 7 from 3 threads behind a
Barrier, 30 ms profile, 10 rounds): in 5/10 rounds every visit reported fewer visits than
the table then held, e.g. all three said 33 while the table held 35, or 45 vs 47; the
starter: 0/10. scratch/v06_rw.py: 0 ResourceWarnings.

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
            if response.status != 200:
                raise RuntimeError(f"the profile service answered HTTP {response.status}")
            profile = json.loads(response.read())

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        (before,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        visits = before + 1
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
        return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
