"""Counts the words once with a Counter, then adds up the count of every known word.

BUG: a word listed twice in the dictionary is counted twice: it walks known_words, not a set
of it (words=["a"], known=["a","a"] gives 2, not 1). Real word lists merged from several
sources have duplicates.

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
    seen = Counter(words)
    return sum(seen[word] for word in known_words)
