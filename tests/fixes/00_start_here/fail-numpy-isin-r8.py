"""Uses numpy.isin on the two lists and sums the boolean mask.

BUG: a caller that sends the count as JSON gets TypeError ('Object of type int64 is not JSON
serializable'), and "ab\\x00" is counted as the known word "ab": it returns numpy.int64, not
int, and NumPy's fixed-width unicode arrays drop trailing NUL characters. Fast on the notebook's
data.

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

import numpy as np


def count_known(words: list[str], known_words: list[str]) -> int:
    if not words or not known_words:
        return 0
    return np.isin(np.array(words), np.array(known_words)).sum()
