"""Correct: the posts, then the authors they need in one WHERE id IN (...) query."""


def posts_with_authors(conn):
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = sorted({author_id for _, _, author_id in posts})
    marks = ", ".join("?" * len(ids))
    names = dict(conn.execute(f"SELECT id, name FROM authors WHERE id IN ({marks})", ids))
    return [{"id": i, "title": t, "author": names[a]} for i, t, a in posts]
