"""Caches the set of known words between calls, keyed on the list's id() and len().

BUG: a dictionary the caller edits in place without changing its length (replaces a word), or
a new list of the same length that lands at the address of a freed one, gets the stale set: the
cache outlives the call, and repeated calls are not independent.

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

_cache = {}


def count_known(words: list[str], known_words: list[str]) -> int:
    key = (id(known_words), len(known_words))
    known = _cache.get(key)
    if known is None:
        known = _cache[key] = set(known_words)
    return sum(1 for word in words if word in known)
