"""Puts the known words in a dict (dict.fromkeys) and sums the bools of its __contains__ over words.

CORRECT: a dict looks keys up by hash like a set; sum() of bools is an int; duplicates in words are each counted, duplicates in known_words collapse; neither list is changed and nothing is kept between calls.

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
    return sum(map(dict.fromkeys(known_words).__contains__, words))
