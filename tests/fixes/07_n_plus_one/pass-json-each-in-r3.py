"""Two statements: the posts, then the authors WHERE id IN (SELECT value FROM json_each(?)), all ids in ONE bound JSON array.

CORRECT: the IN list is one bound value, so no limit on bound values applies (the
equivalent of PostgreSQL's `= ANY(%s)`): 2 statements at any page size; the names are
joined in Python by id; nothing is changed on the caller's connection.

Lesson 07: N+1 queries.

A blog's front page lists posts with their author's name. This version asks the
database for the posts, then once more for each post's author: 100 posts cost 101
queries, and every query is a round trip to the database server.
Get the same page with one or two queries, however many posts there are.

Public API (the check calls exactly this):

    def posts_with_authors(conn: sqlite3.Connection) -> list[dict]
        Every post of the `posts` table, by increasing id, as
        {"id": post id, "title": its title, "author": its author's name}.
        Tables: posts(id, title, author_id) and authors(id, name).
"""

import json
import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    # Two statements, whatever the page: the authors' ids go in as ONE bound value, a JSON
    # array that json_each unpacks inside SQLite (PostgreSQL's `= ANY(%s)`), so no limit
    # on bound values applies.
    posts = [tuple(row) for row in
             conn.execute("SELECT id, title, author_id FROM posts ORDER BY id")]
    ids = json.dumps(sorted({author_id for _, _, author_id in posts}))
    names = {author_id: name for author_id, name in conn.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT value FROM json_each(?))", (ids,))}
    return [{"id": post_id, "title": title, "author": names[author_id]}
            for post_id, title, author_id in posts]
