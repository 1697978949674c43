"""One JOIN, run on a read-only connection of its own to the caller's database file, so the caller's connection and its settings are never touched (an in-memory database, which no other connection can open, is read through the caller's).

BUG: the caller's own uncommitted writes are missing from the page: with the caller in a
transaction holding a draft post, the starter lists [{'id': 1, 'title': 'Hello', 'author': 'Ada'},
{'id': 2, 'title': 'Draft', 'author': 'Ada'}] and this one only the first post (measured):
another connection to the file sees only what was committed, not the caller's transaction, and
opening it is one more connection to set up for every page. Two statements, whatever the
page's size.

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
from contextlib import closing

__all__ = ["posts_with_authors"]

QUERY = ("SELECT posts.id, posts.title, authors.name FROM posts "
         "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id")


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    cursor = conn.cursor()
    cursor.row_factory = None
    path = next((file for _, name, file in cursor.execute("PRAGMA database_list")
                 if name == "main"), "")
    if path:  # a file: read it on a connection of our own, read-only
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as own:
            rows = own.execute(QUERY).fetchall()
    else:  # :memory: cannot be opened twice
        rows = cursor.execute(QUERY).fetchall()
    return [{"id": post_id, "title": title, "author": name} for post_id, title, name in rows]
