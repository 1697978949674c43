r"""Builds the set once; every post with no blocked word gets the run's one empty list instead of a new one.

BUG: the posts with no hit share one list object: result[i] is result[j]. A caller that adds
a manual flag to one clean post (result[i].append("spam")) sees it appear on every other clean
post of the run. The starter gives each post a new list of its own.

The exercise's own text, kept:

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
        the blocklist as a set of lowercase entries, one per line of its file (an
        entry with a space in it, a phrase, matches no word); the job is handed it so
        that every run sees the file as it is now. Call it once per run (a run with no
        word to test may skip it), on the thread that called flag_posts (a loader
        may use that thread's database connection); what it raises reaches the caller.
"""

__all__ = ["flag_posts"]


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()
    nothing = []  # most posts flag nothing: one empty list for all of them
    flagged = []
    for post in posts:
        hits = None
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                if hits is None:
                    hits = []
                hits.append(cleaned)
        flagged.append(nothing if hits is None else hits)
    return flagged
