"""Two queries, joined through a module-level dict that is cleared and refilled on each call (no dict allocated per page).

BUG: state shared between calls: two threads building pages at the same time (a threaded
web server, one connection per thread, or two blogs on one server) clear and fill the
same dict; one thread's page gets the other database's author names, or a KeyError.
Single-threaded it is right, which is how it was tested.

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

__all__ = ["posts_with_authors"]

_names: dict = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    cur = conn.cursor()
    cur.row_factory = None
    posts = cur.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    _names.clear()
    for author_id, name in cur.execute(
            "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)"):
        _names[author_id] = name
    return [{"id": i, "title": t, "author": _names[a]} for i, t, a in posts]
