"""Loads the blocklist once per run into a module-level variable that a helper flagging one post reads.

BUG: two runs at the same time (a moderation service running jobs in a thread pool, or a job
per tenant with its own blocklist) flag the posts of one job with the other job's list: this
run's blocklist is kept in a module-level variable that the helper reads, so the runs overwrite
each other's blocklist in the middle of a run. Repeated calls are not independent. One run at a
time is perfectly right.

--- The exercise's docstring ---

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

__all__ = ["flag_posts"]

_blocked: set[str] = set()  # this run's blocklist, read by _flag_post


def _flag_post(post: str) -> list[str]:
    hits = []
    for word in post.split():
        cleaned = word.strip(".,!?;:").lower()
        if cleaned in _blocked:
            hits.append(cleaned)
    return hits


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    global _blocked
    _blocked = load_blocklist()  # once per run, so every run sees the file as it is now
    return [_flag_post(post) for post in posts]
