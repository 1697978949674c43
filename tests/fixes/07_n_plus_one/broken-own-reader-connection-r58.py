"""One JOIN on a read-only connection of its own, kept open for reuse, so the caller's connection is untouched.

expect: raised OperationalError: no such table: posts

The caller's connection is left exactly as found (no statement but one PRAGMA runs on
it); the page is read through a cached read-only connection to the same file.

BUG: the reader does not see the caller's own uncommitted writes (a post inserted in the
caller's open transaction is missing from the page); it fails outright for an in-memory
or temporary database (no file); and the cached connections stay open for the life of the process.

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

_readers: dict[str, sqlite3.Connection] = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    cur = conn.cursor()
    cur.row_factory = None
    path = next(file for _, name, file in cur.execute("PRAGMA database_list") if name == "main")
    reader = _readers.get(path)
    if reader is None:
        reader = _readers[path] = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                  check_same_thread=False)
        reader.text_factory = conn.text_factory
    rows = reader.execute(
        "SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id").fetchall()
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
