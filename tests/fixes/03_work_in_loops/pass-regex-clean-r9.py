r"""Loads the blocklist once, strips the edge punctuation with one compiled regex (^[.,!?;:]+|[.,!?;:]+$), filters with the set's bound __contains__.

CORRECT: the regex removes the same characters as word.strip(".,!?;:") (leading run, trailing run,
inner ones kept; "$" could only differ before a trailing "\n", which split() never leaves in a word),
the set is built once before the loops and never changed, and each post gets its own new list.

---- the exercise's docstring ----

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

import re

__all__ = ["flag_posts"]

_EDGES = re.compile(r"^[.,!?;:]+|[.,!?;:]+$")


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    is_blocked = load_blocklist().__contains__  # the set, built once for this run
    return [
        list(filter(is_blocked, (_EDGES.sub("", word).lower() for word in post.split())))
        for post in posts
    ]
