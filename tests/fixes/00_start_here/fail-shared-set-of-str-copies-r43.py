"""Fills a module-level set with str() copies of the known words, looks up str() of each word, and
empties the set before the call returns.

BUG: two calls at once from threads get wrong counts: one call fills the shared set and empties it
while the other is still looking words up in it, so that one counts against another's dictionary,
or none. str() makes plain copies, so the set never hashes the caller's own word objects; the
sharing is the mistake, not what the set holds.
"""

__all__ = ["count_known"]

_KNOWN: set[str] = set()


def count_known(words: list[str], known_words: list[str]) -> int:
    _KNOWN.update(map(str, known_words))
    try:
        return sum(1 for word in words if str(word) in _KNOWN)
    finally:
        _KNOWN.clear()
