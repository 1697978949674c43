"""An endless loop in a plain function.

expect: `count_known` in tests/fixes/00_start_here/broken-endless-loop.py did not return within
"""


def count_known(words, known_words):
    while True:
        pass
