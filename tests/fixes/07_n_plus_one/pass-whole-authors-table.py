"""Correct: two queries, the posts and the whole authors table, joined in Python."""


def posts_with_authors(conn):
    names = dict(conn.execute("SELECT id, name FROM authors"))
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id")
    return [{"id": i, "title": t, "author": names[a]} for i, t, a in posts]
