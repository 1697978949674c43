"""Checks each distinct word once against a set of the dictionary, and multiplies by words.count(word).

BUG: still quadratic when the text's words are mostly distinct (the notebook's case): words.count()
scans the whole text for every distinct known word, so comparisons grow with distinct known words x
text length. The mistake moved to the other list.

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
    known = set(known_words)
    # each distinct word checked once, then counted
    return sum(words.count(word) for word in set(words) if word in known)
