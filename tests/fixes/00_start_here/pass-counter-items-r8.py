"""Counts each distinct word once (Counter), then adds the counts of those found in a frozenset of the dictionary.

CORRECT: each distinct word is hashed into the frozenset once and its count (all its duplicates) added; duplicates in known_words do not matter; returns an int; no state kept; the caller's lists are only read.

Lesson 00: the warm-up.

`count_known` answers "how many of these words does our dictionary know?".
It is right, but slow: `word in known_words` searches a list from the start,
once for every word. Make it fast without changing what it returns.

Public API (the check calls exactly this):

    def count_known(words: list[str], known_words: list[str]) -> int
        How many items of `words` (duplicates counted each time) are in `known_words`.
        Both lists are the caller's: leave them as they were.
"""

__all__ = ["count_known"]

from collections import Counter


def count_known(words: list[str], known_words: list[str]) -> int:
    known = frozenset(known_words)
    return sum(n for word, n in Counter(words).items() if word in known)
