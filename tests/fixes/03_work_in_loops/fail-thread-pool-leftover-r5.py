"""Lesson 03 fix: loads the blocklist once per run, then flags the posts on a module-level ThreadPoolExecutor(4) reused by every run.

BUG: the pool's 4 worker threads are started by the first run and stay alive after flag_posts
returns, for the life of the process (idle, non-daemon since 3.9: the interpreter joins them at
exit). Nothing may be left running after the call. The results and the loader count are right, and
for CPU-bound string work the threads buy nothing under the GIL (lesson 05).

Lesson 03: work inside loops.

A moderation job flags, in each post, the words that are on the blocklist.
`load_blocklist()` reads the blocklist file and parses it into a set of a few
thousand words. This version calls it for every word of every post, so the same
file is read and parsed again thousands of times per run, although nothing in it
changes while the job runs. Build the set once per run instead.

Public API (the check calls exactly this):

    def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]
        One list per post: the post's words that are on the blocklist, in order,
        repeats included. A word is split on whitespace, stripped of . , ! ? ; :
        at its ends and lowercased. `load_blocklist` takes no arguments and returns
        the blocklist as a set of lowercase words; the job is handed it so that
        every run sees the file as it is now.
"""

from concurrent.futures import ThreadPoolExecutor

__all__ = ["flag_posts"]

# One pool for the whole process, reused by every run: no thread start-up cost per run.
_POOL = ThreadPoolExecutor(max_workers=4, thread_name_prefix="flag_posts")


def _flag_one(post: str, blocklist) -> list[str]:
    hits = []
    for word in post.split():
        cleaned = word.strip(".,!?;:").lower()
        if cleaned in blocklist:
            hits.append(cleaned)
    return hits


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()  # once per run, before the loops
    # The posts are independent: flag them on the pool (map keeps their order).
    return list(_POOL.map(_flag_one, posts, [blocklist] * len(posts)))
