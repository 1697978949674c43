"""CORRECT: the whole page built inside SQLite as one JSON array (json_group_array(json_object(...))) fetched as one row, parsed and sorted by id in Python.

Unusual: one statement returning one row; ordering is done in Python rather than with ORDER BY;
coalesce() gives '[]' for an empty table.

"""

import json
import sqlite3

__all__ = ["posts_with_authors"]


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    # The whole page as a single JSON value: one statement, one row, one round trip.
    (page,) = conn.execute(
        "SELECT coalesce(json_group_array(json_object("
        "  'id', posts.id, 'title', posts.title, 'author', authors.name)), '[]') "
        "FROM posts JOIN authors ON authors.id = posts.author_id").fetchone()
    return sorted(json.loads(page), key=lambda post: post["id"])
