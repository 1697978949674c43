"""Takes the loaded set's __contains__ once, then filters each post's cleaned words with a comprehension over map().

CORRECT: one load per run, before the loops; the set is only read (its bound __contains__, no copy); the words are cleaned exactly as the starter (split(), strip of . , ! ? ; :, lower()); each post gets a new list, in order, repeats included; nothing kept after the call.

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

_PUNCTUATION = ".,!?;:"


def _clean(word: str) -> str:
    return word.strip(_PUNCTUATION).lower()


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    is_blocked = load_blocklist().__contains__
    return [[word for word in map(_clean, post.split()) if is_blocked(word)] for post in posts]
