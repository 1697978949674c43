"""Correct: a JOIN, with the learner's own statement log through set_trace_callback."""

seen = []


def posts_with_authors(conn):
    conn.set_trace_callback(seen.append)
    cursor = conn.cursor()
    cursor.execute("SELECT posts.id, posts.title, authors.name FROM posts "
                   "LEFT JOIN authors ON authors.id = posts.author_id ORDER BY posts.id")
    return [{"id": i, "title": t, "author": n} for i, t, n in cursor.fetchall()]
