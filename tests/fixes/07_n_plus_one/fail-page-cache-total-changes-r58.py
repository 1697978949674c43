"""Two queries, and the whole page cached per connection until that connection writes.

A front page is read far more often than it changes, so the page is kept per
connection and reused while conn.total_changes (this connection's writes) is unchanged.
Returned dicts are fresh copies, so callers cannot corrupt the cache.

BUG: total_changes only counts writes made through *this* connection. Other
connections write all day (new authors, their first posts): once a connection has
served a page, it keeps serving that page forever, without the new posts. The cache
also holds every connection ever passed in (and its open file) for the life of the process.

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

_pages: dict[int, tuple] = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    entry = _pages.get(id(conn))
    if entry is not None and entry[0] is conn and entry[1] == conn.total_changes:
        return [dict(row) for row in entry[2]]
    cur = conn.cursor()
    cur.row_factory = None
    posts = cur.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    names = dict(cur.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT author_id FROM posts)").fetchall())
    page = [{"id": i, "title": t, "author": names[a]} for i, t, a in posts]
    _pages[id(conn)] = (conn, conn.total_changes, page)
    return [dict(row) for row in page]
