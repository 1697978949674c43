r"""Lowers each post once and takes its words with one precompiled ASCII regex; loads the set once.

BUG: the pattern is compiled with re.ASCII, so `\S+` treats only ASCII whitespace as a
separator; str.split() (the contract's "split on whitespace") also splits on Unicode spaces
such as U+00A0 (no-break space), U+2003 or U+3000. A post "bad\u00a0word" yields the single
token "bad\xa0word" and the blocked word "bad" is missed (the starter flags it).

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

import re

__all__ = ["flag_posts"]

_WORD = re.compile(r"\S+", re.ASCII)  # ASCII classes: the cheaper matcher


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = load_blocklist()  # once per run, on the caller's thread
    flagged = []
    for post in posts:
        hits = []
        for word in _WORD.findall(post.lower()):
            cleaned = word.strip(".,!?;:")
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
