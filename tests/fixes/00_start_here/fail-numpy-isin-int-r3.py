"""Lets NumPy answer, cast back to int: int(np.isin(words, known_words).sum()).

BUG: NumPy's fixed-width unicode arrays drop trailing NUL characters, so 'apple\\x00' counts as
the known word 'apple': a text's word that is not in the dictionary is counted.

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
    return int(np.isin(words, known_words).sum())
