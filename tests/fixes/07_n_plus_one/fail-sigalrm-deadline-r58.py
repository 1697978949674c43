"""One JOIN under a 5-second SIGALRM deadline (signal.alarm), the previous handler put back afterwards.

BUG: signal.alarm is process-wide and main-thread-only: called from a worker thread
(any threaded web server) the page raises ValueError("signal only works in main
thread"); and alarm(0) in the finally cancels any alarm the caller had pending (its own
watchdog never fires). Plus a 5 s deadline of its own.

The exercise's own text, kept:

Lesson 07: N+1 queries.

A blog's front page lists posts with their author's name. This version asks the
database for the posts, then once more for each post's author: 100 posts cost 101
queries, and every query is a round trip to the database server.
Get the same page with one or two queries, however many posts there are.

Public API (the check calls exactly this):

    def posts_with_authors(conn: sqlite3.Connection) -> list[dict]
        Every post of the `posts` table, by increasing id, as
        {"id": post id, "title": its title, "author": its author's name}.
        Tables: posts(id, title, author_id) and authors(id, name). The ids are
        INTEGER columns: every id is an int. `conn` is the caller's: it is left as it
        was found (open, the same settings, nothing committed or created), even when a
        query fails, and every statement must fit its limits (conn.getlimit). Other
        connections write meanwhile (new authors, their first posts): a page never
        lists a post without its author.
"""

import signal
import sqlite3

__all__ = ["posts_with_authors"]

DEADLINE_S = 5


def _too_slow(signum, frame):
    raise TimeoutError("the page took too long")


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(DEADLINE_S)
    try:
        cur = conn.cursor()
        cur.row_factory = None
        rows = cur.execute(
            "SELECT posts.id, posts.title, authors.name FROM posts "
            "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
