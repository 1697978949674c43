"""Two statements: the posts, then their authors with the ids written into the SQL text (WHERE id IN (1,2,3,...)), matched in a dict.

BUG: on a connection whose owner lowered SQLITE_LIMIT_SQL_LENGTH, a page with many authors
fails with sqlite3.DataError, where the starter works: the statement's text grows with the
authors on the page, about 5 bytes per author for ids up to 1,050, 14 for ids near 10**12. The
connection is the caller's, limits included, and the statements must fit them (the notebook's
Your turn: "your statements must fit its limits"). An owner who lowers SQLITE_LIMIT_SQL_LENGTH
(conn.setlimit, as servers that run SQL they did not write do, to a few thousand bytes) gets
sqlite3.DataError ("query string is too large") on a page of 1,050 authors, where the starter's
short statements, the JOIN and the subquery work. It dodges the limit on bound values by moving
the ids into the SQL text, where another limit waits; the ints are safe to inline here, but it
is the pattern of SQL injection all the same.

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
        query fails, and every statement must fit its limits (conn.getlimit).
"""

import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    if not posts:
        return []
    # The ids are integers from our own database, so writing them into the SQL is safe,
    # and no limit on bound values applies: one statement however many authors.
    ids = ",".join(str(int(author_id)) for author_id in {post[2] for post in posts})
    names = dict(conn.execute(f"SELECT id, name FROM authors WHERE id IN ({ids})"))
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
