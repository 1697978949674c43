r"""Reuses one module-level set, cleared and refilled on every call, instead of a new set per call.

BUG: two calls running at once in threads clear and refill the one set under each other, so one
counts against the other's dictionary, and after the call returns the module still holds the
caller's whole dictionary: the set is shared state. Repeated calls are not independent.

---- the exercise's docstring ----

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

# One set reused from call to call: no new hash table allocated for every call.
_KNOWN: set[str] = set()


def count_known(words: list[str], known_words: list[str]) -> int:
    _KNOWN.clear()
    _KNOWN.update(known_words)
    count = 0
    for word in words:
        if word in _KNOWN:
            count += 1
    return count
