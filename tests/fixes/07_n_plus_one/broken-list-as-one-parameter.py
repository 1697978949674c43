"""An IN query given the whole list as one parameter.

expect: raised ProgrammingError
"""


def posts_with_authors(conn):
    posts = conn.execute("SELECT id, title, author_id FROM posts ORDER BY id").fetchall()
    ids = sorted({author_id for _, _, author_id in posts})
    names = dict(conn.execute("SELECT id, name FROM authors WHERE id IN (?)", (ids,)))
    return [{"id": i, "title": t, "author": names[a]} for i, t, a in posts]
