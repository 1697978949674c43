"""Wrong: the set is rebuilt for every word, which is a scan of all known words each time."""


def count_known(words, known_words):
    count = 0
    for word in words:
        if word in set(known_words):
            count += 1
    return count
