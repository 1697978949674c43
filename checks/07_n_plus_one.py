"""Hidden checks for lesson 07: N+1 queries.

They decide on the SQL statements SQLite ran, counted through its trace callback,
which sees every statement however it was sent: the page holds the right posts and
authors, and costs at most two statements whatever its length. The timing adds a
labelled, simulated network round trip of 1 ms to every statement.
"""

import contextlib
import sqlite3
import tempfile
from pathlib import Path

from coursekit import sql_probes

TITLE = "N+1 queries"
MINUTES = 30
SUMMARY = "a query per row → one JOIN, or one `WHERE id IN (...)` query"
REQUIRES = {"posts_with_authors": "sync"}
HINTS = [
    "Count the queries: one for the posts, then one more inside the loop for every post. "
    "Remembering authors already seen, or asking once per author, still runs a query per "
    "author: the count keeps growing with the page.",
    "The database can bring each post together with its author's row in the same query "
    "(a JOIN on `authors.id = posts.author_id`). Or: read the posts first, then all the "
    "authors they need in one query with `WHERE id IN (?, ?, ...)`.",
    "`conn.execute(\"SELECT posts.id, posts.title, authors.name FROM posts JOIN authors ON "
    "authors.id = posts.author_id ORDER BY posts.id\")`, then build one dict per row. "
    "Name the table of each column (`posts.id`): both tables have an `id`.",
]
MAX_STATEMENTS = 2
ROUND_TRIP_MS = 1.0
KEYS = ["author", "id", "title"]


@contextlib.contextmanager
def blog(posts: int, authors: int, seed: int):
    """A new blog database in a scratch folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="lesson07-") as folder:
        yield sql_probes.blog_db(Path(folder) / "blog.db", posts, authors, seed)


def expected(path: Path) -> list[dict]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT posts.id, posts.title, authors.name FROM posts "
                            "JOIN authors ON authors.id = posts.author_id ORDER BY posts.id")
        return [{"id": i, "title": title, "author": name} for i, title, name in rows]


def run_page(ctx, path: Path, which: str = "yours", round_trip_ms: float = 0.0):
    """The page from ``which``, on a traced connection: (result, connection's log, still traced)."""
    with sql_probes.traced(path, round_trip_ms) as conn:
        result = ctx.call_sync("posts_with_authors", conn, which=which)
        return result, list(conn.log), conn.still_traced()


def as_dicts(ctx, result) -> list[dict]:
    ctx.expect(isinstance(result, list | tuple),
               f"posts_with_authors returned {type(result).__name__}: {result!r:.80}",
               "the page template loops over a list of posts",
               "return a list with one dict per post")
    rows = []
    for item in result:
        if isinstance(item, sqlite3.Row):
            item = dict(zip(item.keys(), item, strict=True))
        ctx.expect(isinstance(item, dict),
                   f"the list holds {type(item).__name__} items, such as {item!r:.80}",
                   "the page reads each post's fields by name",
                   'build {"id": ..., "title": ..., "author": ...} for each row')
        rows.append(item)
    return rows


def check_page(ctx):
    """The page lists every post, by id, with its title and its author's name."""
    for posts, authors, seed in ((12, 5, 1), (60, 25, 2)):
        with blog(posts, authors, seed) as path:
            want = expected(path)
            got = as_dicts(ctx, run_page(ctx, path)[0])
        if got and sorted(got[0]) != KEYS:
            ctx.fail(f"each post's keys are {sorted(got[0])}",
                     f"the page reads exactly these keys: {KEYS}",
                     '{"id": post id, "title": title, "author": author name}')
        ctx.expect(len(got) == len(want),
                   f"for a blog of {posts} posts the page listed {len(got)}",
                   "the front page shows every post",
                   "keep every post of the `posts` table, one dict each")
        for mine, right in zip(got, want, strict=True):
            ctx.expect(mine == right,
                       f"post {right['id']} came out as {mine}",
                       f"the database says {right}",
                       "keep the posts in order of id (ORDER BY posts.id) and take each "
                       "author's name from the authors table")


def check_statements(ctx):
    """The page takes at most two SQL statements, however many posts it shows."""
    seen = {}
    for posts, authors, seed in ((50, 20, 3), (200, 80, 4)):
        with blog(posts, authors, seed) as path:
            _, log, still_traced = run_page(ctx, path)
        ctx.expect(still_traced,
                   "SQLite's trace callback was switched off during the call",
                   "the check counts statements through it, so it cannot see what ran",
                   "leave the connection's trace callback alone (your own "
                   "`set_trace_callback` is fine: it runs beside the check's)")
        seen[posts] = log
    counts = {posts: len(log) for posts, log in seen.items()}
    ctx.record(statements_for_200_posts=counts[200])
    ctx.expect(max(counts.values()) <= MAX_STATEMENTS,
               f"a page of 50 posts ran {counts[50]} SQL statements, and a page of 200 posts "
               f"ran {counts[200]}:\n{sql_probes.describe_log(seen[200])}",
               "the number of queries still grows with the page (N+1). Each one is a round "
               f"trip to the database server: at about {ROUND_TRIP_MS:g} ms each across a "
               f"network, the 200-post page waits about {counts[200] * ROUND_TRIP_MS:.0f} ms "
               "for round trips alone",
               "ask for each post and its author's name in the same query (a JOIN), or fetch "
               "all the authors the page needs at once with `WHERE id IN (...)`")


def measure(ctx):
    with blog(100, 40, 5) as path, sql_probes.traced(path, ROUND_TRIP_MS) as slow, \
            sql_probes.traced(path, ROUND_TRIP_MS) as fast:
        counts = {which: len(run_page(ctx, path, which)[1]) for which in ("broken", "yours")}
        ctx.race_sync(lambda: ctx.call_sync("posts_with_authors", slow, which="broken"),
                      lambda: ctx.call_sync("posts_with_authors", fast),
                      title=f"A page of 100 posts, {ROUND_TRIP_MS:g} ms "
                            f"{sql_probes.ROUND_TRIP_LABEL} per statement")
    ctx.record(statements_broken=counts["broken"], statements_yours=counts["yours"])
    ctx.note(f"SQL statements for a page of 100 posts: starter {counts['broken']}, "
                      f"yours {counts['yours']} (each paid a {ROUND_TRIP_MS:g} ms "
                      f"{sql_probes.ROUND_TRIP_LABEL} in the race).")
