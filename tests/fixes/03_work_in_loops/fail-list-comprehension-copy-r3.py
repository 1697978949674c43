"""Loads once, into a lowercased copy (a list comprehension), to leave the caller's set untouched.

BUG: the blocklist is built once but scanned for every word, cost words x blocklist, the lesson
00 mistake: square brackets make the copy a list, so every `in` walks it. The copies are new
plain strings, so a blocklist of comparison-counting strings sees no comparisons at all. Still
45x faster than the starter on the notebook's data.

--- the exercise's docstring ---

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
    # once per run; a normalised copy, so the caller's set is never touched
    blocklist = [word.lower() for word in load_blocklist()]
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
