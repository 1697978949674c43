"""Builds the set from whichever list is smaller, and scans the other one.

BUG: when words is the shorter list it returns how many known words are among the words, not how many words are known: duplicates in words are counted once (words=["a","a"], known=["a","b","c"] gives 1, not 2). With the notebook's equal sizes it is right.

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

def count_known(words: list[str], known_words: list[str]) -> int:
    if len(words) < len(known_words):
        present = set(words)
        return sum(1 for word in set(known_words) if word in present)
    known = set(known_words)
    return sum(1 for word in words if word in known)
