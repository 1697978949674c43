"""One JOIN read with sqlite3.Row (conn.row_factory switched for the query and put back), then dict(row) with column aliases.

BUG: after a query that fails (a locked or damaged database, an authorizer, an interrupt),
every later query of the caller returns Row objects instead of what it expects: the caller's
row_factory is put back only when the query succeeds, so the exception leaves the caller's
connection with sqlite3.Row as its row_factory.

Lesson 07: N+1 queries.

A blog's front page lists posts with their author's name. This version asks the
database for the posts, then once more for each post's author: 100 posts cost 101
queries, and every query is a round trip to the database server.
Get the same page with one or two queries, however many posts there are.

Public API (the check calls exactly this):

    def posts_with_authors(conn: sqlite3.Connection) -> list[dict]
        Every post of the `posts` table, by increasing id, as
        {"id": post id, "title": its title, "author": its author's name}.
        Tables: posts(id, title, author_id) and authors(id, name).
"""

import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    previous = conn.row_factory
    conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT posts.id AS id, posts.title AS title, authors.name AS author FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    conn.row_factory = previous
    return [dict(row) for row in rows]
