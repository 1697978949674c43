"""Indexes the dictionary by first letter, like a paper dictionary, and scans only that letter's list.

BUG: each lookup still scans a list, the whole dictionary when its words share a first letter
("word0", "word1", ... all under "w"), so comparisons stay words x dictionary: the mistake in
disguise. (word[:1], so an empty string is its own bucket.)

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
    buckets = {}
    for word in known_words:
        buckets.setdefault(word[:1], []).append(word)
    count = 0
    for word in words:
        if word in buckets.get(word[:1], ()):
            count += 1
    return count
