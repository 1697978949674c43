"""A JOIN, with the learner's own statement log through set_trace_callback on the caller's connection.

BUG: a connection has one trace callback and Python cannot read it back: this replaces the
caller's own (its SQL log, a test's query counter) for good, and its module-level list grows
with every statement the caller runs afterwards. (Labelled pass- until examiner round 7,
when the check began to give the caller's connection a trace callback of its own.)
"""

seen = []


def posts_with_authors(conn):
    conn.set_trace_callback(seen.append)
    cursor = conn.cursor()
    cursor.execute("SELECT posts.id, posts.title, authors.name FROM posts "
                   "LEFT JOIN authors ON authors.id = posts.author_id ORDER BY posts.id")
    return [{"id": i, "title": t, "author": n} for i, t, n in cursor.fetchall()]
