"""Wrong: a sorted copy is still a list, still scanned from the start."""


def count_known(words, known_words):
    known = sorted(known_words)
    return sum(1 for word in words if word in known)
