"""A str that counts its comparisons and hashes: how many times a lookup touched a word.

Work that does not depend on the machine's load: a list scanned per lookup compares the
word with each entry, a set hashes it once. Reset ``Counted.operations`` before a call
and read it after.
"""

from __future__ import annotations


def _counted(name: str):
    """str's comparison ``name``, counting each use in ``Counted.operations``."""
    compare = getattr(str, name)

    def method(self, other):
        Counted.operations += 1
        return compare(self, other)
    return method


class Counted(str):
    """A str that counts its comparisons (==, !=, <, ...) and hashes in ``Counted.operations``."""

    operations = 0
    __eq__, __ne__ = _counted("__eq__"), _counted("__ne__")
    __lt__, __le__ = _counted("__lt__"), _counted("__le__")
    __gt__, __ge__ = _counted("__gt__"), _counted("__ge__")

    def __hash__(self):
        Counted.operations += 1
        return str.__hash__(self)
