"""Loads the blocklist lazily, at the first word of the run, and keeps it in a local for the rest of the run.

CORRECT: at most one load per run, none when no post has a word (exactly when the starter calls it zero times), so a raising loader raises where the starter's does; an empty blocklist is not reloaded (the test is `is None`, not truthiness); nothing outlives the call; each post gets its own new list.

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
    blocked = None
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            if blocked is None:
                blocked = load_blocklist()
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
