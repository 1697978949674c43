"""Writes the log line with one os.write on a descriptor opened with O_APPEND (lines from concurrent visits never interleave), closed in a `finally`, and closes the database and the HTTP connection with `closing`.

The descriptor is opened before the request (a log that cannot be opened fails the visit before
anything is stored), written once with the whole UTF-8 line, and closed by `finally` however the
visit ends; the database and the connection (and the response) are closed by `with` as in the
solution. The bytes written are the starter's line in UTF-8.
"""

import http.client
import json
import os
import sqlite3
from contextlib import closing
from urllib.parse import urlsplit

__all__ = ["record_visit"]

LOG_FLAGS = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    url = urlsplit(profile_url)
    with closing(sqlite3.connect(db_path)) as db:
        log = os.open(log_path, LOG_FLAGS, 0o666)
        try:
            with closing(http.client.HTTPConnection(url.hostname, url.port, timeout=5)) as service:
                service.request("GET", f"{url.path}?{url.query}" if url.query else url.path)
                with service.getresponse() as response:
                    if response.status != 200:
                        raise RuntimeError(f"the profile service answered HTTP {response.status}")
                    profile = json.loads(response.read())

            db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
            db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                       (profile["user_id"], profile["name"]))
            db.commit()
            (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                                   (profile["user_id"],)).fetchone()
            line = f"visit {visits} of user {profile['user_id']} ({profile['name']})\n"
            os.write(log, line.encode("utf-8"))
        finally:
            os.close(log)
    return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
