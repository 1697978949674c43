"""One JOIN with conn.row_factory set to None for plain tuples, put back after the query.

BUG: the caller's row_factory is put back only when the query succeeds. When it fails
(a locked database, a missing table, an authorizer that denies it), the caller's
connection is left with row_factory None, and every later query of the caller that
reads row["name"] breaks.

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


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    saved = conn.row_factory
    conn.row_factory = None
    rows = conn.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    conn.row_factory = saved
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
