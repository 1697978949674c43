"""Memoises "is this word known?" with lru_cache, keyed on the word and the dictionary as a tuple.

BUG: caches per word but builds tuple(known_words) and hashes it (every dictionary word) for
    every word, and each miss scans the tuple: still words x dictionary work, and the module-
    level cache keeps every dictionary alive forever.
"""

from functools import lru_cache

__all__ = ["count_known"]


@lru_cache(maxsize=None)  # noqa: UP033 (as the learner wrote it)
def _is_known(word: str, known: tuple[str, ...]) -> bool:
    return word in known


def count_known(words: list[str], known_words: list[str]) -> int:
    return sum(_is_known(word, tuple(known_words)) for word in words)
