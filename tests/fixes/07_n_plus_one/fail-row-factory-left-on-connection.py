"""Correct: a JOIN with table aliases and sqlite3.Row, turned into dicts."""
import sqlite3


def posts_with_authors(conn):
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT p.id AS id, p.title AS title, a.name AS author "
                        "FROM posts AS p JOIN authors AS a ON a.id = p.author_id ORDER BY p.id")
    return [dict(row) for row in rows]
