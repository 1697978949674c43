"""Loads the blocklist once per run; lowercases each post and deletes the punctuation with one str.translate per post, then splits.

BUG: words with punctuation inside are flagged differently from the starter: 'wo,rd' becomes
'word' and is flagged, 'e.g.' becomes 'eg' and 'bad.word' 'badword', which are no longer found,
because str.translate deletes . , ! ? ; : everywhere in the post, not only at the ends of each
word. The contract strips those characters at a word's ends only. Posts without inner
punctuation are identical.

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

__all__ = ["flag_posts"]

_PUNCTUATION = str.maketrans("", "", ".,!?;:")


def flag_posts(posts: list[str], load_blocklist) -> list[list[str]]:
    blocked = load_blocklist()
    # One C-level pass per post instead of a strip() and a lower() per word.
    return [[word for word in post.lower().translate(_PUNCTUATION).split() if word in blocked]
            for post in posts]
