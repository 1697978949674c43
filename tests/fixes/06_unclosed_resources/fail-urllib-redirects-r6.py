"""Swaps http.client for urllib.request.urlopen (a context manager), mapping its errors back to the starter's.

BUG: when the profile service answers a redirect (a 302 from a load balancer sending to a login
page or another host), the visit is recorded with whatever profile the other address answers,
where the contract, and the starter, raise RuntimeError for any status but 200: urlopen follows
redirects by itself (301, 302, 303, 307, 308), silently asking the other address. Everything is closed, the HTTPError is
closed before raising, refused connections re-raise the starter's ConnectionRefusedError: the
leak is fixed, the contract on statuses is not.

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
import json
import sqlite3
import urllib.error
import urllib.request
from contextlib import closing

__all__ = ["record_visit"]


def record_visit(db_path: str, log_path: str, profile_url: str) -> dict:
    # urlopen's response is a context manager, unlike http.client.HTTPConnection.
    with closing(sqlite3.connect(db_path)) as db, open(log_path, "a", encoding="utf-8") as log:
        try:
            with urllib.request.urlopen(profile_url, timeout=5) as response:
                profile = json.loads(response.read())
        except urllib.error.HTTPError as error:
            status = error.code
            error.close()  # the error holds the response and its socket: close it now
            raise RuntimeError(f"the profile service answered HTTP {status}") from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, BaseException):
                raise error.reason from None  # refused, timed out: the starter's own error
            raise

        db.execute("CREATE TABLE IF NOT EXISTS visits (user_id INTEGER, name TEXT)")
        db.execute("INSERT INTO visits (user_id, name) VALUES (?, ?)",
                   (profile["user_id"], profile["name"]))
        db.commit()
        (visits,) = db.execute("SELECT COUNT(*) FROM visits WHERE user_id = ?",
                               (profile["user_id"],)).fetchone()
        log.write(f"visit {visits} of user {profile['user_id']} ({profile['name']})\n")
    return {"user_id": profile["user_id"], "name": profile["name"], "visits": visits}
