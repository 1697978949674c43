"""Loads the blocklist once per run and also caches the cleaning of each word with functools.cache (words repeat a lot).

BUG: the job leaks memory for the life of the process, growing with every run (user text has an
endless supply of new words, typos, handles, URLs): functools.cache on the word-cleaning helper
is an unbounded, module-level cache keyed on every distinct word ever seen, and it outlives the
run. The blocklist itself is loaded once per run and answers are right.

--- The exercise's docstring ---

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

import functools

__all__ = ["flag_posts"]


@functools.cache
def _clean(word: str) -> str:
    return word.strip(".,!?;:").lower()


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocked = load_blocklist()
    flagged = []
    for post in posts:
        hits = []
        for word in post.split():
            cleaned = _clean(word)  # the same words come back in every post and every run
            if cleaned in blocked:
                hits.append(cleaned)
        flagged.append(hits)
    return flagged
