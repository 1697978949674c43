"""One JOIN through a module-level cursor, reused while the connection is the same, to skip creating a cursor per page.

BUG: state kept between calls: the cursor is shared by every caller of the module.
A web app whose threads share one connection (check_same_thread=False) gets one
thread's fetchall reading the other thread's statement: wrong, mixed or truncated
pages, or ProgrammingError. The module also keeps the last connection (and its file)
alive after the caller dropped it.

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

_cursor: sqlite3.Cursor | None = None


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    global _cursor
    if _cursor is None or _cursor.connection is not conn:
        _cursor = conn.cursor()
        _cursor.row_factory = None
    rows = _cursor.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
