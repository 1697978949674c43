"""Posts, then their authors with `IN (?, ...)` when there are at most 999, else with a subquery.

BUG: on a connection that allows fewer bound values than the page has authors (and the page no
more than 999), the IN list fails with "OperationalError: too many SQL variables", where the
starter (one bound value per query) works: 999 is SQLite's old DEFAULT limit, not the
connection's limit. A program may lower it (sqlite3.Connection.setlimit, as hardened services do
to cap statement size), and a build may have another; the lesson says so. The check's own 999
connection, and every default one, never show it: 999 authors or fewer fit, more take the
subquery. The limit to ask about is conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER), or
no IN list at all.

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

MAX_VARIABLES = 999  # SQLite's limit on bound values per statement (SQLITE_MAX_VARIABLE_NUMBER)


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = sorted({author_id for _, _, author_id in posts})
    if len(ids) <= MAX_VARIABLES:
        # The page's authors only, by primary key: the usual `IN (?, ?, ...)`.
        marks = ", ".join("?" * len(ids))
        names = dict(conn.execute(f"SELECT id, name FROM authors WHERE id IN ({marks})", ids))
    else:
        # Too many to bind: let SQLite find them with a subquery.
        names = dict(conn.execute(
            "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)"))
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
