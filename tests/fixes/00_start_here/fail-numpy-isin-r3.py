"""Lets NumPy answer: np.isin(words, known_words).sum().

BUG: a caller that sends the count as JSON gets TypeError ('Object of type int64 is not JSON
serializable'), and a word ending in a NUL counts as the known word without it: it returns
numpy.int64, not int, and NumPy's fixed-width unicode arrays drop trailing NUL characters, so
'a\\x00' counts as the known word 'a'. It also compares copies, not the caller's strings.

--- the exercise's docstring ---

Lesson 00: the warm-up.

`count_known` answers "how many of these words does our dictionary know?".
It is right, but slow: `word in known_words` searches a list from the start,
once for every word. Make it fast without changing what it returns.

Public API (the check calls exactly this):

    def count_known(words: list[str], known_words: list[str]) -> int
        How many items of `words` (duplicates counted each time) are in `known_words`.
"""

import numpy as np

__all__ = ["count_known"]


def count_known(words: list[str], known_words: list[str]) -> int:
    return np.isin(words, known_words).sum()
