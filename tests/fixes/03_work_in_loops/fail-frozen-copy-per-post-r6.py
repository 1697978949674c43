"""Calls load_blocklist once before the loops, then makes a frozenset copy of the loaded set at the top of each post, 'so the loaded set is never touched'.

BUG: a run costs posts x blocklist size, the whole blocklist copied into a new frozenset once per
post: the few-thousand-word set is rebuilt at the top of each post (the notebook's 'outer loop'
trap), the lesson's mistake one level out and under another name. The loader
is called once, and copying a set into a frozenset reuses the stored hashes without a single
comparison, so counting loader calls and word comparisons sees nothing wrong.

--- the exercise's docstring (the contract) ---

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
    blocklist = load_blocklist()  # read and parsed once per run
    flagged = []
    for post in posts:
        blocked = frozenset(blocklist)  # a read-only view: the loaded set is never touched
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
