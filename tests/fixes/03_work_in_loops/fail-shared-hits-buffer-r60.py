r"""Builds the set once; fills one reusable module-level buffer per post and copies it out, to save allocations.

BUG: the buffer is shared by every run in the process. Two runs in two threads at once
(each with its own blocklist) clear and append into the same list, so a post's result can
hold the other run's words or lose its own: thread A's post ["bad"] comes back with thread B's
hit in it (or cleared). The starter's runs share nothing.

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

_hits = []  # reused for every post: no new list per post until the copy


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()
    flagged = []
    for post in posts:
        _hits.clear()
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                _hits.append(cleaned)
        flagged.append(_hits[:])
    _hits.clear()
    return flagged
