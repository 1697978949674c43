"""Two statements: the page's authors (IN a subquery, no bind limit), then the posts.

BUG: a new post by a new author, committed by another connection between the two statements
(an everyday event on a live blog), makes the page crash with KeyError: the authors are read
first and the posts second, each statement its own read (no transaction spans both), so the
posts query returns a post whose author is not in `names`. Reading the posts first
and then the authors of those posts (or one JOIN) cannot see a post without its author.
Every single-threaded test gives the starter's page in two statements.

Verified: scratch/v07.py basic: the starter's page on an awkward blog (negative, sparse,
2**40 and -2**62 ids, NULL name and title, quotes, emoji, rows out of order) with tuples,
sqlite3.Row and text_factory=bytes, and in 1-2 statements (coursekit sql_probes.traced) on
blogs of 50/20, 400/400 (250 binds), 1100/1050 (999 binds, 2000-byte SQL) and 800/750 (+
3000-byte values); scratch/v07.py race: a caller's trace callback makes another connection
commit a new author and a post of theirs just before the page's second statement: the fix
raises KeyError: 5, while the starter and pass-posts-then-subquery-authors.py both return
the 30 posts.

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
    names = dict(conn.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)").fetchall())
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
