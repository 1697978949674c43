"""One JOIN, trusting SQLite to return the posts in id order without an ORDER BY.

The posts table is scanned by its INTEGER PRIMARY KEY, so the rows come out by id
today and the ORDER BY looked like wasted work.

BUG: SQL promises no order without ORDER BY. The day someone adds an index on
posts(author_id) (the obvious index for "posts by this author") and runs ANALYZE,
the planner drives the join from authors and the page comes out grouped by author,
not by increasing post id.

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


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id").fetchall()
    return [{"id": post_id, "title": title, "author": name} for post_id, title, name in rows]
