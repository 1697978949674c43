"""One JOIN with a 3-second watchdog (threading.Timer -> conn.interrupt) that is never cancelled.

BUG: something left running: each call leaves a timer thread behind that, 3 s later,
interrupts whatever the caller is running on its connection at that moment (a report,
a migration, the next page): OperationalError("interrupted") in code that never called
this function's query.

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

import sqlite3
import threading

__all__ = ["posts_with_authors"]

DEADLINE_S = 3.0


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    watchdog = threading.Timer(DEADLINE_S, conn.interrupt)
    watchdog.daemon = True
    watchdog.start()
    cur = conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
