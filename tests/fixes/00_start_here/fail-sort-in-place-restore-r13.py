"""Sorts the caller's dictionary in place for a binary search, and puts the original order back.

BUG: Sorts the caller's dictionary in place for a binary search ("no copy of a big list") and
puts the original order back in a finally block. Alone, the list comes back as it was. But calls
come from several threads and share one dictionary: a call bisects a list another call has just
unsorted (wrong counts), and the list can be left sorted for good. Smallest show: two threads,
one shared unsorted list of 2,000 words, sys.setswitchinterval(1e-6).
"""

from bisect import bisect_left

__all__ = ["count_known"]


def count_known(words: list[str], known_words: list[str]) -> int:
    original = known_words[:]  # a shallow copy of the order, to put back
    known_words.sort()
    try:
        count = 0
        size = len(known_words)
        for word in words:
            i = bisect_left(known_words, word)
            if i < size and known_words[i] == word:
                count += 1
        return count
    finally:
        known_words[:] = original
