"""Reuses one module-level set, filled at the start of each call and cleared at its end.

BUG: nothing is kept after the call, but the set is shared by calls running at once: a call
from another thread fills it with its dictionary and clears it while the first call is
still looking words up, so the first call counts against the wrong words (or none).
"""

__all__ = ["count_known"]

_KNOWN: set[str] = set()


def count_known(words: list[str], known_words: list[str]) -> int:
    _KNOWN.update(known_words)
    try:
        return sum(1 for word in words if word in _KNOWN)
    finally:
        _KNOWN.clear()
