"""Posts in one query; authors fetched only when the page has one not seen before on this connection.

Author names rarely change, so they are remembered per connection: most pages cost a
single statement, and a second one only when a new author appears.

BUG: a renamed author keeps their old name on every page served by that connection
(and a rename made in the caller's open transaction, or rolled back, is shown wrongly):
the cache is never invalidated. It also keeps every connection ever passed in alive,
and grows with every author ever seen.

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

_names: dict[int, tuple] = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    entry = _names.get(id(conn))
    if entry is None or entry[0] is not conn:
        entry = _names[id(conn)] = (conn, {})
    names = entry[1]
    cur = conn.cursor()
    cur.row_factory = None
    posts = cur.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    if any(a not in names for _, _, a in posts):
        names.update(cur.execute(
            "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)").fetchall())
    return [{"id": i, "title": t, "author": names[a]} for i, t, a in posts]
