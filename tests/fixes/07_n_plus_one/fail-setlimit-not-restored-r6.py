"""Posts, then one `IN (?, ...)` of their authors, after raising the connection's bound-value limit when it is too low.

BUG: the caller's limit on bound values (999 on the check's connection, or whatever the caller
set on purpose to cap statements built from user input) is raised to SQLite's compiled-in
maximum and never put back, where the connection is the caller's, to be left as found: after
one front page the caller's connection accepts statements with 250,000 bound values. The page itself is
right and takes 2 statements; the check's "open, same row_factory and isolation_level,
nothing committed" does not look at limits.

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
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = sorted({author_id for _, _, author_id in posts})
    # A connection may allow as few as 999 bound values: ask for room for every author
    # (SQLite caps the request at its compiled-in maximum).
    if conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) < len(ids):
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1_000_000)
    marks = ", ".join("?" * len(ids))
    names = dict(conn.execute(f"SELECT id, name FROM authors WHERE id IN ({marks})", ids))
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
