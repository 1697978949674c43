"""One JOIN, with one dict per post kept at module level and refreshed in place on each call; the list is new.

BUG: a page a caller still holds (a rendered cache, a response being serialised in another
thread) changes under it when anyone asks for the next page, and whatever a caller does to its
page (escaping, formatting titles in place) is in other callers' pages until the next refresh:
every call hands out the SAME dict objects as the calls before, and overwrites them. "Each call
reads the tables ... into a new list" holds for the list, not for what is in it.
Values, order, statement count are right.

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
import sqlite3

__all__ = ["posts_with_authors"]

# One dict per post, kept and refreshed in place: the page is rebuilt on every request, and
# reusing the dicts saves allocating 3 keys per post each time. The list itself is new.
_rows: dict[int, dict] = {}


def posts_with_authors(conn: sqlite3.Connection) -> list[dict]:
    page = []
    for post_id, title, name in conn.execute(
            "SELECT posts.id, posts.title, authors.name FROM posts "
            "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id"):
        row = _rows.setdefault(post_id, {})
        row.clear()
        row.update(id=post_id, title=title, author=name)
        page.append(row)
    return page
