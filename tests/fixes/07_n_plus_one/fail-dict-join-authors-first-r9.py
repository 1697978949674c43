"""Two statements: every author into a dict keyed by id first, then the posts, joined in Python.

BUG: a post committed between the two statements by a new author (another connection: the
admin app) makes the page raise KeyError, its author not among those read first: every author is read
first, the posts second, each statement its own read. Relabelled in examiner round 14 (it was catalogued as
right): the check now commits such a post just before the call's second statement. (Round 9's
concern, ids stored as text, is ruled out by the contract: the ids are INTEGER.)

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
    # Every author in one query, keyed by id; then the posts, joined to them in Python.
    by_id = {author_id: name for author_id, name in conn.execute("SELECT id, name FROM authors")}
    return [{"id": post_id, "title": title, "author": by_id[author_id]}
            for post_id, title, author_id in
            conn.execute("SELECT id, title, author_id FROM posts ORDER BY id")]
