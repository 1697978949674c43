"""CORRECT: two statements and no bound parameters: authors `WHERE id IN (SELECT DISTINCT author_id FROM posts)` into a dict, then the posts by id.

Unusual: the IN list is a subquery, not a list of ? placeholders, so it has no parameter limit;
the authors query runs first; dicts are built with dict(id=..., ...).

"""

import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    # Authors first, only those that have posts, with no bound parameters at all.
    names = dict(conn.execute(
        "SELECT id, name FROM authors WHERE id IN (SELECT DISTINCT author_id FROM posts)"))
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id")
    return [dict(id=post_id, title=title, author=names[author_id])
            for post_id, title, author_id in posts]
