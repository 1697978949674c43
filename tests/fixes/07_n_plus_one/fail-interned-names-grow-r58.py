"""One JOIN; titles and names de-duplicated through a module-level table so a page holds one copy of each string.

An author's name repeats on every post: sharing one str per distinct value saves memory
on big pages.

BUG: memory that grows: the table is never emptied, so a long-running process keeps every
title and name it has ever served (every page of every blog, every edited title), until
it runs out of memory. The page itself is right.

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

_shared: dict = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    cur = conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    share = _shared.setdefault
    return [{"id": i, "title": share(t, t), "author": share(n, n)} for i, t, n in rows]
