"""Two statements: the posts, then the authors IN (SELECT author_id FROM posts), joined in Python.

RIGHT: The posts are read first, then only the authors the posts refer to, selected by a subquery
(no list of ids: no bound values, constant SQL length, nothing near SQLITE_LIMIT_LENGTH).
Reading posts first means a post committed by someone else between the two statements
brings its author into the second answer too. Rows are unpacked positionally, which works
for tuples and for sqlite3.Row alike, and nothing is set on the connection.

Verified: scratch/v07.py basic: the starter's page on an awkward blog (negative, sparse,
2**40 and -2**62 ids, NULL name and title, quotes, emoji, rows out of order) with tuples,
sqlite3.Row and text_factory=bytes, and in 1-2 statements (coursekit sql_probes.traced) on
blogs of 50/20, 400/400 (250 binds), 1100/1050 (999 binds, 2000-byte SQL) and 800/750 (+
3000-byte values); also an empty blog gives [], a rename by another connection is seen, a
new connection reusing a freed id gets its own names, a caller's uncommitted draft is still
rolled back by the caller, a failing query leaves row_factory sqlite3.Row, and a post+author
committed by another connection between statements causes no error (scratch/v07.py race
empty stale pending failing).

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
    names = {row[0]: row[1] for row in conn.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)")}
    return [{"id": row[0], "title": row[1], "author": names[row[2]]} for row in posts]
