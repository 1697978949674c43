r"""Builds the set once and walks the posts with a small recursive helper instead of an outer loop.

BUG: one stack frame per post: a batch of more posts than the recursion limit allows
(about 1,000 by default; 1,500 posts here) raises RecursionError, where the starter handles
any number of posts.

expect: raised RecursionError

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


def _flag_from(posts, index, blocklist, flagged):
    if index == len(posts):
        return flagged
    hits = []
    for word in posts[index].split():
        cleaned = word.strip(".,!?;:").lower()
        if cleaned in blocklist:
            hits.append(cleaned)
    flagged.append(hits)
    return _flag_from(posts, index + 1, blocklist, flagged)


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    return _flag_from(posts, 0, load_blocklist(), [])
