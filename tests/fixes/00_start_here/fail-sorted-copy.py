"""Wrong: sorts a copy of the known words and looks each word up in it with `in`.

BUG: no faster than the starter (2,000 words against 2,000 known on CPython 3.11: 102 ms against
65 ms): a sorted copy is still a list, scanned from the start for every word.
"""


def count_known(words, known_words):
    known = sorted(known_words)
    return sum(1 for word in words if word in known)
