r"""Calls the loader once per run, and keeps one frozen copy per loaded set, found by its id and dropped when the set dies.

BUG: the copy is keyed on the identity of the set the loader returns. A loader that keeps
one set and updates it in place when the file changes (it still returns "the blocklist as it
is now") hands back the same object on the next run, so the run reuses the old frozen copy
and misses every word added since (and still flags removed ones): the second run does not see
the file as it is now.

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

import weakref

__all__ = ["flag_posts"]

_frozen = {}  # id(loaded set) -> frozenset copy; removed by a finalizer when the set is freed


def _snapshot(loaded):
    key = id(loaded)
    frozen = _frozen.get(key)
    if frozen is None:
        frozen = frozenset(loaded)
        _frozen[key] = frozen
        weakref.finalize(loaded, _frozen.pop, key, None)
    return frozen


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocklist = _snapshot(load_blocklist())  # once per run, on the caller's thread
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = word.strip(".,!?;:").lower()
            if cleaned in blocklist:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
