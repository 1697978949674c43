"""Two queries, every author id sent as ONE bound value, a JSON array read with json_each (the notebook's tip).

BUG: on a connection whose SQLITE_LIMIT_LENGTH was lowered, a page with many authors fails with
"string or blob too big": the JSON array is one value, and a value is capped by that limit. An
owner who caps values at 3,000 bytes (conn.setlimit) makes a page of about 600+ authors with
4-digit ids fail with `sqlite3.DataError: string or blob too big`, where the starter (whose
values are each a single id) returns the page.

Verified by verify/07_n_plus_one/fail-json-each-r19.py: 1,100 posts by 1,050 authors (ids 1001..2050, a 6,300-byte JSON array), SQLITE_LIMIT_LENGTH 3000: starter returns 1,100 posts, attempt raises DataError 'string or blob too big'.

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

import json
import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = json.dumps(sorted({author_id for _, _, author_id in posts}))
    names = dict(conn.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT value FROM json_each(?))", (ids,)))
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
