"""Loads the blocklist once per run, and short-cuts the empty blocklist (nothing can be flagged) with [[]] * len(posts).

BUG: with an empty blocklist every post gets the same list object, so a caller that appends to
one post's list (a moderator's manual flag) sees it in every post: [[]] * n is n references to ONE
list. With a non-empty blocklist each post has its own list and everything is right.

---- The exercise's docstring ----

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


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocked = load_blocklist()  # once per run
    if not blocked:  # an empty blocklist flags nothing: skip the work
        return [[]] * len(posts)
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
